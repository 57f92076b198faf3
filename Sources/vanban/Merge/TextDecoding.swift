import VanBan

/// The text of a CSV file as offices save it (docs/merge.md, "CSV"): UTF-8 with or without a
/// byte-order mark, or UTF-16 (little or big endian) after its mark — Excel's "Unicode Text" —
/// or, when asked (`--encoding windows-1258`), the Vietnamese Windows code page.
enum DataTextDecoder {
    enum Encoding: Equatable {
        case utf8, utf16LittleEndian, utf16BigEndian, windows1258
    }

    /// The text and the encoding it was in; invalid bytes are a diagnostic naming their offset.
    /// `legacy` reads bytes without a byte-order mark as Windows-1258 instead of UTF-8.
    static func decode(_ bytes: [UInt8], file: String, legacy: Bool = false) throws(DiagnosticError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes, littleEndian: true, file: file), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes, littleEndian: false, file: file), .utf16BigEndian) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if legacy && body.startIndex == 0 {
            do { return (try Windows1258.decode(body), .windows1258) } catch { throw encodingError(file: file, offset: error.offset) }
        }
        var decoder = UTF8()
        var iterator = body.makeIterator()
        var text = String.UnicodeScalarView()
        var offset = body.startIndex
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error: throw encodingError(file: file, offset: offset)
            }
        }
        return (String(text), .utf8)
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool, file: String) throws(DiagnosticError) -> String {
        guard bytes.count % 2 == 0 else { throw encodingError(file: file, offset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var text = String.UnicodeScalarView()
        var offset = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                text.append(scalar)
                offset += 2 * UTF16.width(scalar)
            case .emptyInput: break loop
            case .error: throw encodingError(file: file, offset: offset)
            }
        }
        return String(text)
    }

    private static func encodingError(file: String, offset: Int) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .dataEncoding, path: "", ["file": .text(file), "offset": .number(offset)])])
    }
}
