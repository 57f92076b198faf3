import VanBanModel
import VanBanProfile
import VanBanText

/// Stage 2 of setting a paragraph: one hard line (the text between explicit line breaks) shaped,
/// its glyphs in reading order across the styled pieces, with what the later stages ask of them:
/// which glyph is a space, the text of a glyph range. The break stage adds its items here.
struct ShapedLine {
    /// A glyph of the line: which shaped run, which glyph in it, its advance in points, and the
    /// first UTF-8 byte of its cluster (kept here: the break stage asks it of every glyph).
    struct GlyphRef {
        var run: Int32
        var index: Int32
        var advance: Double
        var firstByte: UInt8
    }

    var shaped: [ShapedRun] = []
    var underline: [Bool] = []
    /// UTF-8 bytes of each shaped run's text.
    var bytes: [[UInt8]] = []
    /// Point size and upward shift of each run (a footnote number is smaller and raised).
    var sizes: [Double] = []
    var rises: [Double] = []
    /// The footnote each run calls.
    var footnotes: [Int?] = []
    var glyphs: [GlyphRef] = []
    /// The Knuth–Plass items of the line (stage 3) and the glyph range of each.
    var items: [BreakItem] = []
    var ranges: [Range<Int>] = []

    /// A superscript (a footnote number) is set at 65 % of the size…
    static let superscriptScale = 0.65
    /// …and raised by a third of the size (the size divided by this).
    static let superscriptRiseDivisor = 3.0

    /// Shapes `segments` in `style`: each styled piece with its face, characters only the
    /// fallback face prints shaped apart with that face.
    init(_ segments: [StyledText], style: ParagraphStyle, shaper: any TextShaper) throws(MissingGlyphError) {
        for segment in segments {
            let inline = style.base.adding(segment.style)
            let text = style.uppercase ? segment.text.uppercased() : segment.text
            for (index, piece) in shaper.pieces(text, style: FontStyle(inline)).enumerated() {
                let shaped = piece.fallback ? try shaper.shapeWithFallback(piece.text, style: FontStyle(inline))
                                            : try shaper.shape(piece.text, style: FontStyle(inline))
                let size = inline.superscript ? style.size.points * Self.superscriptScale : style.size.points
                let scale = size / Double(shaped.unitsPerEm)
                let runIndex = Int32(self.shaped.count)
                let utf8 = Array(shaped.text.utf8)
                for (i, glyph) in shaped.glyphs.enumerated() {
                    glyphs.append(GlyphRef(run: runIndex, index: Int32(i), advance: Double(glyph.advance) * scale, firstByte: utf8[Int(glyph.cluster)]))
                }
                self.shaped.append(shaped)
                underline.append(inline.underline)
                bytes.append(utf8)
                sizes.append(size)
                rises.append(inline.superscript ? style.size.points / Self.superscriptRiseDivisor : 0)
                footnotes.append(index == 0 ? segment.footnote : nil)
            }
        }
    }

    /// The byte offset of glyph `ref`'s cluster in its run's text.
    func cluster(_ ref: GlyphRef) -> Int { Int(shaped[Int(ref.run)].glyphs[Int(ref.index)].cluster) }

    /// Whether glyph `ref` is a space.
    func isSpace(_ ref: GlyphRef) -> Bool { ref.firstByte == 0x20 }

    /// The first UTF-8 byte of glyph `g`'s cluster.
    func firstByte(_ g: Int) -> UInt8 { glyphs[g].firstByte }

    /// Index of the next space glyph at or after `from` (or the end).
    func nextSpace(from: Int) -> Int {
        var g = from
        while g < glyphs.count, !isSpace(glyphs[g]) { g += 1 }
        return g
    }

    /// The text of glyphs `range` (whole clusters, across runs).
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var out: [UInt8] = []
        var g = range.lowerBound
        while g < range.upperBound {
            let run = Int(glyphs[g].run)
            var end = g
            while end < range.upperBound, Int(glyphs[end].run) == run { end += 1 }
            let runGlyphs = shaped[run].glyphs
            let start = Int(runGlyphs[Int(glyphs[g].index)].cluster)
            let lastIndex = Int(glyphs[end - 1].index)
            let stop = lastIndex + 1 < runGlyphs.count ? Int(runGlyphs[lastIndex + 1].cluster) : bytes[run].count
            out += bytes[run][start..<max(start, stop)]
            g = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of the cluster glyph `ref` belongs to.
    func clusterText(_ ref: GlyphRef) -> Substring {
        let run = shaped[Int(ref.run)]
        let start = Int(run.glyphs[Int(ref.index)].cluster), end = clusterEnd(ref)
        let utf8 = run.text.utf8
        return Substring(run.text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The last UTF-8 byte of the cluster glyph `ref` belongs to.
    func clusterLastByte(_ ref: GlyphRef) -> UInt8 { bytes[Int(ref.run)][clusterEnd(ref) - 1] }

    /// The byte offset where the cluster of glyph `ref` ends in its run's text.
    private func clusterEnd(_ ref: GlyphRef) -> Int {
        let run = shaped[Int(ref.run)]
        let start = Int(run.glyphs[Int(ref.index)].cluster)
        return run.glyphs.dropFirst(Int(ref.index) + 1).first { Int($0.cluster) > start }.map { Int($0.cluster) } ?? bytes[Int(ref.run)].count
    }

    /// The advance of glyphs `range`, in points.
    func width(_ range: Range<Int>) -> Double { glyphs[range].reduce(0) { $0 + $1.advance } }
}
