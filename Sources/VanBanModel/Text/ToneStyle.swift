/// Where the tone mark goes on the rhymes `oa`, `oe`, `uy` without a final consonant: on the
/// first vowel in the old style (`hòa`, `khỏe`, `thủy`, `ủy`), on the second in the new one
/// (`hoà`, `khoẻ`, `thuỷ`, `uỷ`). Both are in use (the NĐ30 text itself writes `HÒA` where its
/// sample table writes `HOÀ`, docs/standards.md A1); one document should not mix them.
public enum ToneStyle: String, Sendable, Hashable, CaseIterable {
    case old, new

    /// The style's name in messages.
    public var term: MessageTerm { self == .old ? .toneOld : .toneNew }

    /// The `oa`/`oe`/`uy` syllables of `text` with their style, in order: one pass over the UTF-8
    /// bytes (no grapheme breaking), and a word is looked at closely only when its last two
    /// vowels, without their tones, are such a rhyme (docs/performance.md, "Our own code out of
    /// Cairo's way").
    public static func syllables(in text: String) -> [(style: ToneStyle, word: String)] {
        var text = text
        return text.withUTF8 { syllables(inUTF8: $0) }
    }

    private static func syllables(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [(style: ToneStyle, word: String)] {
        var found: [(style: ToneStyle, word: String)] = []
        let bases = tonedVowelBases
        var start = 0, index = 0
        var previous: UInt8 = 0, last: UInt8 = 0, inWord = false
        func endWord(at end: Int) {
            guard inWord else { return }
            inWord = false
            guard (previous == UInt8(ascii: "o") && (last == UInt8(ascii: "a") || last == UInt8(ascii: "e")))
                || (previous == UInt8(ascii: "u") && last == UInt8(ascii: "y")) else { return }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            if let style = of(word) { found.append((style, word)) }
        }
        /// A letter (or a mark, `base` nil: the letter before it stays the last one).
        func letter(_ base: UInt8?, at position: Int) {
            if !inWord { inWord = true; start = position; previous = 0; last = 0 }
            if let base {
                previous = last
                last = base
            }
        }
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if (lead | 0x20) >= UInt8(ascii: "a") && (lead | 0x20) <= UInt8(ascii: "z") {
                    letter(lead | 0x20, at: index)
                } else {
                    endWord(at: index)
                }
                index += 1
                continue
            }
            // A multi-byte scalar: its value from the lead and continuation bytes (valid UTF-8).
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length where index + k < bytes.count { value = value << 6 | UInt32(bytes[index + k] & 0x3F) }
            if (0x300...0x36F).contains(value) {
                letter(nil, at: index)
            } else if let base = bases[value] {
                letter(base, at: index)
            } else if Self.isLatinLetter(value) || Unicode.Scalar(value)?.properties.isAlphabetic == true {
                letter(0, at: index)
            } else {
                endWord(at: index)
            }
            index += length
        }
        endWord(at: bytes.count)
        return found
    }

    /// Latin-1 and Latin Extended letters and Vietnamese's precomposed letters (U+1E00–U+1EFF):
    /// letters without asking the Unicode tables (× and ÷ are the only non-letters among them).
    private static func isLatinLetter(_ value: UInt32) -> Bool {
        ((0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7) || (0x1E00...0x1EFF).contains(value)
    }

    /// Precomposed o, u, a, e, y with a tone mark only (not ô, ơ, ư, ă, â, ê) → the plain letter.
    private static let tonedVowelBases: [UInt32: UInt8] = {
        var map: [UInt32: UInt8] = [:]
        for base in "oOuUaAeEyY" {
            for tone in VietnameseLetters.toneMarks {
                let toned = String(VietnameseLetters.compose(base, tone)).unicodeScalars
                if toned.count == 1, let scalar = toned.first, let ascii = base.asciiValue { map[scalar.value] = ascii | 0x20 }
            }
        }
        return map
    }()

    /// The style of `word` when it is one of these syllables, else nil.
    public static func of(_ word: String) -> ToneStyle? {
        analyse(word)?.style
    }

    /// `word` written in `style` (unchanged when it is not one of these syllables).
    public static func convert(_ word: String, to style: ToneStyle) -> String {
        guard let found = analyse(word), found.style != style else { return word }
        var letters = Array(word)
        let (from, to) = style == .new ? (found.first, found.first + 1) : (found.first + 1, found.first)
        let fromBase = VietnameseLetters.split(letters[from]).base
        let toBase = letters[to]
        letters[from] = fromBase
        letters[to] = VietnameseLetters.compose(toBase, found.tone)
        return String(letters)
    }

    /// Every word of `text` converted to `style`.
    public static func convertText(_ text: String, to style: ToneStyle) -> String {
        var out = "", word = ""
        for character in text {
            if character.isLetter { word.append(character); continue }
            out += convert(word, to: style)
            word = ""
            out.append(character)
        }
        return out + convert(word, to: style)
    }

    /// (style, index of the first rhyme vowel, tone mark) of an `oa`/`oe`/`uy` syllable.
    private static func analyse(_ word: String) -> (style: ToneStyle, first: Int, tone: Unicode.Scalar)? {
        // Cheap test first: the word ends in a, e or y (with or without a tone) and is short.
        guard let end = word.unicodeScalars.last, word.utf8.count <= 16,
              "aeyAEY".unicodeScalars.contains(end) || (0x00C0...0x1EF9).contains(end.value) else { return nil }
        let letters = Array(word)
        guard letters.count >= 2, "aeyAEY".contains(VietnameseLetters.split(letters[letters.count - 1]).base) else { return nil }
        let a = VietnameseLetters.split(letters[letters.count - 2]), b = VietnameseLetters.split(letters[letters.count - 1])
        let pair = (String(a.base).lowercased(), String(b.base).lowercased())
        guard pair == ("o", "a") || pair == ("o", "e") || pair == ("u", "y") else { return nil }
        // The onset before the rhyme: consonants only, and not "q" (in "quý" the u belongs to qu).
        let onset = String(letters.dropLast(2)).lowercased()
        guard onset.allSatisfy({ !"aăâeêioôơuưy".contains(VietnameseLetters.split($0).base) }), onset != "q",
              ["", "b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "nh", "p", "ph", "r", "s", "t",
               "th", "tr", "v", "x"].contains(onset) else { return nil }
        switch (a.tone, b.tone) {
        case (let tone?, nil): return (.old, letters.count - 2, tone)
        case (nil, let tone?): return (.new, letters.count - 2, tone)
        default: return nil
        }
    }
}

/// Vietnamese vowel letters and their tone marks.
public enum VietnameseLetters {
    static let toneMarks: [Unicode.Scalar] = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]

    /// Every toned letter (both cases) → its letter without tone and the tone.
    private static let table: [Character: (Character, Unicode.Scalar)] = {
        var map: [Character: (Character, Unicode.Scalar)] = [:]
        for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
            for tone in toneMarks {
                let toned = compose(base, tone)
                if toned != base { map[toned] = (base, tone) }
            }
        }
        return map
    }()

    /// The letter without its tone mark, and the mark.
    public static func split(_ letter: Character) -> (base: Character, tone: Unicode.Scalar?) {
        if let (base, tone) = table[letter] { return (base, tone) }
        return (letter, nil)
    }

    /// `base` with `tone` (precomposed).
    public static func compose(_ base: Character, _ tone: Unicode.Scalar) -> Character {
        var text = String(base)
        text.unicodeScalars.append(tone)
        let composed = TextNormalizer.nfc(text)
        return composed.count == 1 ? composed.first! : base
    }
}
