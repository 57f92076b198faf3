import VanBanModel
import VanBanText

/// Styled document → laid-out pages (DESIGN.md §2, stage "layout"). Knows shapes and
/// geometry, not Cairo.
public struct DocumentLayouter {
    public let profile: Profile
    public let shaper: any TextShaper

    public init(profile: Profile, shaper: any TextShaper) {
        self.profile = profile
        self.shaper = shaper
    }

    /// Lays out `document`; throws every error found (each missing glyph with its JSON path).
    public func layout(_ document: StyledDocument) throws(DiagnosticError) -> LaidOutDocument {
        let blocks = try setBlocks(document.blocks)
        var flow = PageFlow(pageSize: profile.page, margins: profile.margins)
        var pages = flow.place(blocks)
        try addPageNumbers(&pages)
        return LaidOutDocument(pages: pages, info: document.info, diagnostics: document.diagnostics)
    }

    /// Sets the lines of every block, collecting all missing-glyph errors.
    func setBlocks(_ blocks: [StyledBlock]) throws(DiagnosticError) -> [FlowBlock] {
        let setter = ParagraphSetter(shaper: shaper)
        var flowBlocks: [FlowBlock] = []
        var errors: [Diagnostic] = []
        for block in blocks {
            do {
                let lines = try setter.set(block.runs, style: block.style, measure: profile.measure)
                flowBlocks.append(flowBlock(block, lines: lines))
            } catch {
                errors.append(error.diagnostic(path: block.path))
            }
        }
        if !errors.isEmpty { throw DiagnosticError(errors) }
        return flowBlocks
    }

    private func flowBlock(_ block: StyledBlock, lines: [SetLine]) -> FlowBlock {
        let (lineHeight, ascent) = verticalMetrics(block.style)
        return FlowBlock(role: block.role, path: block.path, lines: lines, size: block.style.size,
                         lineHeight: lineHeight, ascent: ascent, spaceBefore: block.style.spaceBefore,
                         spaceAfter: block.style.spaceAfter, keepWithNext: block.keepWithNext, rule: block.style.rule,
                         measureLeft: profile.margins.left, measureWidth: profile.measure)
    }

    /// Line pitch and baseline offset. A multiple of "single" (Word's ascender + descender +
    /// line gap) puts the extra space above the text; an exact pitch keeps the descender and the
    /// gap below the baseline.
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

    /// Arabic page numbers centred in the top margin from `firstShown` on (NĐ30 PL I, I.7).
    func addPageNumbers(_ pages: inout [Page]) throws(DiagnosticError) {
        guard let style = profile.pageNumber else { return }
        let paragraph = ParagraphStyle(size: style.size, alignment: .center)
        let setter = ParagraphSetter(shaper: shaper)
        let metrics = shaper.metrics(.regular)
        let ascent = Length.pt(Double(metrics.ascender) * style.size.points / Double(metrics.unitsPerEm))
        for index in pages.indices where index + 1 >= style.firstShown {
            let number = index + 1
            let lines: [SetLine]
            do {
                lines = try setter.set([StyledText(String(number))], style: paragraph, measure: pages[index].size.width)
            } catch {
                throw DiagnosticError([error.diagnostic(path: "")])
            }
            guard let line = lines.first else { continue }
            let baseline = style.top + ascent
            let runs = line.runs.map { run -> GlyphRun in
                var placed = run
                placed.origin = Point(x: line.x + run.origin.x, y: baseline)
                return placed
            }
            pages[index].number = number
            pages[index].items.append(.line(TextLine(
                role: "page-number", path: "", x: line.x, baseline: baseline, width: line.width, measureLeft: .zero,
                measureWidth: pages[index].size.width, size: style.size, endsParagraph: true, runs: runs)))
        }
    }
}
