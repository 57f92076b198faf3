import VanBanModel

/// What Cairo 1.16 cannot do, done on its finished bytes (docs/architecture.md, "PDF output"): writes the
/// creation and modification dates as real PDF dates (`D:…`, which Cairo 1.16 omits) or none
/// at all, and adds the `/ID` the trailer lacks. Works on Cairo's classic cross-reference
/// table, whose offsets it keeps exact.
enum PDFFinisher {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The date handed to Cairo so it writes a `/CreationDate` entry we can find and replace.
    static let placeholderDate = "2000-01-01T00:00:00+07:00"

    /// The finished file: dates fixed (`created`, or no date when nil), `/ID` added (`identifier`,
    /// or the MD5 of the file when nil).
    static func finish(_ pdf: [UInt8], created: Timestamp?, identifier: [UInt8]? = nil) throws(Failure) -> [UInt8] {
        var bytes = pdf
        var xref = try CrossReference(bytes)
        try rewriteDates(&bytes, &xref, created: created)
        try xref.write(into: &bytes)
        try addIdentifier(&bytes, identifier)
        return bytes
    }

    private static func rewriteDates(_ bytes: inout [UInt8], _ xref: inout CrossReference, created: Timestamp?) throws(Failure) {
        guard let info = xref.infoObject, let start = xref.offset(of: info) else { return }
        guard let objectEnd = bytes.firstRange(of: Array("endobj".utf8), from: start),
              let key = bytes.firstRange(of: Array("/CreationDate (".utf8), from: start), key.lowerBound < objectEnd.lowerBound,
              let close = bytes.firstIndex(of: UInt8(ascii: ")"), from: key.upperBound) else { return }
        var entryStart = key.lowerBound
        // Take the whitespace before the key too, so that a removed date leaves no blank line.
        while entryStart > start, bytes[entryStart - 1] == 0x20 { entryStart -= 1 }
        let replacement: String
        if let created {
            replacement = "   /CreationDate (\(created.pdfDate))\n   /ModDate (\(created.pdfDate))"
        } else {
            replacement = ""
        }
        var end = close + 1
        if created == nil, end < bytes.count, bytes[end] == 0x0A { end += 1 }
        xref.replace(entryStart..<end, with: Array(replacement.utf8), in: &bytes)
    }

    /// `/ID [<h><h>]` in the trailer, the same twice for a new file (ISO 32000-1 §14.4). The
    /// trailer follows the table, so no offset moves.
    private static func addIdentifier(_ bytes: inout [UInt8], _ identifier: [UInt8]?) throws(Failure) {
        guard let trailer = bytes.lastRange(of: Array("trailer".utf8)),
              let open = bytes.firstRange(of: Array("<<".utf8), from: trailer.upperBound) else {
            throw Failure(description: "no trailer dictionary")
        }
        let hex = PDFIdentifier.hexadecimal(identifier ?? MD5.hash(bytes))
        let entry = Array(" /ID [<\(hex)> <\(hex)>]".utf8)
        bytes.insert(contentsOf: entry, at: open.upperBound)
    }

}

/// What the last bytes of one of VanBan's PDFs tell without parsing the file: its identifier,
/// whether signature fields were added, its page count.
public enum PDFIdentifier {
    /// Upper-case hexadecimal digits of `bytes`.
    public static func hexadecimal(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first file identifier of a finished PDF (in its last trailer), from the file's last
    /// bytes (the last 2 KB are plenty), as upper-case hexadecimal.
    public static func read(fromEnd tail: [UInt8]) -> String? {
        guard let key = tail.lastRange(of: Array("/ID [<".utf8)) else { return nil }
        let start = key.upperBound
        guard let close = tail.firstIndex(of: UInt8(ascii: ">"), from: start), close - start == 32 else { return nil }
        return String(decoding: tail[start..<close], as: UTF8.self)
    }

    /// Whether the file ends with VanBan's signature-field update.
    public static func hasSignatureFields(fromEnd tail: [UInt8]) -> Bool {
        tail.lastRange(of: Array("/FT /Sig".utf8)) != nil
    }

    /// `/Count` of the page tree, when it is in `tail` (Cairo writes the page tree near the end;
    /// 16 KB covers a 100-page file).
    public static func pageCount(fromEnd tail: [UInt8]) -> Int? {
        guard let key = tail.lastRange(of: Array("/Count ".utf8)) else { return nil }
        var n = 0, i = key.upperBound
        while i < tail.count, (0x30...0x39).contains(tail[i]) {
            n = n * 10 + Int(tail[i] - 0x30)
            i += 1
        }
        return i > key.upperBound ? n : nil
    }
}

/// Cairo's classic `xref` table: object offsets, which can be shifted after an edit.
struct CrossReference {
    private var tableStart: Int
    private var tableEnd: Int
    private var offsets: [Int: Int] = [:]  // object number → byte offset (in-use objects)
    private var generations: [Int: Int] = [:]
    private var count = 0
    private(set) var infoObject: Int?

    init(_ bytes: [UInt8]) throws(PDFFinisher.Failure) {
        guard let startxref = bytes.lastRange(of: Array("startxref".utf8)),
              let offset = CrossReference.integer(in: bytes, after: startxref.upperBound)?.value,
              offset < bytes.count, bytes[offset...].starts(with: Array("xref".utf8)) else {
            throw PDFFinisher.Failure(description: "no classic cross-reference table")
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
                    throw PDFFinisher.Failure(description: "malformed cross-reference entry")
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
        if let info = bytes.firstRange(of: Array("/Info".utf8), from: tableEnd) {
            infoObject = CrossReference.integer(in: bytes, after: info.upperBound)?.value
        }
    }

    func offset(of object: Int) -> Int? { offsets[object] }

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
    func write(into bytes: inout [UInt8]) throws(PDFFinisher.Failure) {
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
        guard let startxref = bytes.lastRange(of: Array("startxref".utf8)),
              let old = CrossReference.integer(in: bytes, after: startxref.upperBound) else {
            throw PDFFinisher.Failure(description: "no startxref")
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
