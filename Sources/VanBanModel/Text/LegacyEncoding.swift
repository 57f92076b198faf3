/// Vietnamese text from old registers, typed with a legacy font encoding and read back as
/// Latin-1 look-alikes: TCVN3 (TCVN 5712:1993 VN3, the "ABC" .VnTime fonts) gives
/// `Céng hoµ x· héi chñ nghÜa ViÖt Nam`; VNI-Windows (VNI-Times) gives
/// `Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam`. Both are recognised and converted to Unicode.
///
/// A string is only converted when it holds characters that Vietnamese Unicode text never uses
/// (`µ`, `·`, `ø`, `ä`, `ñ`, …) and when the conversion gives clearly more valid Vietnamese
/// syllables than the text as it is, so genuine text (`rõ`, `Hồ Chí Minh`) is never touched.
public enum LegacyEncoding: String, Sendable {
    case tcvn3 = "TCVN3 (ABC)"
    case vni = "VNI-Windows"

    /// The converted text and the encoding it was in, or nil when `text` is not legacy text.
    public static func convert(_ text: String) -> (text: String, encoding: LegacyEncoding)? {
        guard text.unicodeScalars.contains(where: { $0.value >= 0xA1 && $0.value <= 0xFF && telltaleTable[Int($0.value - 0xA1)] })
        else { return nil }
        let before = VietnameseSyllables.score(text)
        var best: (String, LegacyEncoding, Int)?
        for encoding in [LegacyEncoding.tcvn3, .vni] {
            let converted = encoding == .tcvn3 ? tcvn3(text) : vni(text)
            guard converted != text else { continue }
            let score = VietnameseSyllables.score(converted)
            if score > before, score > (best?.2 ?? Int.min) { best = (converted, encoding, score) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// `telltales` as a table over U+00A1…U+00FF (checked for every string of every document).
    static let telltaleTable: [Bool] = (0xA1...0xFF).map { telltales.contains(UInt32($0)) }

    /// Latin-1 characters that no Vietnamese Unicode text contains but TCVN3 or VNI text does.
    static let telltales: Set<UInt32> = {
        let vietnameseLatin1: Set<UInt32> = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars.map(\.value))
        var set = Set<UInt32>((0xA1...0xFF).filter { !vietnameseLatin1.contains($0) })
        for common: UInt32 in [0xAB, 0xBB, 0xB0, 0xD7, 0xA9, 0xAE, 0xB1, 0xB2, 0xB3, 0xB9, 0xBC, 0xBD, 0xBE, 0xA7, 0xB6, 0xB7] {
            set.remove(common)  // «» ° × © ® ± ² ³ ¹ ¼ ½ ¾ § ¶ ·: also ordinary punctuation
        }
        // …but these ordinary signs are TCVN3 letters when they sit inside words; the syllable
        // score decides. µ (à) and the TCVN3 letters outside the list above stay telltales.
        return set
    }()

    // MARK: - TCVN3

    /// TCVN 5712:1993 VN3: lower-case letters and the seven upper-case base letters.
    static let tcvn3Table: [UInt32: String] = {
        let pairs: [(UInt32, String)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        return Dictionary(uniqueKeysWithValues: pairs)
    }()

    /// TCVN3 text to Unicode. Upper-case text was typed with the "H" fonts (.VnTimeH), which draw
    /// the lower-case codes as capitals: a converted letter in an otherwise upper-case word is
    /// upper-cased.
    static func tcvn3(_ text: String) -> String {
        mapWords(text) { word in
            var out = ""
            var converted = false
            for scalar in word.unicodeScalars {
                if let letter = tcvn3Table[scalar.value] {
                    out += letter
                    converted = true
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
            guard converted else { return word }
            let ascii = word.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
            // Two capitals at least: "TØNH" is TỈNH, but "Së" is Sở.
            if ascii.count >= 2, ascii.allSatisfy({ $0.properties.isUppercase }) {
                return out.uppercased()
            }
            return out
        }
    }

    // MARK: - VNI

    private static let tones: [Character: Unicode.Scalar] = [
        "ù": "\u{301}", "ø": "\u{300}", "û": "\u{309}", "õ": "\u{303}", "ï": "\u{323}",
        "Ù": "\u{301}", "Ø": "\u{300}", "Û": "\u{309}", "Õ": "\u{303}", "Ï": "\u{323}",
    ]
    private static let circumflex: [Character: [Unicode.Scalar]] = [
        "â": ["\u{302}"], "á": ["\u{302}", "\u{301}"], "à": ["\u{302}", "\u{300}"], "å": ["\u{302}", "\u{309}"],
        "ã": ["\u{302}", "\u{303}"], "ä": ["\u{302}", "\u{323}"],
        "Â": ["\u{302}"], "Á": ["\u{302}", "\u{301}"], "À": ["\u{302}", "\u{300}"], "Å": ["\u{302}", "\u{309}"],
        "Ã": ["\u{302}", "\u{303}"], "Ä": ["\u{302}", "\u{323}"],
    ]
    private static let breve: [Character: [Unicode.Scalar]] = [
        "ê": ["\u{306}"], "é": ["\u{306}", "\u{301}"], "è": ["\u{306}", "\u{300}"], "ú": ["\u{306}", "\u{309}"],
        "ü": ["\u{306}", "\u{303}"], "ë": ["\u{306}", "\u{323}"],
        "Ê": ["\u{306}"], "É": ["\u{306}", "\u{301}"], "È": ["\u{306}", "\u{300}"], "Ú": ["\u{306}", "\u{309}"],
        "Ü": ["\u{306}", "\u{303}"], "Ë": ["\u{306}", "\u{323}"],
    ]
    private static let letters: [Character: String] = [
        "ô": "ơ", "ö": "ư", "ñ": "đ", "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ",
        "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị",
    ]

    /// VNI-Windows text to Unicode: a base letter followed by mark characters.
    static func vni(_ text: String) -> String {
        mapWords(text) { word in
            var out: [Unicode.Scalar] = []
            var previous: Character?  // the base the next mark applies to
            for character in word {
                let base = previous.map { String($0).lowercased() }
                if let base, "aeiouyơư".contains(base), let tone = tones[character] {
                    out.append(tone)
                    previous = nil
                } else if let base, "aeo".contains(base), let marks = circumflex[character] {
                    out += marks
                    previous = "x"  // a tone may not follow a combined mark
                } else if base == "a", let marks = breve[character] {
                    out += marks
                    previous = "x"
                } else if let letter = letters[character] {
                    out += letter.unicodeScalars
                    previous = letter.first
                } else {
                    out += character.unicodeScalars
                    previous = character
                }
            }
            var result = ""
            result.unicodeScalars.append(contentsOf: out)
            return TextNormalizer.nfc(result)
        }
    }

    /// Applies `transform` to each run of non-space characters.
    private static func mapWords(_ text: String, _ transform: (String) -> String) -> String {
        var out = ""
        var word = ""
        for character in text {
            if character.isWhitespace {
                if !word.isEmpty { out += transform(word); word = "" }
                out.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { out += transform(word) }
        return out
    }
}

/// A rough test of Vietnamese syllables (onset, vowel nucleus, coda, at most one tone mark),
/// used only to tell legacy-encoded text from genuine text.
enum VietnameseSyllables {
    private static let onsets: Set<String> = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
                                              "nh", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "v", "x"]
    private static let nuclei: Set<String> = [
        "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu",
        "oa", "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay",
        "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "yêu",
    ]
    private static let codas: Set<String> = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
    private static let toneMarks: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
    private static let vowels: Set<Character> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// Valid syllables minus invalid words, over the words that have a non-ASCII letter.
    static func score(_ text: String) -> Int {
        var score = 0
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.unicodeScalars.contains(where: { !$0.isASCII }) {
            score += isSyllable(String(word)) ? 1 : -1
        }
        return score
    }

    /// Each toned vowel letter and its letter without the tone (`ộ` → `ô`).
    private static let untoned: [Character: Character] = {
        var map: [Character: Character] = [:]
        for vowel in vowels {
            for tone in toneMarks {
                var text = String(vowel)
                text.unicodeScalars.append(Unicode.Scalar(tone)!)
                if let toned = TextNormalizer.nfc(text).first, TextNormalizer.nfc(text).count == 1 { map[toned] = vowel }
            }
        }
        return map
    }()

    static func isSyllable(_ word: String) -> Bool {
        // Drop the tone (at most one) from the precomposed letters.
        var tones = 0
        var letters: [Character] = []
        for character in TextNormalizer.nfc(word.lowercased()) {
            if let vowel = untoned[character] {
                tones += 1
                letters.append(vowel)
            } else {
                letters.append(character)
            }
        }
        guard tones <= 1 else { return false }
        guard let firstVowel = letters.firstIndex(where: { vowels.contains($0) }) else { return false }
        var onset = String(letters[..<firstVowel])
        var rest = letters[firstVowel...]
        // "qu" and "gi" take their vowel letter as part of the onset.
        if onset == "q", rest.first == "u" { onset = "qu"; rest = rest.dropFirst() }
        if onset == "g", rest.first == "i", rest.dropFirst().contains(where: { vowels.contains($0) }) { onset = "gi"; rest = rest.dropFirst() }
        guard onsets.contains(onset) else { return false }
        guard let lastVowel = rest.lastIndex(where: { vowels.contains($0) }) else { return false }
        let nucleus = String(rest[..<(lastVowel + 1)]), coda = String(rest[(lastVowel + 1)...])
        return nuclei.contains(nucleus) && codas.contains(coda)
    }
}
