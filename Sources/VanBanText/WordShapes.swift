import VanBanModel

/// Shaped words, kept by the shaper that shaped them (one per render context, so across the
/// documents of a batch; docs/performance.md, "Shaping word by word"). Vietnamese repeats its
/// syllables: a page of prose has a few hundred distinct words, and HarfBuzz need not shape
/// them again on every line.
///
/// A text is cut at its spaces (U+0020) into units: the first word, then each space with the
/// word after it. Shaping is local for Latin script except for kerning, and Liberation Serif
/// kerns the space with its neighbours (space + A, L + space …). Each unit is therefore shaped
/// with its spaces around it — the leading one (kerned with the word's first letter) kept, the
/// trailing one (present only so the word's last letter is kerned with it) dropped — which
/// gives every glyph the advance and offsets that shaping the whole text gives it. The tests
/// compare the two glyph for glyph (`ShapingTests.wordByWordEqualsWholeText`).
final class WordShapes {
    /// A unit: the word's bytes and whether a space comes before and after it.
    struct Key: Hashable {
        var word: String
        var style: FontStyle
        var spaceBefore: Bool
        var spaceAfter: Bool

        static func == (a: Key, b: Key) -> Bool {
            a.style == b.style && a.spaceBefore == b.spaceBefore && a.spaceAfter == b.spaceAfter && a.word.utf8.elementsEqual(b.word.utf8)
        }

        /// By bytes: `String` hashing normalises to NFC first, which costs more than the lookup
        /// saves, and an NFD word must not be served its NFC twin's glyphs.
        func hash(into hasher: inout Hasher) {
            var word = word
            word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hasher.combine(style)
            hasher.combine(spaceBefore)
            hasher.combine(spaceAfter)
        }
    }

    private var entries: [Key: [ShapedGlyph]] = [:]
    private var storedBytes = 0
    /// Bounds on what is kept: past either, the cache starts again empty.
    static let maxEntries = 16_384
    static let maxWordBytes = 1 << 18
    /// A longer "word" (a code, a URL, a run without spaces) is shaped but not kept.
    static let longestKeptWord = 64

    /// The glyphs of `text` in `style`, assembled unit by unit, clusters counted from the start
    /// of `text`; nil when a unit cannot be shaped on its own (a missing glyph: the caller
    /// shapes the whole text and reports it as before).
    func glyphs(of text: String, style: FontStyle, shapeUnit: (String) -> [ShapedGlyph]?) -> [ShapedGlyph]? {
        var source = text
        return source.withUTF8 { bytes -> [ShapedGlyph]? in
            var glyphs: [ShapedGlyph] = []
            glyphs.reserveCapacity(bytes.count)
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let spaceBefore = start > 0, spaceAfter = end < bytes.count
                if spaceBefore || end > start {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    let key = Key(word: word, style: style, spaceBefore: spaceBefore, spaceAfter: spaceAfter)
                    guard let unit = entries[key] ?? shape(key, shapeUnit: shapeUnit) else { return nil }
                    let offset = UInt32(spaceBefore ? start - 1 : start)
                    for var glyph in unit {
                        glyph.cluster += offset
                        glyphs.append(glyph)
                    }
                }
                start = end + 1
            }
            return glyphs
        }
    }

    /// Shapes one unit (and keeps it, when it is not too long).
    private func shape(_ key: Key, shapeUnit: (String) -> [ShapedGlyph]?) -> [ShapedGlyph]? {
        let text = (key.spaceBefore ? " " : "") + key.word + (key.spaceAfter ? " " : "")
        guard var glyphs = shapeUnit(text) else { return nil }
        if key.spaceAfter {
            // The trailing space is the next unit's leading one: its glyph is that unit's.
            guard let last = glyphs.last, Int(last.cluster) == text.utf8.count - 1 else { return nil }
            glyphs.removeLast()
        }
        let bytes = key.word.utf8.count
        guard bytes <= Self.longestKeptWord else { return glyphs }
        if entries.count >= Self.maxEntries || storedBytes + bytes > Self.maxWordBytes {
            entries.removeAll()
            storedBytes = 0
        }
        entries[key] = glyphs
        storedBytes += bytes
        return glyphs
    }
}
