/// Cleans every string of a parsed document before it is decoded, and says what it changed:
/// text in a legacy Vietnamese encoding (TCVN3, VNI) is converted to Unicode
/// (`MODEL.LEGACY_ENCODING`), invisible and control characters are removed
/// (`MODEL.INVISIBLE_REMOVED`; a tab becomes a space, line feeds stay: they are line breaks), and a
/// string over the limit is an error (`MODEL.TOO_LONG`).
public enum InputSanitizer {
    /// The value with every string cleaned, and a diagnostic for each change or string over the limit.
    public static func clean(_ value: JSONValue, limits: InputLimits = .standard) -> (JSONValue, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let cleaned = walk(value, path: "", limits: limits, into: &diagnostics)
        return (cleaned, diagnostics)
    }

    private static func walk(_ value: JSONValue, path: String, limits: InputLimits, into diagnostics: inout [Diagnostic]) -> JSONValue {
        switch value {
        case .string(let text):
            return .string(clean(text, path: path, limits: limits, into: &diagnostics))
        case .array(let items):
            return .array(items.enumerated().map { walk($0.element, path: JSONPointer.appending(path, index: $0.offset), limits: limits,
                                                        into: &diagnostics) })
        case .object(let members):
            return .object(members.map { ($0.key, walk($0.value, path: JSONPointer.appending(path, key: $0.key), limits: limits,
                                                       into: &diagnostics)) })
        default:
            return value
        }
    }

    static func clean(_ text: String, path: String, limits: InputLimits, into diagnostics: inout [Diagnostic]) -> String {
        // A data: URL in an image field is an image, bounded by the image limit (base64: 4/3 of
        // the bytes), not a text. Anywhere else it is text like any other.
        let isImage = isImageField(path) && text.hasPrefix("data:") && text.utf8.count <= limits.imageBytes / 3 * 4 + 1024
        if text.utf8.count > limits.stringBytes, !isImage {
            diagnostics.append(Diagnostic(.error, .modelTooLong, path: path, ["size": InputLimits.describe(bytes: text.utf8.count),
                                                                              "limit": InputLimits.describe(bytes: limits.stringBytes)]))
            return ""
        }
        // Plain Vietnamese (and pure ASCII) is the common case: nothing to do.
        if isPlainVietnamese(text) { return text }
        if let longest = longestMarkRun(text), longest > maxCombiningMarks {
            diagnostics.append(Diagnostic(.error, .modelCombiningMarks, path: path, ["count": .number(longest), "limit": .number(maxCombiningMarks)]))
            return ""
        }
        var result = text
        if let (converted, encoding) = LegacyEncoding.convert(result) {
            diagnostics.append(Diagnostic(.warning, .modelLegacyEncoding, path: path, ["encoding": .text(encoding.rawValue),
                                                                                       "before": .text(excerpt(result)), "after": .text(excerpt(converted))]))
            result = converted
        }
        guard result.unicodeScalars.contains(where: { $0 == "\t" || isInvisible($0) && $0 != "\n" }) else { return result }
        var removed: [Unicode.Scalar] = []
        var kept = String.UnicodeScalarView()
        for scalar in result.unicodeScalars {
            if scalar == "\n" { kept.append(scalar); continue }
            if scalar == "\t" { kept.append(" "); continue }
            if isInvisible(scalar) {
                if !removed.contains(scalar) { removed.append(scalar) }
                continue
            }
            kept.append(scalar)
        }
        if !removed.isEmpty {
            // Unicode's own names (U+200B ZERO WIDTH SPACE) are the same in every language.
            let names: [MessageArgument] = removed.prefix(4).map { scalar in
                scalar.properties.name.map { .text(String.codePoint(scalar) + " " + $0) } ?? .words([.text(String.codePoint(scalar)), .term(.controlCharacter)])
            } + (removed.count > 4 ? ["…"] : [])
            diagnostics.append(Diagnostic(.warning, .modelInvisibleRemoved, path: path, ["characters": .list(names)]))
            result = String(kept)
        }
        return result
    }

