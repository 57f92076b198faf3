#if canImport(Glibc)
import Glibc
#endif
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
    /// A kept unit: its word's bytes, the style and spaces it was shaped with, its glyphs.
    private struct Entry {
        var hash: UInt64
        var word: [UInt8]
        var glyphs: [ShapedGlyph]
    }

    /// An open-addressing table over `entries` (the index + 1; 0 is empty), probed linearly
    /// from the word's hash: a lookup hashes the word's bytes once and compares them once, with
    /// no `String` made for a word already kept (docs/performance.md, "Shaping word by word").
    private var slots = [Int32](repeating: 0, count: WordShapes.slotCount)
    private var entries: [Entry] = []
    private var storedBytes = 0
    /// Bounds on what is kept: past either, the table starts again empty.
    static let maxEntries = 8_192
    static let maxWordBytes = 1 << 18
    private static let slotCount = 4 * maxEntries  // a power of two, at most a quarter full
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
                    let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    guard let unit = self.unit(word, style: style, spaceBefore: spaceBefore, spaceAfter: spaceAfter, shapeUnit: shapeUnit) else {
                        return nil
                    }
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

    /// The glyphs of one unit: kept, or shaped now (and kept when not too long).
    private func unit(_ word: UnsafeBufferPointer<UInt8>, style: FontStyle, spaceBefore: Bool, spaceAfter: Bool,
                      shapeUnit: (String) -> [ShapedGlyph]?) -> [ShapedGlyph]? {
        var hasher = ByteHash()  // over the word, then its shaping context
        hasher.combine(bytes: word)
        hasher.combine(UInt8(style.rawValue << 2 | (spaceBefore ? 2 : 0) | (spaceAfter ? 1 : 0)))
        let hash = hasher.value
        let mask = Self.slotCount - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.word.count == word.count,
               word.isEmpty || entry.word.withUnsafeBytes({ memcmp($0.baseAddress!, word.baseAddress!, word.count) }) == 0 {
                return entry.glyphs
            }
            slot = (slot + 1) & mask
        }
        let text = (spaceBefore ? " " : "") + String(decoding: word, as: UTF8.self) + (spaceAfter ? " " : "")
        guard var glyphs = shapeUnit(text) else { return nil }
        if spaceAfter {
            // The trailing space is the next unit's leading one: its glyph is that unit's.
            guard let last = glyphs.last, Int(last.cluster) == text.utf8.count - 1 else { return nil }
            glyphs.removeLast()
        }
        guard word.count <= Self.longestKeptWord else { return glyphs }
        if entries.count >= Self.maxEntries || storedBytes + word.count > Self.maxWordBytes {
            for i in slots.indices { slots[i] = 0 }
            entries.removeAll(keepingCapacity: true)
            storedBytes = 0
            slot = Int(truncatingIfNeeded: hash) & mask
        }
        entries.append(Entry(hash: hash, word: Array(word), glyphs: glyphs))
        slots[slot] = Int32(entries.count)
        storedBytes += word.count
        return glyphs
    }
}
