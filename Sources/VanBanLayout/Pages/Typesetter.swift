import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanText

/// A styled line set into lines of a given measure, with its vertical metrics.
struct SetBlock {
    var source: StyledLine
    var lines: [SetLine]
    var style: ParagraphStyle
    /// Baseline-to-baseline distance.
    var lineHeight: Length
    /// Baseline offset from the top of a line box.
    var ascent: Length
    var measure: Length

    var height: Length { lineHeight * Double(lines.count) }
    /// Width of the widest line.
    var width: Length { lines.map(\.width).max() ?? .zero }
}

/// Sets text for the composers: line breaking through `ParagraphSetter`, vertical metrics, and
/// sizes chosen inside a profile's range. Collects every missing glyph and every range choice.
final class Typesetter {
    let shaper: any TextShaper
    /// Paragraphs set for earlier documents of the same worker, or nil.
    let cache: LineSetCache?
    private(set) var errors: [Diagnostic] = []
    private(set) var notes: [Diagnostic] = []

    init(shaper: any TextShaper, cache: LineSetCache? = nil) {
        self.shaper = shaper
        self.cache = cache
    }

    /// `line` set in `measure`.
    func set(_ line: StyledLine, measure: Length) -> SetBlock {
        set(line, style: line.style, measure: measure)
    }

    func set(_ line: StyledLine, style: ParagraphStyle, measure: Length) -> SetBlock {
        let lines: [SetLine]
        do {
            // A code in a table cell stays whole unless it alone is wider than the column.
            let inCell = line.role == .tableCell || line.role == .tableHeader
            let setter = ParagraphSetter(shaper: shaper)
            if let cache {
                let key = LineSetCache.Key(runs: line.runs, style: style, measure: measure, breaksCodes: !inCell)
                lines = try cache.lines(key) { () throws(MissingGlyphError) in
                    try setter.set(line.runs, style: style, measure: measure, breaksCodes: !inCell)
                }
            } else {
                lines = try setter.set(line.runs, style: style, measure: measure, breaksCodes: !inCell)
            }
        } catch {
            let diagnostic = error.diagnostic(path: line.path)
            if !errors.contains(diagnostic) { errors.append(diagnostic) }
            lines = []
        }
        noteFallback(lines, path: line.path)
        let (lineHeight, ascent) = verticalMetrics(style)
        return SetBlock(source: line, lines: lines, style: style, lineHeight: lineHeight, ascent: ascent, measure: measure)
    }

    /// A warning naming the characters drawn with the fallback face (once per place).
    private func noteFallback(_ lines: [SetLine], path: String) {
        var scalars: [Unicode.Scalar] = []
        for line in lines {
            for run in line.runs where run.fallback {
                for scalar in run.text.unicodeScalars where scalar.value > 0x20 && !scalars.contains(scalar) { scalars.append(scalar) }
            }
        }
        guard !scalars.isEmpty else { return }
        let names: [MessageArgument] = scalars.prefix(5).map { .text("'\(Character($0))' (\(String.codePoint($0)))") } + (scalars.count > 5 ? ["…"] : [])
        let warning = Diagnostic(.warning, .textFallbackFont, path: path, ["characters": .list(names)])
        if !notes.contains(warning) { notes.append(warning) }
    }

    /// `line` on one line of `measure`: at its size if it fits, else at the largest size of its
    /// range that fits (with a note saying so), else at its size, wrapped (with a note).
    func setOnOneLine(_ line: StyledLine, measure: Length, what: MessageTerm) -> SetBlock {
        let natural = set(line, measure: measure)
        guard natural.lines.count > 1, let range = line.style.sizeRange else { return natural }
        // Whole points, as offices write sizes (13 → 12), never below the range.
        var size = (line.style.size.points - 1).rounded(.up)
        while size >= range.lowerBound - 1e-9 {
            let smaller = set(line, style: line.style.sized(size), measure: measure)
            if smaller.lines.count <= 1 {
                notes.append(Diagnostic(.note, .layoutSizeInRange, path: line.path, [
                    "what": .term(what), "size": .decimal(size), "natural": .decimal(line.style.size.points),
                    "low": .decimal(range.lowerBound), "high": .decimal(range.upperBound),
                ]))
                return smaller
            }
            size -= 1
        }
        notes.append(Diagnostic(.note, .layoutHeaderWraps, path: line.path, ["part": .term(what)]))
        return natural
    }

    /// The widest word of `line` (a missing glyph counts nothing here: setting the line reports it).
    func widestWord(_ line: StyledLine) -> Length {
        (try? ParagraphSetter(shaper: shaper).widestWord(line.runs, style: line.style)) ?? .zero
    }

