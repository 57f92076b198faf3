import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanText

/// Styled document → laid-out pages (docs/architecture.md, "One render"). Knows shapes and
/// geometry, not Cairo.
public struct DocumentLayouter {
    public let profile: Profile
    public let shaper: any TextShaper

    /// `LAYOUT.TOO_MANY_PAGES` beyond this.
    public let maxPages: Int
    /// Paragraphs set for earlier documents (`LineSetCache`), or nil.
    let cache: LineSetCache?

    public init(profile: Profile, shaper: any TextShaper, maxPages: Int = InputLimits.standard.pages) {
        self.init(profile: profile, shaper: shaper, maxPages: maxPages, cache: nil)
    }

    package init(profile: Profile, shaper: any TextShaper, maxPages: Int, cache: LineSetCache?) {
        self.profile = profile
        self.shaper = shaper
        self.maxPages = maxPages
        self.cache = cache
    }

    /// Lays out `document`; throws every error found (each missing glyph with its JSON path).
    public func layout(_ document: StyledDocument) throws(DiagnosticError) -> LaidOutDocument {
        let typesetter = Typesetter(shaper: shaper, cache: cache)
        let footer = composeFooter(document.footer, typesetter: typesetter)
        let pieces = compose(document.blocks, typesetter: typesetter)
        var flow = PageFlow(pageSize: profile.page, margins: profile.margins, firstPageReserve: footer.height, maxPages: maxPages)
        let placed = flow.place(pieces)
        if flow.stoppedAtLimit {
            throw DiagnosticError([Diagnostic(.error, .layoutTooManyPages, path: "", ["limit": .number(maxPages)])])
        }
        var pages = placed.enumerated().map { index, page in
            Page(size: page.size, items: page.pieces.flatMap { entry in entry.piece.items.map { $0.shifted(by: entry.y) } }
                 + footnoteItems(page, reserve: index == 0 ? footer.height : .zero))
        }
        if !pages.isEmpty {
            let offset = profile.page.height - profile.margins.bottom - footer.height
            pages[0].items += footer.items.map { $0.shifted(by: offset) }
        }
        addPageNumbers(&pages, sections: placed.map(\.startsSection), typesetter: typesetter)
        if !typesetter.errors.isEmpty { throw DiagnosticError(typesetter.errors) }
        let overflow = flow.overflows.map {
            Diagnostic(.warning, .layoutOverflow, path: $0.path, ["part": .term(Self.partTerm(role: $0.role))])
        }
        return LaidOutDocument(pages: pages, info: document.info, diagnostics: document.diagnostics + typesetter.notes + overflow)
    }

    /// Every block as flow pieces, with the gaps between them and the keep rules.
    func compose(_ blocks: [StyledBlock], typesetter: Typesetter) -> [FlowPiece] {
        var state = ComposeState(frame: portraitFrame)
        compose(blocks, typesetter: typesetter, state: &state)
        return state.pieces
    }

    /// What composing carries from block to block.
    struct ComposeState {
        var frame: Frame
        var pieces: [FlowPiece] = []
        var columns: HeaderColumns?
        var keepWithPrevious = false
        var gapAfterPrevious = Length.zero
        var newPage: (pending: Bool, restart: Bool, landscape: Bool) = (false, false, false)
    }

