import VanBanModel

/// The one PDF object layer (docs/architecture.md, "PDF output"): Cairo's finished file read once
/// — its classic cross-reference table, its trailer, its objects — and changed through one of
/// two ways: a single rewrite (`replace`, `append`, then `finish`: offsets kept exact, the table
/// and trailer written back) or an incremental update (`PDFUpdate`: the original bytes kept and
/// new versions of objects appended after them, as signatures need). The finisher, the archival
/// step (PDF/A) and the signature fields all use it; nothing else edits PDF bytes.
struct PDFFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var bytes: [UInt8]
    private(set) var xref: CrossReference
    /// The catalog, the document information dictionary and the first file identifier (hex).
    let root: Int
    let info: Int?

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        do { xref = try CrossReference(bytes) } catch { throw Failure(description: error.description) }
        let trailer = Self.trailer(bytes)
        guard let root = PDFSyntax.reference(after: "/Root", in: trailer) else { throw Failure(description: "the trailer has no /Root") }
        self.root = root
        info = PDFSyntax.reference(after: "/Info", in: trailer)
    }

    /// The text of the trailer dictionary.
    static func trailer(_ bytes: [UInt8]) -> String {
        guard let start = bytes.lastRange(of: Array("trailer".utf8)), let end = bytes.lastRange(of: Array("startxref".utf8)),
              start.upperBound < end.lowerBound else { return "" }
        return String(decoding: bytes[start.upperBound..<end.lowerBound], as: UTF8.self)
    }

    /// The first file identifier in the trailer, as hexadecimal digits.
    var identifier: String? {
        let trailer = Self.trailer(bytes)
        guard let range = trailer.firstRange(of: "/ID"), let open = trailer[range.upperBound...].firstIndex(of: "<"),
              let close = trailer[open...].firstIndex(of: ">") else { return nil }
        return String(trailer[trailer.index(after: open)..<close])
    }

    /// Where `startxref` points.
    var startxref: Int? {
        guard let range = bytes.lastRange(of: Array("startxref".utf8)) else { return nil }
        return CrossReference.integer(in: bytes, after: range.upperBound)?.value
    }

    /// The body of object `number` (between `N 0 obj` and `endobj`, white space trimmed).
    func object(_ number: Int) throws(Failure) -> String {
        guard let range = try objectBodyRange(number) else { throw Failure(description: "object \(number) not found") }
        return String(decoding: bytes[range], as: UTF8.self).trimmingSpaces()
    }

    private func objectBodyRange(_ number: Int) throws(Failure) -> Range<Int>? {
        guard let offset = xref.offset(of: number), let end = bytes.firstRange(of: Array("endobj".utf8), from: offset),
              let objStart = bytes.firstRange(of: Array("obj".utf8), from: offset), objStart.upperBound < end.lowerBound else {
            return nil
        }
        return objStart.upperBound..<end.lowerBound
    }

    /// The objects whose dictionary has `marker` among its first entries (within the first
    /// `PDFFile.head` bytes of the object and never past its `endobj`: a font's `/Subtype`, a
    /// structure element's `/S` come first; stream data is never read).
    func objects(containing marker: String) -> [Int] {
        let needle = Array(marker.utf8)
        let end = Array("endobj".utf8)
        return xref.numbers.filter { number in
            guard let offset = xref.offset(of: number) else { return false }
            var window = bytes[offset..<min(bytes.count, offset + Self.head)]
            if let close = Array(window).firstRange(of: end) { window = window.prefix(close.lowerBound) }
            return window.indices.contains { i in window[i] == needle[0] && window[i...].starts(with: needle) }
        }
    }

    /// How far into an object `objects(containing:)` looks.
    static let head = 160

    /// The number of pages, nil when the page tree cannot be read.
    var pagesCount: Int? { try? pages().count }

    /// Page objects in order, through the page tree.
    func pages() throws(Failure) -> [Int] {
        let catalog = try object(root)
        guard let tree = PDFSyntax.reference(after: "/Pages", in: catalog) else { throw Failure(description: "the catalog has no /Pages") }
        return try pages(under: tree)
    }

    private func pages(under node: Int) throws(Failure) -> [Int] {
        let text = try object(node)
        guard let kids = PDFSyntax.references(in: "/Kids", of: text) else { return [node] }
        var pages: [Int] = []
        for kid in kids { pages += try self.pages(under: kid) }
        return pages
    }

    // MARK: a single rewrite

    /// Object `number` with a new body, in place; every later offset moves.
    mutating func replace(_ number: Int, with body: String) throws(Failure) {
        guard let range = try objectBodyRange(number) else { throw Failure(description: "object \(number) not found") }
        xref.replace(range, with: Array("\n\(body)\n".utf8), in: &bytes)
    }

    /// A new object (a dictionary, or a stream when `stream` is given), before the table; its number.
    mutating func append(_ dictionary: String, stream: [UInt8]? = nil) -> Int {
        var body = Array(dictionary.utf8)
        if let stream { body += Array("\nstream\n".utf8) + stream + Array("\nendstream".utf8) }
        return xref.append(body, in: &bytes)
    }

    /// The rewritten file: the table and the trailer's `/Size` and `startxref` with the offsets as
    /// they now are, and `/ID [<h> <h>]` in the trailer, the same twice for a new file (ISO 32000-1
    /// §14.4): `identifier`, or the MD5 of the file when nil.
    mutating func finish(identifier: [UInt8]?) throws(Failure) -> [UInt8] {
        do { try xref.write(into: &bytes) } catch { throw Failure(description: error.description) }
        guard let trailer = bytes.lastRange(of: Array("trailer".utf8)),
              let open = bytes.firstRange(of: Array("<<".utf8), from: trailer.upperBound) else {
            throw Failure(description: "no trailer dictionary")
        }
        let hex = PDFIdentifier.hexadecimal(identifier ?? MD5.hash(bytes))
        // The trailer follows the table, so no offset moves.
        bytes.insert(contentsOf: Array(" /ID [<\(hex)> <\(hex)>]".utf8), at: open.upperBound)
        return bytes
    }
}

