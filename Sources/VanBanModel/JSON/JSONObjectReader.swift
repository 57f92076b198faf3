/// Reads the members of one JSON object, turning wrong types into diagnostics with their JSON
/// pointer and reporting keys nobody asked for (`reportUnknownKeys`).
public struct JSONObjectReader {
    /// The members in input order.
    public let members: [(key: String, value: JSONValue)]
    /// JSON pointer of the object.
    public let path: String
    /// Problems found so far.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The keys the accessors asked for, in order, and which members they found: kept as a list
    /// and marks, not a `Set<String>` (hashing every key asked costs more than reading the
    /// object; docs/performance.md). Only a report of unknown keys needs them as a set.
    private var asked: [String] = []
    private var used: [Bool]
    private var known: Set<String> { Set(asked) }

    /// A reader over `value`; `what` and `example` explain the expected object when `value` is not one.
    public init(_ value: JSONValue, path: String, what: MessageTerm = .thingObject, example: MessageArgument = "{ … }") {
        self.path = path
        if case .object(let m) = value {
            members = m
            used = [Bool](repeating: false, count: m.count)
        } else {
            members = []
            used = []
            diagnostics.append(Diagnostic(.error, .modelTypeObject, path: path,
                                          ["what": .term(what), "found": value.kind, "example": example]))
        }
    }

    /// Records a problem with the member `key`.
    public mutating func problem(at key: String, _ message: MessageKey, _ arguments: [String: MessageArgument] = [:],
                                 severity: Diagnostic.Severity = .error) {
        diagnostics.append(Diagnostic(severity, message, path: JSONPointer.appending(path, key: key), arguments))
    }

    /// Adds diagnostics found by a nested reader.
    public mutating func absorb(_ other: [Diagnostic]) { diagnostics += other }

    /// The member `key` (nil when absent or null), marking it as known.
    public mutating func value(_ key: String) -> JSONValue? {
        asked.append(key)
        var found: JSONValue?
        for index in members.indices where members[index].key == key {
            used[index] = true
            if found == nil { found = members[index].value }
        }
        guard let v = found, v != .null else { return nil }
        return v
    }

