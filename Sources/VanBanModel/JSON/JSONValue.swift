/// A parsed JSON value. Objects keep their members in input order, so diagnostics and
/// re-written files follow the author's order.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.object(x), .object(y)):
            x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let v): hasher.combine(v)
        case .number(let v): hasher.combine(v)
        case .string(let v): hasher.combine(v)
        case .array(let v): hasher.combine(v)
        case .object(let members):
            for member in members { hasher.combine(member.key); hasher.combine(member.value) }
        }
    }

    /// The member named `key` of an object (the first one, if the input repeats it).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The kind of value, as a catalogue term for messages ("a string", "một chuỗi").
    public var kind: MessageArgument {
        switch self {
        case .null: .term(.kindNull)
        case .bool: .term(.kindBoolean)
        case .number: .term(.kindNumber)
        case .string: .term(.kindString)
        case .array: .term(.kindArray)
        case .object: .term(.kindObject)
        }
    }

    /// The value written on one short line for a hint that shows the user's own value in its
    /// right shape: long texts end in `…`, an object keeps its first three members, and arrays
    /// and objects inside it become `[…]` and `{…}`.
    public var abbreviated: String { abbreviated(nested: false) }

    private func abbreviated(nested: Bool) -> String {
        switch self {
        case .string(let text):
            JSONValue.string(text.count > 40 ? String(text.prefix(40)) + "…" : text).serialized(indent: nil)
        case .array(let items): items.isEmpty ? "[]" : "[…]"
        case .object(let members) where nested: members.isEmpty ? "{}" : "{…}"
        case .object(let members):
            "{" + members.prefix(3).map { JSONValue.string($0.key).serialized(indent: nil) + ": " + $0.value.abbreviated(nested: true) }
                .joined(separator: ", ") + (members.count > 3 ? ", …" : "") + "}"
        default: serialized(indent: nil)
        }
    }
}