/// New versions of objects and new objects appended after a finished file (ISO 32000-1 §7.5.6):
/// every original byte stays where it was (a signature already made still covers it), then a
/// cross-reference section for the changed objects and a trailer with `/Prev`.
struct PDFUpdate {
    let file: PDFFile
    private(set) var objects: [(number: Int, body: [UInt8])] = []
    private var next: Int

    init(_ file: PDFFile) {
        self.file = file
        next = file.xref.size
    }

    /// A new object number for a body given later (`set`).
    mutating func reserve() -> Int {
        defer { next += 1 }
        return next
    }

    /// Object `number` (new or existing) with `dictionary`, and a stream when given.
    mutating func set(_ number: Int, _ dictionary: String, stream: [UInt8]? = nil) {
        var body = Array(dictionary.utf8)
        if let stream { body += Array("\nstream\n".utf8) + stream + Array("\nendstream".utf8) }
        objects.append((number, body))
    }

    /// The file with the update after it.
    func write() throws(PDFFile.Failure) -> [UInt8] {
        guard let previous = file.startxref else { throw PDFFile.Failure(description: "no startxref") }
        var out = file.bytes
        if out.last != 0x0A { out.append(0x0A) }
        var offsets: [Int: Int] = [:]
        for object in objects {
            offsets[object.number] = out.count
            out += Array("\(object.number) 0 obj\n".utf8) + object.body + Array("\nendobj\n".utf8)
        }
        let xrefOffset = out.count
        var table = "xref\n"
        let numbers = offsets.keys.sorted()
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            table += "\(numbers[i]) \(j - i + 1)\n"
            for n in numbers[i]...numbers[j] { table += String.zeroPadded(offsets[n]!, width: 10) + " 00000 n \n" }
            i = j + 1
        }
        let newID = PDFIdentifier.hexadecimal(MD5.hash(out))
        var trailer = "trailer\n<< /Size \(next) /Root \(file.root) 0 R"
        if let info = file.info { trailer += " /Info \(info) 0 R" }
        trailer += " /Prev \(previous) /ID [<\(file.identifier ?? newID)> <\(newID)>] >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        out += Array((table + trailer).utf8)
        return out
    }
}

/// Reading and writing the bits of PDF syntax VanBan needs (ISO 32000-1 §7.3).
enum PDFSyntax {
    /// The object number after `key` in `N 0 R` form.
    static func reference(after key: String, in text: String) -> Int? {
        guard let range = text.firstRange(of: key) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
        return Int(rest.prefix { $0.isNumber })
    }

