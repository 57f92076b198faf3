/// A strict JSON (RFC 8259) parser over UTF-8 bytes that reports the line and column of a
/// syntax error, refuses duplicate object keys and bounds nesting depth.
public struct JSONParser {
    /// A syntax error with its place in the input.
    public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Line of the error in the input, counted from 1.
        public var line: Int
        /// Column of the error in its line, counted from 1.
        public var column: Int
        /// What is wrong (`JSON.SYNTAX/…`, or `JSON.TOO_DEEP`).
        public var key: MessageKey
        /// The values its message names.
        public var arguments: [String: MessageArgument] = [:]
        public var description: String { "\(line):\(column): \(key.rawValue)" }

        /// The same error as a diagnostic, framed with its line and column.
        public var diagnostic: Diagnostic {
            var diagnostic = Diagnostic(.error, key, path: "", arguments)
            diagnostic.frame = key == .jsonTooDeep ? .jsonTooDeepAt : .jsonSyntax
            diagnostic.frameArguments = ["line": .number(line), "column": .number(column)]
            return diagnostic
        }
    }

    /// Deepest nesting of arrays and objects accepted.
    public var maxDepth = 64
    /// Longest member name, in UTF-8 bytes: keys are names (the longest VanBan knows has 16
    /// characters), and an unbounded one makes every message that quotes it unbounded too.
    public static let maxKeyBytes = 1024

    /// The input, valid for the one `parse` call (read without bounds checks: every index is
    /// compared with `bytes.count` first).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8], maxDepth: Int = 64) throws(SyntaxError) -> JSONValue {
        let parsed: Result<JSONValue, SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer)
            parser.maxDepth = maxDepth
            return Result { () throws(SyntaxError) -> JSONValue in try parser.parseDocument() }
        }
        return try parsed.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func parseDocument() throws(SyntaxError) -> JSONValue {
        skipByteOrderMark()
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw error(.jsonSyntaxTextAfterEnd) }
        return value
    }

    private mutating func skipByteOrderMark() {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func error(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> SyntaxError {
        var line = 1, column = 1, i = 0
        while i < min(index, bytes.count) {
            if bytes[i] == 0x0A { line += 1; column = 1 } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SyntaxError(line: line, column: column, key: key, arguments: arguments)
    }

    private mutating func parseValue() throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error(.jsonSyntaxValueMissing) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case let b where (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z"):
            var end = index
            while end < bytes.count, (bytes[end] | 0x20) >= UInt8(ascii: "a"), (bytes[end] | 0x20) <= UInt8(ascii: "z") { end += 1 }
            let word = String(decoding: bytes[index..<end], as: UTF8.self)
            throw error(.jsonSyntaxUnknownWord, ["word": .text(word)])
        default: throw error(.jsonSyntaxUnexpectedCharacter, ["character": .text(printable(bytes[index]))])
        }
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x20 && byte < 0x7F ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
    }

    private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
        let count = word.utf8CodeUnitCount
        let matches = index + count <= bytes.count && (0..<count).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
        guard matches else { throw error(.jsonSyntaxExpectedWord, ["word": .text("\(word)")]) }
        index += count
    }

    private mutating func enter() throws(SyntaxError) {
        depth += 1
        if depth > maxDepth {
            throw error(.jsonTooDeep, ["limit": .number(maxDepth)])
        }
    }

    private mutating func parseObject() throws(SyntaxError) -> JSONValue {
        try enter()
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        var names = MemberNames()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw error(.jsonSyntaxExpectedName)
            }
            let keyStart = index
            let key = try parseString()
            guard key.utf8.count <= Self.maxKeyBytes else {
                index = keyStart
                throw error(.jsonSyntaxNameTooLong, ["bytes": .number(key.utf8.count), "limit": .number(Self.maxKeyBytes)])
            }
            guard names.insert(key, members: members) else {
                index = keyStart
                throw error(.jsonSyntaxDuplicateKey, ["key": .text(key)])
            }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.jsonSyntaxExpectedColon) }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw error(.jsonSyntaxUnclosedObject) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; depth -= 1; return .object(members) }
            throw error(.jsonSyntaxExpectedObjectSeparator)
        }
    }

    private mutating func parseArray() throws(SyntaxError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(.jsonSyntaxUnclosedArray) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array(items) }
            throw error(.jsonSyntaxExpectedArraySeparator)
        }
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.index
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) { p.index += 1 }
            return p.index - s
        }
        let intStart = index
        guard digits(&self) > 0 else { throw error(.jsonSyntaxNumberDigits) }
        if bytes[intStart] == UInt8(ascii: "0"), index - intStart > 1 { index = intStart; throw error(.jsonSyntaxLeadingZero) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw error(.jsonSyntaxFractionDigits) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error(.jsonSyntaxExponentDigits) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { index = start; throw error(.jsonSyntaxNumberRange) }
        return value
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        index += 1  // opening quote
        // Most strings have no escape: they are one validated slice of the input.
        var text = ""
        var runStart = index
        while true {
            guard index < bytes.count else { throw error(.jsonSyntaxUnterminatedString) }
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let length = sequenceLength(at: index) else { throw error(.jsonSyntaxUtf8) }
                index += length
                continue
            }
            if byte == UInt8(ascii: "\"") {
                let run = slice(runStart, index)
                index += 1
                return text.isEmpty ? run : text + run
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? .jsonSyntaxLineBreak : .jsonSyntaxControlCharacter)
            }
            if byte != UInt8(ascii: "\\") { index += 1; continue }
            text += slice(runStart, index)
            index += 1
            guard index < bytes.count else { throw error(.jsonSyntaxUnterminatedEscape) }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): text += "\""
            case UInt8(ascii: "\\"): text += "\\"
            case UInt8(ascii: "/"): text += "/"
            case UInt8(ascii: "b"): text += "\u{08}"
            case UInt8(ascii: "f"): text += "\u{0C}"
            case UInt8(ascii: "n"): text += "\n"
            case UInt8(ascii: "r"): text += "\r"
            case UInt8(ascii: "t"): text += "\t"
            case UInt8(ascii: "u"): text.unicodeScalars.append(try parseUnicodeEscape())
            default: index -= 1; throw error(.jsonSyntaxUnknownEscape, ["escape": .text("\\" + printable(escape))])
            }
            runStart = index
        }
    }

    /// The text of `bytes[start..<end]`, already checked to be well-formed UTF-8.
    private func slice(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence that starts at `start` with a byte ≥ 0x80,
    /// or nil (RFC 3629 §4: no overlong forms, no surrogates, nothing above U+10FFFF). Checked
    /// here, in the one pass over the string, rather than by a second, generic validation.
    private func sequenceLength(at start: Int) -> Int? {
        let length: Int, second: ClosedRange<UInt8>
        switch bytes[start] {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard start + length <= bytes.count, second.contains(bytes[start + 1]) else { return nil }
        for next in (start + 2)..<(start + length) where bytes[next] & 0xC0 != 0x80 { return nil }
        return length
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.jsonSyntaxHexDigits) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error(.jsonSyntaxHexDigits)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private mutating func parseUnicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
        let high = try hex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error(.jsonSyntaxLoneSurrogate, ["escape": .text("\\u" + String(high, radix: 16))])
            }
            index += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error(.jsonSyntaxSurrogatePair) }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw error(.jsonSyntaxLoneSurrogate, ["escape": .text("\\u" + String(high, radix: 16))]) }
        return scalar
    }
}

/// The member names of one object seen so far, to refuse a repeated one. Objects are small:
/// a name is compared with the earlier ones by a cheap hash of its bytes, and only a name whose
/// hash is already there is compared as text (docs/performance.md, "Reading JSON").
private struct MemberNames {
    private var hashes: [UInt64] = []
    /// The same hashes once the object has grown past `linearLimit` names.
    private var hashSet: Set<UInt64>? = nil
    private static let linearLimit = 32

    /// Adds `name`; false when an earlier member of `members` has the same name.
    mutating func insert(_ name: String, members: [(key: String, value: JSONValue)]) -> Bool {
        var hasher = ByteHash(), name = name
        name.withUTF8 { hasher.combine(bytes: $0) }
        let hash = hasher.value
        let seenBefore: Bool
        if var set = hashSet {
            hashSet = nil
            seenBefore = !set.insert(hash).inserted
            hashSet = set
        } else {
            seenBefore = hashes.contains(hash)
            hashes.append(hash)
            if hashes.count > Self.linearLimit { hashSet = Set(hashes); hashes = [] }
        }
        return !seenBefore || !members.contains { $0.key == name }
    }
}