    /// A string member.
    public mutating func string(_ key: String) -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else {
            problem(at: key, .modelTypeString, ["found": v.kind])
            return nil
        }
        return s
    }

    /// A string member that names one of a fixed set of values (`"align": "center"`); any other
    /// text is reported with `problem`, whose message names the value written.
    public mutating func named<T>(_ key: String, _ parse: (String) -> T?, else problem: MessageKey) -> T? {
        guard let text = string(key) else { return nil }
        guard let value = parse(text) else {
            self.problem(at: key, problem, ["value": .text(text)])
            return nil
        }
        return value
    }

    /// A string member naming a case of `T` by its raw value; any other text is reported with
    /// `problem`, whose message names the value written and its hint the values allowed.
    public mutating func named<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type, else problem: MessageKey) -> T?
    where T.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            self.problem(at: key, problem, ["value": .text(text), "values": .texts(T.allCases.map(\.rawValue))])
            return nil
        }
        return value
    }

    /// A number member, optionally bounded.
    public mutating func number(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let v = value(key) else { return nil }
        guard case .number(let n) = v else {
            problem(at: key, .modelTypeNumber, ["found": v.kind])
            return nil
        }
        if let range, !range.contains(n) {
            problem(at: key, .modelRange, ["value": .decimal(n), "low": .decimal(range.lowerBound), "high": .decimal(range.upperBound)])
            return nil
        }
        return n
    }

    /// A boolean member.
    public mutating func bool(_ key: String) -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else {
            problem(at: key, .modelTypeBoolean, ["found": v.kind])
            return nil
        }
        return b
    }

    /// A length member: `"30mm"`, `"1cm"`, `"6pt"` or a number of points.
    public mutating func length(_ key: String, millimetres range: ClosedRange<Double>? = nil) -> Length? {
        guard let v = value(key) else { return nil }
        func checked(_ length: Length) -> Length? {
            guard let range, !range.contains(length.millimetres) else { return length }
            problem(at: key, .modelRangeLength, ["value": .decimal(length.millimetres), "low": .decimal(range.lowerBound), "high": .decimal(range.upperBound)])
            return nil
        }
        switch v {
        case .number(let n): return checked(.pt(n))
        case .string(let s):
            if let length = Length.parse(s) { return checked(length) }
            problem(at: key, .modelLength, ["value": .text(s)])
            return nil
        default:
            problem(at: key, .modelTypeLength, ["found": v.kind])
            return nil
        }
    }

    /// The member names of the object.
    public var keys: [String] { members.map(\.key) }

    /// A nested object member, read by `read` with its own reader.
    public mutating func object<T>(_ key: String, _ read: (inout JSONObjectReader) -> T) -> T? {
        guard let v = value(key) else { return nil }
        var nested = JSONObjectReader(v, path: JSONPointer.appending(path, key: key))
        guard nested.diagnostics.isEmpty else { absorb(nested.diagnostics); return nil }
        let result = read(&nested)
        nested.reportUnknownKeys()
        absorb(nested.diagnostics)
        return result
    }

    /// An integer member, optionally bounded.
    public mutating func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let v = value(key) else { return nil }
        guard case .number(let n) = v, n.rounded() == n, abs(n) < 1e15 else {
            let found: MessageArgument = if case .number = v { .term(.kindFraction) } else { v.kind }
            problem(at: key, .modelTypeInteger, ["found": found])
            return nil
        }
        if let range, !range.contains(Int(n)) {
            problem(at: key, .modelRangeInteger, ["value": .number(Int(n)), "low": .number(range.lowerBound), "high": .number(range.upperBound)])
            return nil
        }
        return Int(n)
    }

    /// Text given either as one string or as an array of strings (one per line).
    public mutating func lines(_ key: String) -> [String]? {
        guard let v = value(key) else { return nil }
        if case .string(let s) = v { return [s] }
        guard case .array = v else {
            problem(at: key, .modelTypeLines, ["found": v.kind])
            return nil
        }
        return stringArray(key)
    }

    /// An array member whose items are read by `read` (given the item and its JSON pointer);
    /// items for which `read` returns nil are left out.
    public mutating func array<T>(_ key: String, _ read: (JSONValue, String, inout [Diagnostic]) -> T?) -> [T]? {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else {
            switch v {
            case .string, .object:
                // One item written without its brackets: show it inside them.
                let example = JSONValue.string(key).serialized(indent: nil) + ": [" + v.abbreviated + "]"
                problem(at: key, .modelTypeArrayOneItem, ["found": v.kind, "example": .text(example)])
            default:
                problem(at: key, .modelTypeArray, ["found": v.kind])
            }
            return nil
        }
        let base = JSONPointer.appending(path, key: key)
        var out: [T] = []
        for (i, item) in items.enumerated() {
            if let t = read(item, JSONPointer.appending(base, index: i), &diagnostics) { out.append(t) }
        }
        return out
    }

    /// An array of strings.
    public mutating func stringArray(_ key: String) -> [String]? {
        guard let v = value(key) else { return nil }
        guard case .array(let items) = v else {
            problem(at: key, .modelTypeStrings, ["found": v.kind])
            return nil
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            if case .string(let s) = item {
                out.append(s)
            } else {
                diagnostics.append(Diagnostic(.error, .modelTypeItem, path: JSONPointer.appending(JSONPointer.appending(path, key: key), index: i),
                                              ["found": item.kind]))
            }
        }
        return out
    }

    /// Whether the object has members and not one of them was asked for (likely not the kind
    /// of object expected at all).
    public var hasOnlyUnknownKeys: Bool {
        !members.isEmpty && !members.indices.contains { used[$0] || members[$0].key.hasPrefix("$") }
    }

    /// At most this many unknown keys of one object are reported (then one line for the rest).
    static let maxUnknownKeysReported = 10

    /// Warns about every member that no accessor asked for, with a "did you mean" hint (the
    /// first ten, then how many more). Keys starting with `$`, `source` and `confidence` are
    /// annotations and never reported.
    public mutating func reportUnknownKeys() {
        let unknown = members.indices.filter { !used[$0] && !members[$0].key.hasPrefix("$") && members[$0].key != "source" && members[$0].key != "confidence" }
            .map { members[$0] }
        guard !unknown.isEmpty else { return }
        let known = self.known
        for member in unknown.prefix(Self.maxUnknownKeysReported) {
            let suggestion = Self.closest(to: member.key, among: known)
            if let suggestion {
                problem(at: member.key, .modelUnknownKeySuggestion, ["key": .text(member.key), "suggestion": .text(suggestion)], severity: .warning)
            } else {
                problem(at: member.key, .modelUnknownKey, ["key": .text(member.key), "known": .texts(known.sorted())], severity: .warning)
            }
        }
        if unknown.count > Self.maxUnknownKeysReported {
            diagnostics.append(Diagnostic(.warning, .modelUnknownKeyMore, path: path,
                                          ["count": .number(unknown.count - Self.maxUnknownKeysReported), "known": .texts(known.sorted())]))
        }
    }

    /// The known key within two edits of `key`, if any. Lengths more than two apart cannot be, so
    /// a long key costs nothing.
    static func closest(to key: String, among known: Set<String>) -> String? {
        let length = key.count
        guard length <= 64 else { return nil }
        return known.filter { abs($0.count - length) <= 2 }.map { ($0, editDistance($0, key)) }.filter { $0.1 <= 2 }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }
}