    /// The integer after `key` (`/K 19`), nil when a reference or an array follows.
    static func integer(after key: String, in text: String) -> Int? {
        guard let range = text.firstRange(of: key + " ") else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " }
        let digits = rest.prefix { $0.isNumber }
        let after = rest.dropFirst(digits.count).drop { $0 == " " }
        guard !digits.isEmpty, !(after.first?.isNumber ?? false) else { return nil }  // `19 0 R` is a reference
        return Int(digits)
    }

    /// The object numbers of the array after `key` (`/Kids [3 0 R 4 0 R]`), nil when there is none.
    static func references(in key: String, of text: String) -> [Int]? {
        guard let range = text.firstRange(of: key), let open = text[range.upperBound...].firstIndex(of: "["),
              let close = text[open...].firstIndex(of: "]") else { return nil }
        let words = text[text.index(after: open)..<close].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" })
        var numbers: [Int] = []
        var i = 0
        while i + 2 < words.count {
            if let n = Int(words[i]), words[i + 2] == "R" { numbers.append(n); i += 3 } else { i += 1 }
        }
        return numbers
    }

    /// `entry` added right after the dictionary's opening `<<`.
    static func insert(_ entry: String, into dictionary: String) -> String {
        guard let open = dictionary.firstRange(of: "<<") else { return "<< \(entry) >>" }
        return String(dictionary[..<open.upperBound]) + " \(entry)\n" + dictionary[open.upperBound...]
    }