    /// Natural width of `line` on one line (no wrapping).
    func naturalWidth(_ line: StyledLine, style: ParagraphStyle? = nil) -> Length {
        var wide = style ?? line.style
        wide.firstLineIndent = .zero
        wide.alignment = .left
        return set(line, style: wide, measure: .pt(1e6)).width
    }

    /// Line pitch and baseline offset: a multiple of Word's "single" (ascender + descender + line
    /// gap) puts the extra space above the text; an exact pitch keeps descender and gap below.
    func verticalMetrics(_ style: ParagraphStyle) -> (lineHeight: Length, ascent: Length) {
        let metrics = shaper.metrics(FontStyle(style.base))
        let scale = style.size.points / Double(metrics.unitsPerEm)
        let below = Length.pt(Double(metrics.descender + metrics.lineGap) * scale)
        let lineHeight: Length
        switch style.lineSpacing {
        case .multiple(let m): lineHeight = style.size * (metrics.singleLineFactor * m)
        case .exact(let pitch): lineHeight = pitch
        }
        return (lineHeight, lineHeight - below)
    }

    func warn(_ diagnostic: Diagnostic) { notes.append(diagnostic) }

    /// Records an error found while composing (the document then fails with every error found).
    func fail(_ diagnostic: Diagnostic) { if !errors.contains(diagnostic) { errors.append(diagnostic) } }

    /// Where the continuation lines of a `- ` (or `+ `) item start: under its text, not its dash.
    func hangingIndent(_ item: StyledLine) -> Length {
        guard let first = item.runs.first, first.text.hasPrefix("- ") || first.text.hasPrefix("+ ") else { return .zero }
        let marker = StyledLine(role: item.role, path: item.path, runs: [StyledText(String(first.text.prefix(1)), first.style)],
                                style: item.style)
        return naturalWidth(marker) + item.style.size * 0.25  // and a space (a quarter em in Times metrics)
    }
}

/// Emits set lines as page items.
enum Emit {
    /// The lines of `block` with their left edge at `x` and the top of the first line box at
    /// `top`; returns the bottom of the last line box. A rule of the block's style goes under
    /// its last line, `ratio` × the width of its widest line.
    @discardableResult
    static func block(_ block: SetBlock, x: Length, top: Length, into items: inout [PageItem],
                      rule: RuleStyle? = nil) -> Length {
        var y = top
        for line in block.lines {
            items += self.line(line, of: block, x: x, baseline: y + block.ascent)
            y += block.lineHeight
        }
        if let rule = rule ?? block.style.rule, !block.lines.isEmpty {
            let baseline = y - block.lineHeight + block.ascent
            y = max(y, self.rule(rule, under: block.lines, x: x, baseline: baseline, role: block.source.role.rule, into: &items))
        }
        return y
    }

    /// One line: its text line and its underlines.
    static func line(_ line: SetLine, of block: SetBlock, x: Length, baseline: Length) -> [PageItem] {
        let left = x + line.x
        let runs = line.runs.map { run -> GlyphRun in
            var placed = run
            placed.origin = Point(x: left + run.origin.x, y: baseline + run.origin.y)
            return placed
        }
        var items: [PageItem] = [.line(TextLine(role: block.source.role, path: block.source.path, x: left, baseline: baseline,
                                                width: line.width, measureLeft: x, measureWidth: block.measure,
                                                size: block.style.size, endsParagraph: line.endsParagraph,
                                                wordSpacing: line.wordSpacing, letterSpacing: line.letterSpacing, runs: runs))]
        for underline in line.underlines {
            items.append(.rule(Rule(role: underline.role,
                                    from: Point(x: left + underline.from.x, y: baseline + underline.from.y),
                                    to: Point(x: left + underline.to.x, y: baseline + underline.to.y),
                                    thickness: underline.thickness)))
        }
        return items
    }

    /// A rule `ratio` × the width of the widest of `lines` (NĐ30 PL I, II.2.b and II.5.a: a
    /// fraction of "the line of text", the widest line of a block of several), centred under that
    /// line (the lines of a centred block share their centre) at `baseline` + the rule's gap;
    /// returns the bottom of the space it takes.
    static func rule(_ rule: RuleStyle, under lines: [SetLine], x: Length, baseline: Length, role: Role,
                     into items: inout [PageItem]) -> Length {
        guard let line = lines.max(by: { $0.width < $1.width }) else { return baseline }
        let centre = x + line.x + line.width / 2
        let length = line.width * rule.ratio
        let y = baseline + rule.gap
        items.append(.rule(Rule(role: role, from: Point(x: centre - length / 2, y: y), to: Point(x: centre + length / 2, y: y),
                                thickness: rule.thickness)))
        return y + rule.thickness / 2 + rule.spaceAfter
    }
}
