import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanText

/// A line as set by `ParagraphSetter`: runs placed relative to the line's own origin (x from the
/// left end of the measure, y from the baseline).
struct SetLine {
    var x: Length
    var width: Length
    var runs: [GlyphRun]
    var underlines: [Rule]
    var endsParagraph: Bool
    /// Numbers of the footnotes called on this line.
    var footnotes: [Int] = []
    /// A justified line's word gaps over their natural width (nil when not justified or last).
    var wordSpacing: Double?
    /// Space added between the letters of its words (a line that would otherwise be loose).
    var letterSpacing: Length = .zero
}

/// Sets one paragraph in four stages, each in its own file (the way Typst splits inline layout):
/// 1. collect (`ParagraphSetter+Collect`): the text between explicit line breaks, spaces collapsed;
/// 2. shape (`ShapedLine`): each styled piece shaped with HarfBuzz, glyphs in reading order;
/// 3. break: Knuth–Plass items (`ParagraphSetter+Items`: words as boxes, every space as glue with
///    its own kerned advance, docs/architecture.md "Line breaking"), the Vietnamese rules of where
///    a line may not or should not end (`VietnameseBreakRules`), then the breaks (`LineBreaker`);
/// 4. place (`ParagraphSetter+Place`): glyph runs positioned, spaces stretched so that justified
///    lines end exactly at the measure.
struct ParagraphSetter {
    let shaper: any TextShaper
    /// Spaces may stretch by half of their width.
    var stretchRatio = 0.5
    /// And shrink by a third of their width, as TeX's interword glue does (docs/typography.md:
    /// it halved the loose lines).
    var shrinkRatio = 1.0 / 3

    /// Sets `runs` in `measure` with `style`; `\n` in the text is an explicit line break.
    /// `breaksCodes`: justified text may break inside a code after a `/` or a `-` (not in a table cell).
    func set(_ runs: [StyledText], style: ParagraphStyle, measure: Length, breaksCodes: Bool = true) throws(MissingGlyphError) -> [SetLine] {
        var lines: [SetLine] = []
        let hang = min(max(.zero, style.hangingIndent), measure / 2)
        for (index, segments) in Self.hardLines(runs).enumerated() {
            // An indent never takes more than half of a (narrow) measure.
            let first = index == 0 && style.alignment != .center ? min(style.firstLineIndent, measure / 2) : hang
            var line = try ShapedLine(segments, style: style, shaper: shaper)
            let widths = LineWidths(first: (measure - first).points, rest: (measure - hang).points)
            buildItems(&line, measure: widths.rest, firstLineWidth: widths.first, breaksCodes: breaksCodes && style.alignment == .justify)
            var breaks = chooseBreaks(line.items, style: style, widths: widths)
            if style.balanced && style.alignment == .center && breaks.count > 1 {
                breaks = balancedBreaks(line.items, lineCount: breaks.count, widths: widths)
            }
            lines += emitLines(line, breaks: breaks, style: style, measure: measure, first: first, rest: hang)
        }
        return lines
    }

    /// The widest word of `runs`: what a column cannot be narrower than without breaking a word.
    func widestWord(_ runs: [StyledText], style: ParagraphStyle) throws(MissingGlyphError) -> Length {
        var widest = 0.0
        for segments in Self.hardLines(runs) {
            let line = try ShapedLine(segments, style: style, shaper: shaper)
            var width = 0.0
            for ref in line.glyphs {
                if line.isSpace(ref) {
                    widest = max(widest, width)
                    width = 0
                } else {
                    width += ref.advance
                }
            }
            widest = max(widest, width)
        }
        return .pt(widest)
    }

    /// The measure of the first line and of the lines after it.
    struct LineWidths {
        var first: Double
        var rest: Double
        func callAsFunction(_ line: Int) -> Double { line == 0 ? first : rest }
    }
}
