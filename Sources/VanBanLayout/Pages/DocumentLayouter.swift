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
        let typesetter = Typesetter(shaper: shaper)
        let footer = composeFooter(document.footer, typesetter: typesetter)
        let pieces = compose(document.blocks, typesetter: typesetter)
        var flow = PageFlow(pageSize: profile.page, margins: profile.margins, firstPageReserve: footer.height)
        let placed = flow.place(pieces)
        var pages = placed.map { page in
            Page(size: profile.page, items: page.pieces.flatMap { entry in entry.piece.items.map { $0.shifted(by: entry.y) } })
        }
        if !pages.isEmpty {
            let offset = profile.page.height - profile.margins.bottom - footer.height
            pages[0].items += footer.items.map { $0.shifted(by: offset) }
        }
        addPageNumbers(&pages, sections: placed.map(\.startsSection), typesetter: typesetter)
        if !typesetter.errors.isEmpty { throw DiagnosticError(typesetter.errors) }
        let overflow = flow.overflows.map {
            Diagnostic(.warning, code: "LAYOUT.OVERFLOW", path: "", message: "the \($0) is taller than a page and runs past the margin",
                       hint: "shorten it or split it")
        }
        return LaidOutDocument(pages: pages, info: document.info, diagnostics: document.diagnostics + typesetter.notes + overflow)
    }

    /// Every block as flow pieces, with the gaps between them and the keep rules.
    func compose(_ blocks: [StyledBlock], typesetter: Typesetter) -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        var columns: HeaderColumns?
        var keepWithPrevious = false
        var gapAfterPrevious = Length.zero
        var newPage: (Bool, restart: Bool) = (false, false)
        let headers = HeaderComposer(typesetter: typesetter, profile: profile)
        for block in blocks {
            var added: [FlowPiece]
            var keepWithNext = false
            var spaceAfter = Length.zero
            switch block {
            case .header(let header):
                let (piece, used) = headers.compose(header, columns: nil)
                columns = columns ?? used
                added = [piece]
                spaceAfter = header.geometry.spaceAfter
            case .paragraph(let line):
                let set = typesetter.set(line, measure: profile.measure)
                added = FlowPiece.lines(of: set, x: profile.margins.left, gapBefore: line.style.spaceBefore)
                keepWithNext = line.keepWithNext
                spaceAfter = line.style.spaceAfter
            case .addressees(let addressees):
                added = [AddresseeComposer(typesetter: typesetter, profile: profile).compose(addressees)]
                keepWithNext = true
                spaceAfter = addressees.label.style.spaceAfter
            case .signature(let signature):
                let used = columns ?? defaultColumns
                added = [SignatureComposer(typesetter: typesetter, profile: profile).compose(signature, columns: used)]
            case .pageBreak(let restart):
                newPage = (true, restart || newPage.restart)
                continue
            }
            guard !added.isEmpty else { continue }
            added[0].gapBefore += gapAfterPrevious
            if keepWithPrevious { added[0].canBreakBefore = false }
            if newPage.0 {
                added[0].startsNewPage = true
                added[0].restartsNumbering = newPage.restart
                newPage = (false, false)
            }
            pieces += added
            keepWithPrevious = keepWithNext
            gapAfterPrevious = spaceAfter
        }
        return pieces
    }

    private var defaultColumns: HeaderColumns {
        let right = profile.measure * profile.header.rightMin
        return HeaderColumns(leftX: profile.margins.left, leftWidth: profile.measure - right,
                             rightX: profile.margins.left + profile.measure - right, rightWidth: right)
    }

    /// Contact lines (ô 13) under a full-width rule, placed at the foot of page 1 (NĐ30 PL I, III.2).
    private func composeFooter(_ lines: [StyledLine], typesetter: Typesetter) -> (items: [PageItem], height: Length) {
        guard !lines.isEmpty else { return ([], .zero) }
        let style = profile.style(.contact).paragraph
        let rule = style.rule ?? RuleStyle(ratio: 1, thickness: .pt(0.5), gap: .zero, spaceAfter: .pt(2))
        var items: [PageItem] = [.rule(Rule(role: "contact-rule", from: Point(x: profile.margins.left, y: rule.thickness / 2),
                                            to: Point(x: profile.margins.left + profile.measure, y: rule.thickness / 2),
                                            thickness: rule.thickness))]
        var y = rule.thickness + rule.spaceAfter
        for line in lines {
            var plain = line
            plain.style.rule = nil
            y = Emit.block(typesetter.set(plain, measure: profile.measure), x: profile.margins.left, top: y, into: &items)
        }
        return (items, y + style.spaceBefore)
    }

    /// Arabic page numbers centred in the top margin; each section (the document, each attached
    /// text) counts from 1 and shows no number on its first page (NĐ30 PL I, I.7; III.1.đ).
    func addPageNumbers(_ pages: inout [Page], sections: [Bool], typesetter: Typesetter) {
        guard let style = profile.pageNumber else { return }
        let paragraph = ParagraphStyle(size: style.size, alignment: .center)
        var number = 0
        for index in pages.indices {
            number = index < sections.count && sections[index] ? 1 : number + 1
            pages[index].number = number
            guard number >= style.firstShown else { continue }
            let line = StyledLine(role: "page-number", path: "", runs: [StyledText(String(number))], style: paragraph)
            // Centred on the text block, as the number field of the official files' header.
            let block = typesetter.set(line, measure: pages[index].size.width - profile.margins.left - profile.margins.right)
            var items: [PageItem] = []
            let metrics = shaper.metrics(.regular)
            let ascent = Length.pt(Double(metrics.ascender) * style.size.points / Double(metrics.unitsPerEm))
            Emit.block(block, x: profile.margins.left, top: style.top + ascent - block.ascent, into: &items)
            pages[index].items.insert(contentsOf: items, at: 0)  // first, so extraction reads it at the top
        }
    }
}