    private func compose(_ blocks: [StyledBlock], typesetter: Typesetter, state: inout ComposeState) {
        for block in blocks {
            var added: [FlowPiece]
            var keepWithNext = false
            var spaceAfter = Length.zero
            switch block {
            case .header(let header):
                let (piece, used) = HeaderComposer(typesetter: typesetter, profile: profile).compose(header)
                state.columns = state.columns ?? used
                added = [piece]
                spaceAfter = header.geometry.spaceAfter
            case .paragraph(let line):
                let set = typesetter.set(line, measure: state.frame.measure)
                added = FlowPiece.lines(of: set, x: state.frame.left, gapBefore: line.style.spaceBefore)
                if !line.footnotes.isEmpty {
                    // Each line carries the footnotes it calls, so they land on its page.
                    for (i, setLine) in set.lines.enumerated() where i < added.count {
                        added[i].footnotes = setLine.footnotes.compactMap { number in
                            line.footnotes.first { $0.number == number }.map { typesetter.set($0.line, measure: state.frame.measure) }
                        }
                    }
                }
                keepWithNext = line.keepWithNext
                spaceAfter = line.style.spaceAfter
            case .addressees(let addressees):
                added = [AddresseeComposer(typesetter: typesetter, profile: profile).compose(addressees)]
                keepWithNext = true
                spaceAfter = addressees.label.style.spaceAfter
            case .signature(let signature):
                added = [SignatureComposer(typesetter: typesetter, profile: profile).compose(signature, columns: state.columns ?? defaultColumns)]
            case .table(let table):
                added = TableComposer(typesetter: typesetter, frame: state.frame).compose(table, gapBefore: profile.style(.body).paragraph.spaceBefore)
                spaceAfter = profile.style(.body).paragraph.spaceBefore
            case .copy(let copy):
                added = [CopyComposer(typesetter: typesetter, profile: profile).compose(copy, columns: state.columns ?? defaultColumns)]
            case .group(let inner):
                // Compose the group on its own, then forbid every break inside it.
                var sub = ComposeState(frame: state.frame)
                sub.columns = state.columns
                compose(inner, typesetter: typesetter, state: &sub)
                added = sub.pieces
                for i in added.indices.dropFirst() { added[i].canBreakBefore = false }
                keepWithNext = sub.keepWithPrevious
                spaceAfter = sub.gapAfterPrevious
            case .pageBreak(let restart, let landscape):
                state.newPage = (true, restart || state.newPage.restart, landscape)
                state.frame = landscape ? landscapeFrame : portraitFrame
                continue
            }
            guard !added.isEmpty else { continue }
            added[0].gapBefore += state.gapAfterPrevious
            if state.keepWithPrevious { added[0].canBreakBefore = false }
            if state.newPage.pending {
                added[0].startsNewPage = true
                added[0].restartsNumbering = state.newPage.restart
                added[0].pageSize = state.newPage.landscape ? profile.page.landscape : profile.page
                state.newPage = (false, false, false)
            }
            state.pieces += added
            state.keepWithPrevious = keepWithNext
            state.gapAfterPrevious = spaceAfter
        }
    }

    private var portraitFrame: Frame { Frame(left: profile.margins.left, measure: profile.measure) }

    /// A landscape page keeps the margins on the same sides of the text.
    private var landscapeFrame: Frame {
        Frame(left: profile.margins.left, measure: profile.page.landscape.width - profile.margins.left - profile.margins.right)
    }

    /// The page's footnotes at the foot of its text, under a short rule (a third of the text width).
    private func footnoteItems(_ page: PageFlow.PlacedPage, reserve: Length) -> [PageItem] {
        guard !page.notes.isEmpty else { return [] }
        let bottom = page.size.height - profile.margins.bottom - reserve
        var y = bottom - page.notesHeight
        let left = profile.margins.left, width = page.size.width - profile.margins.left - profile.margins.right
        let ruleY = y - PageFlow.noteSeparator / 2
        var items: [PageItem] = [.rule(Rule(role: .footnoteRule, from: Point(x: left, y: ruleY), to: Point(x: left + width / 3, y: ruleY),
                                            thickness: .pt(0.5)))]
        for slice in page.notes {
            for index in slice.lines {
                items += Emit.line(slice.block.lines[index], of: slice.block, x: left, baseline: y + slice.block.ascent)
                y += slice.block.lineHeight
            }
        }
        return items
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
        var items: [PageItem] = [.rule(Rule(role: .contactRule, from: Point(x: profile.margins.left, y: rule.thickness / 2),
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
            let line = StyledLine(role: .pageNumber, path: "", runs: [StyledText(String(number))], style: paragraph)
            // Centred on the text block, as the number field of the official files' header.
            let block = typesetter.set(line, measure: pages[index].size.width - profile.margins.left - profile.margins.right)
            var items: [PageItem] = []
            let metrics = shaper.metrics(.regular)
            let ascent = Length.pt(Double(metrics.ascender) * style.size.points / Double(metrics.unitsPerEm))
            Emit.block(block, x: profile.margins.left, top: style.top + ascent - block.ascent, into: &items)
            pages[index].items.insert(contentsOf: items, at: 0)  // first, so extraction reads it at the top
        }
    }

    /// How a message names the part a flow piece holds.
    static func partTerm(role: Role) -> MessageTerm {
        switch role {
        case .tableRow, .tableHeaderRow: .partTableRow
        case .signature: .partSignature
        case .paragraph, .listItem: .partParagraph
        case .addressees: .partAddressees
        default: .partBlock
        }
    }
}