    /// Whether every character of `text` is printable ASCII (or a line feed), a Vietnamese letter
    /// (precomposed: à…ý of Latin-1, ă đ ĩ ũ ơ ư and capitals, U+1EA0…U+1EF9) or the dashes,
    /// quotes and ellipsis of U+2013…U+2026 — in one pass over the UTF-8 bytes. Such a text has
    /// no combining mark, no legacy-encoding telltale, no tab and nothing invisible: `clean`
    /// returns it as it is, and the scalar-by-scalar checks are only for the other texts.
    static func isPlainVietnamese(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    guard b >= 0x20 && b < 0x7F || b == 0x0A else { return false }
                    i += 1
                    continue
                }
                switch b {
                case 0xC3:  // U+00C0…U+00FF: only the Vietnamese letters (others may be a legacy encoding's telltale)
                    guard i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80, vietnameseLatin1Tails[Int(bytes[i + 1] & 0x3F)] else { return false }
                    i += 2
                case 0xC4, 0xC5, 0xC6:  // ă Ă đ Đ ĩ Ĩ ũ Ũ ơ Ơ ư Ư
                    guard i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80, vietnameseExtendedTails[Int(b - 0xC4)][Int(bytes[i + 1] & 0x3F)] else { return false }
                    i += 2
                case 0xE1:  // U+1EA0…U+1EF9: E1 BA A0…BF, E1 BB 80…B9
                    guard i + 2 < bytes.count, bytes[i + 2] & 0xC0 == 0x80,
                          bytes[i + 1] == 0xBA && bytes[i + 2] >= 0xA0 || bytes[i + 1] == 0xBB && bytes[i + 2] <= 0xB9 else { return false }
                    i += 3
                case 0xE2:  // – — ‘ ’ “ ” …
                    guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return false }
                    switch bytes[i + 2] {
                    case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6: break
                    default: return false
                    }
                    i += 3
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Which second bytes (their low six bits) after 0xC3 are àáâãèéêìíòóôõùúý and their capitals.
    private static let vietnameseLatin1Tails = tails(after: 0xC3, "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
    /// The same after 0xC4, 0xC5 and 0xC6: ă Ă đ Đ ĩ Ĩ (C4), ũ Ũ (C5), ơ Ơ ư Ư (C6).
    private static let vietnameseExtendedTails = [0xC4, 0xC5, 0xC6].map { tails(after: $0, "ăĂđĐĩĨũŨơƠưƯ") }

    private static func tails(after lead: UInt8, _ letters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 64)
        for letter in letters.unicodeScalars {
            let bytes = Array(String(letter).utf8)
            if bytes.count == 2, bytes[0] == lead { table[Int(bytes[1] & 0x3F)] = true }
        }
        return table
    }

    /// Whether `path` is a signer's `signature` or `seal` (of the document, its copy or an attached
    /// text): the only members that hold images.
    static func isImageField(_ path: String) -> Bool {
        (path.hasSuffix("/signature") || path.hasSuffix("/seal")) && path.contains("/signers/")
    }

    /// Combining marks one base may carry: the limit of Unicode's Stream-Safe Text Format (UAX #15,
    /// §13). Shaping and normalising a longer run costs time quadratic in its length.
    static let maxCombiningMarks = 30

    /// The longest run of combining marks (non-starters) in `text`, when it has any.
    static func longestMarkRun(_ text: String) -> Int? {
        var longest = 0, run = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // Latin and the precomposed Vietnamese letters are starters: no table lookup.
            if v < 0x300 || (0x1E00...0x1EFF).contains(v) || scalar.properties.canonicalCombiningClass.rawValue == 0 {
                run = 0
            } else {
                run += 1
                longest = max(longest, run)
            }
        }
        return longest == 0 ? nil : longest
    }

    /// Characters that print nothing and only disturb search, sorting and line breaking: C0 and C1
    /// controls (but line feed and tab), zero-width spaces and joiners, the soft hyphen, word
    /// joiner and invisible operators, bidirectional controls, the byte order mark.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0xAD, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(40)) + "…"
    }
}
