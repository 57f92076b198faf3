import VanBanModel
import VanBanProfile
import VanBanText

/// Paragraphs already set, kept across the documents one worker lays out (docs/performance.md,
/// "Across documents"). In a batch most blocks repeat — the header lines, the căn cứ, the
/// signature block, Nơi nhận — and the header is tried at several sizes and widths in every
/// document. Setting is a pure function of the runs, the style, the measure and the faces, so a
/// cached paragraph is exactly the paragraph set again: the output is byte-identical with or
/// without the cache. Not thread-safe: each render context (one worker at a time) owns one.
package final class LineSetCache {
    /// A paragraph to set. Its texts are compared and hashed as UTF-8 bytes, not as `String`s
    /// (which normalise to NFC first, the dearest part of a lookup): the same bytes set the same
    /// glyphs, and an NFD text is never served the lines of its NFC twin.
    struct Key: Hashable {
        var runs: [StyledText]
        var style: ParagraphStyle
        var measure: Length
        var breaksCodes: Bool

        static func == (a: Key, b: Key) -> Bool {
            a.measure == b.measure && a.breaksCodes == b.breaksCodes && a.style == b.style && a.runs.count == b.runs.count
                && zip(a.runs, b.runs).allSatisfy { $0.style == $1.style && $0.footnote == $1.footnote && $0.text.utf8.elementsEqual($1.text.utf8) }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(style)
            hasher.combine(measure)
            hasher.combine(breaksCodes)
            hasher.combine(runs.count)
            for run in runs {
                var text = run.text
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(run.style)
                hasher.combine(run.footnote)
            }
        }
    }

    private var entries: [Key: [SetLine]] = [:]
    private var storedBytes = 0
    /// Bounds on what is kept: past either, the cache starts again empty.
    static let maxEntries = 1024
    static let maxTextBytes = 1 << 17

    package init() {}

    /// The lines of `key`, set by `set` when they are not kept yet. A paragraph that fails (a
    /// missing glyph) is never kept: it fails again, with its diagnostic.
    func lines(_ key: Key, set: () throws(MissingGlyphError) -> [SetLine]) throws(MissingGlyphError) -> [SetLine] {
        if let lines = entries[key] { return lines }
        let lines = try set()
        let bytes = key.runs.reduce(0) { $0 + $1.text.utf8.count }
        if entries.count >= Self.maxEntries || storedBytes + bytes > Self.maxTextBytes {
            entries.removeAll()
            storedBytes = 0
        }
        entries[key] = lines
        storedBytes += bytes
        return lines
    }
}
