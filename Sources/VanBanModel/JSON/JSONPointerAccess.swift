/// Reading and replacing values by JSON pointer (RFC 6901), for fixes that edit a document in
/// place and keep everything else — member order included — as the author wrote it.
extension JSONPointer {
    /// The reference tokens of `pointer` (`/signers/0/name` → `signers`, `0`, `name`).
    public static func tokens(_ pointer: String) -> [String] {
        guard pointer.hasPrefix("/") else { return [] }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
            String($0).replacingAll("~1", with: "/").replacingAll("~0", with: "~")
        }
    }
}

extension JSONValue {
    /// The value at `pointer`, or nil.
    public func value(at pointer: String) -> JSONValue? {
        var current = self
        for token in JSONPointer.tokens(pointer) {
            switch current {
            case .object(let members):
                guard let next = members.first(where: { $0.key == token })?.value else { return nil }
                current = next
            case .array(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// This value with the one at `pointer` replaced; unchanged when the pointer leads nowhere.
    public func replacing(at pointer: String, with replacement: JSONValue) -> JSONValue {
        replacing(JSONPointer.tokens(pointer)[...], with: replacement)
    }

    private func replacing(_ tokens: ArraySlice<String>, with replacement: JSONValue) -> JSONValue {
        guard let token = tokens.first else { return replacement }
        switch self {
        case .object(var members):
            guard let i = members.firstIndex(where: { $0.key == token }) else { return self }
            members[i].value = members[i].value.replacing(tokens.dropFirst(), with: replacement)
            return .object(members)
        case .array(var items):
            guard let index = Int(token), items.indices.contains(index) else { return self }
            items[index] = items[index].replacing(tokens.dropFirst(), with: replacement)
            return .array(items)
        default:
            return self
        }
    }

    /// The pointer of line `index` of a "lines" member at `pointer`: the member itself when it is
    /// one string, its item otherwise.
    public func linePointer(_ pointer: String, index: Int) -> String {
        if case .string? = value(at: pointer), index == 0 { return pointer }
        return JSONPointer.appending(pointer, index: index)
    }
}
