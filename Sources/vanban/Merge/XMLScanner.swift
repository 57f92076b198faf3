import VanBan

/// A small pull reader for the XML parts of an .xlsx workbook (docs/merge.md, "XLSX"): start
/// and end tags with their attributes, text with the five predefined entities and character
/// references, CDATA; declarations, comments and processing instructions are skipped, and no
/// other entity is ever expanded. Names lose their namespace prefix (`x:c` → `c`). It keeps no
/// stack, so memory is the size of one tag or one text; malformed input is a diagnostic naming
/// the part and the byte.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], empty: Bool)
        case end(name: String)
        case text(String)
    }

    private let bytes: [UInt8]
    private let file: String
    private let entry: String
    private var index = 0

    init(_ bytes: [UInt8], file: String, entry: String) {
        self.bytes = bytes
        self.file = file
        self.entry = entry
    }

    private func malformed(at offset: Int) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .xlsxXml, path: "", ["file": .text(file), "entry": .text(entry), "offset": .number(offset)])])
    }

    /// The next event, or nil at the end.
    mutating func next() throws(DiagnosticError) -> Event? {
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let start = index
                while index < bytes.count && bytes[index] != UInt8(ascii: "<") { index += 1 }
                return .text(try decodeText(bytes[start..<index], at: start))
            }
            let start = index
            if matches("<!--", at: index) {
                index = try position(after: "-->", from: index + 4)
            } else if matches("<![CDATA[", at: index) {
                let close = try position(after: "]]>", from: index + 9)
                index = close
                return .text(String(decoding: bytes[(start + 9)..<(close - 3)], as: UTF8.self))
            } else if matches("<?", at: index) || matches("<!", at: index) {
                index = try position(after: ">", from: index + 2)
            } else if matches("</", at: index) {
                let close = try position(after: ">", from: index + 2)
                index = close
                return .end(name: Self.localName(String(decoding: bytes[(start + 2)..<(close - 1)], as: UTF8.self).trimmingSpaces()))
            } else {
                return try startTag()
            }
        }
        return nil
    }

    /// The text up to the end tag of the element just started (for `<t>` and `<v>`), nested
    /// tags' text included.
    mutating func text(until name: String) throws(DiagnosticError) -> String {
        var text = ""
        var depth = 0
        while let event = try next() {
            switch event {
            case .text(let piece): text += piece
            case .start(_, _, let empty): if !empty { depth += 1 }
            case .end(let end):
                if depth == 0 {
                    guard end == name else { throw malformed(at: index) }
                    return text
                }
                depth -= 1
            }
        }
        throw malformed(at: index)
    }

    private mutating func startTag() throws(DiagnosticError) -> Event {
        let start = index
        index += 1
        func skipSpace() { while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 } }
        func name() -> String {
            let from = index
            while index < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "=")].contains(bytes[index])) {
                index += 1
            }
            return String(decoding: bytes[from..<index], as: UTF8.self)
        }
        let element = name()
        guard !element.isEmpty else { throw malformed(at: start) }
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard index < bytes.count else { throw malformed(at: start) }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return .start(name: Self.localName(element), attributes: attributes, empty: false)
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw malformed(at: index) }
                index += 2
                return .start(name: Self.localName(element), attributes: attributes, empty: true)
            }
            let attribute = name()
            skipSpace()
            guard !attribute.isEmpty, index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw malformed(at: index) }
            index += 1
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { throw malformed(at: index) }
            let quote = bytes[index]
            let valueStart = index + 1
            index = valueStart
            while index < bytes.count && bytes[index] != quote { index += 1 }
            guard index < bytes.count else { throw malformed(at: valueStart) }
            attributes[Self.localName(attribute)] = try decodeText(bytes[valueStart..<index], at: valueStart)
            index += 1
        }
    }

    private func matches(_ text: StaticString, at offset: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in (0..<count).allSatisfy { bytes[offset + $0] == prefix[$0] } }
    }

    /// The offset just past the next `text` at or after `from`.
    private func position(after text: StaticString, from: Int) throws(DiagnosticError) -> Int {
        var at = from
        while at < bytes.count {
            if matches(text, at: at) { return at + text.utf8CodeUnitCount }
            at += 1
        }
        throw malformed(at: from)
    }

    private func decodeText(_ slice: ArraySlice<UInt8>, at offset: Int) throws(DiagnosticError) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = slice.startIndex
        while i < slice.endIndex {
            guard slice[i] == UInt8(ascii: "&") else {
                out.append(slice[i])
                i += 1
                continue
            }
            guard let semicolon = slice[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw malformed(at: i) }
            let reference = String(decoding: slice[(i + 1)..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch reference {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if reference.hasPrefix("#x") || reference.hasPrefix("#X") {
                    scalar = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if reference.hasPrefix("#") {
                    scalar = UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
            }
            guard let scalar else { throw malformed(at: i) }
            out.append(contentsOf: Array(String(scalar).utf8))
            i = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }
}