    /// The value of text string `key` of a dictionary: a literal `(…)` or a UTF-16 hex `<FEFF…>`
    /// string (read over the bytes: the information dictionary of every file goes through here).
    static func text(_ key: String, in dictionary: String) -> String? {
        let bytes = Array(dictionary.utf8)
        guard let range = bytes.firstRange(of: Array((key + " ").utf8)) else { return nil }
        var i = range.upperBound
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        guard i < bytes.count else { return nil }
        if bytes[i] == UInt8(ascii: "<") {
            var decoded: [UInt8] = []
            var j = i + 1
            while j + 1 < bytes.count, bytes[j] != UInt8(ascii: ">") {
                guard let high = hexValue(bytes[j]), let low = hexValue(bytes[j + 1]) else { return nil }
                decoded.append(high << 4 | low)
                j += 2
            }
            guard decoded.starts(with: [0xFE, 0xFF]) else { return String(decoding: decoded, as: UTF8.self) }
            var units: [UInt16] = []
            var k = 2
            while k + 1 < decoded.count { units.append(UInt16(decoded[k]) << 8 | UInt16(decoded[k + 1])); k += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        guard bytes[i] == UInt8(ascii: "(") else { return nil }
        var out: [UInt8] = [], depth = 0, escaped = false
        for byte in bytes[(i + 1)...] {
            if escaped { out.append(byte); escaped = false; continue }
            if byte == UInt8(ascii: "\\") { escaped = true; continue }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") { if depth == 0 { break }; depth -= 1 }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// A text string: UTF-16BE with its byte order mark, in hexadecimal (any text, no escaping).
    static func textString(_ text: String) -> String {
        var hex = "<FEFF"
        for unit in text.utf16 { hex += String.hexadecimal(Int(unit), width: 4) }
        return hex + ">"
    }
}

/// Cairo's classic `xref` table: object offsets, which can be shifted after an edit.
struct CrossReference {
    private var tableStart: Int
    private var tableEnd: Int
    private var offsets: [Int: Int] = [:]  // object number → byte offset (in-use objects)
    private var generations: [Int: Int] = [:]
    private var count = 0

    init(_ bytes: [UInt8]) throws(PDFFile.Failure) {
        guard let startxref = bytes.lastRange(of: Array("startxref".utf8)),
              let offset = CrossReference.integer(in: bytes, after: startxref.upperBound)?.value,
              offset < bytes.count, bytes[offset...].starts(with: Array("xref".utf8)) else {
            throw PDFFile.Failure(description: "no classic cross-reference table")
        }
        tableStart = offset
        var i = offset + 4
        while true {
            guard let first = CrossReference.integer(in: bytes, after: i),
                  let entries = CrossReference.integer(in: bytes, after: first.end) else { break }
            // Entries start after the end of the subsection line.
            var p = entries.end
            while p < bytes.count, bytes[p] == 0x0D || bytes[p] == 0x0A || bytes[p] == 0x20 { p += 1 }
            for n in 0..<entries.value {
                let entry = p + n * 20
                guard entry + 18 <= bytes.count,
                      let objectOffset = Int(String(decoding: bytes[entry..<(entry + 10)], as: UTF8.self)),
                      let generation = Int(String(decoding: bytes[(entry + 11)..<(entry + 16)], as: UTF8.self)) else {
                    throw PDFFile.Failure(description: "malformed cross-reference entry")
                }
                if bytes[entry + 17] == UInt8(ascii: "n") {
                    offsets[first.value + n] = objectOffset
                    generations[first.value + n] = generation
                }
            }
            count = max(count, first.value + entries.value)
            i = p + entries.value * 20
            if bytes[i...].starts(with: Array("trailer".utf8)) { break }
        }
        tableEnd = i
    }

    func offset(of object: Int) -> Int? { offsets[object] }

    /// The numbers of the objects in use, in order.
    var numbers: [Int] { offsets.keys.sorted() }

    /// A new object with `body`, inserted right before the table; its number.
    mutating func append(_ body: [UInt8], in bytes: inout [UInt8]) -> Int {
        let number = count
        let text = Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        bytes.insert(contentsOf: text, at: tableStart)
        offsets[number] = tableStart
        generations[number] = 0
        tableStart += text.count
        tableEnd += text.count
        count += 1
        return number
    }

    /// One more than the highest object number (`/Size`).
    var size: Int { count }

    /// Replaces `range` (which lies before the table) and shifts every later offset.
    mutating func replace(_ range: Range<Int>, with replacement: [UInt8], in bytes: inout [UInt8]) {
        let delta = replacement.count - range.count
        bytes.replaceSubrange(range, with: replacement)
        for (object, offset) in offsets where offset >= range.upperBound { offsets[object] = offset + delta }
        tableStart += delta
        tableEnd += delta
    }

    /// Writes the table and `startxref` back with the current offsets (the table keeps its size).
    func write(into bytes: inout [UInt8]) throws(PDFFile.Failure) {
        var table = "xref\n0 \(count)\n"
        table += "0000000000 65535 f \n"
        for object in 1..<max(count, 1) {
            guard let offset = offsets[object] else {
                table += "0000000000 65535 f \n"
                continue
            }
            table += "\(String.zeroPadded(offset, width: 10)) \(String.zeroPadded(generations[object] ?? 0, width: 5)) n \n"
        }
        bytes.replaceSubrange(tableStart..<tableEnd, with: Array(table.utf8))
        let end = tableStart + table.utf8.count
        if let size = bytes.firstRange(of: Array("/Size ".utf8), from: end), let old = CrossReference.integer(in: bytes, after: size.upperBound) {
            bytes.replaceSubrange(size.upperBound..<old.end, with: Array(String(count).utf8))
        }
        guard let startxref = bytes.lastRange(of: Array("startxref".utf8)),
              let old = CrossReference.integer(in: bytes, after: startxref.upperBound) else {
            throw PDFFile.Failure(description: "no startxref")
        }
        let digitsStart = old.end - String(old.value).utf8.count
        bytes.replaceSubrange(digitsStart..<old.end, with: Array(String(tableStart).utf8))
    }

    /// The first unsigned integer at or after `index` (skipping white space), and where it ends.
    static func integer(in bytes: [UInt8], after index: Int) -> (value: Int, end: Int)? {
        var i = index
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        var value = 0, digits = 0
        while i < bytes.count, (0x30...0x39).contains(bytes[i]) {
            value = value * 10 + Int(bytes[i] - 0x30)
            digits += 1
            i += 1
        }
        return digits > 0 ? (value, i) : nil
    }
}

extension Array where Element == UInt8 {
    func firstRange(of needle: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = Swift.max(0, start)
        while i + needle.count <= count {
            if self[i] == needle[0], self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }

    func lastRange(of needle: [UInt8]) -> Range<Int>? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var i = count - needle.count
        while i >= 0 {
            if self[i] == needle[0], self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i -= 1
        }
        return nil
    }

    func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        var i = start
        while i < count { if self[i] == byte { return i }; i += 1 }
        return nil
    }
}
