import VanBanModel
import VanBanPages
import VanBanProfile

/// The two header columns, in page coordinates.
struct HeaderColumns {
    var leftX: Length
    var leftWidth: Length
    var rightX: Length
    var rightWidth: Length
    var rightCentre: Length { rightX + rightWidth / 2 }
}

/// Lays out the header (ô 1–4, 5b) as one piece: the issuing body, its rule and the number on
/// the left; the national title, the motto, its rule and the date on the right (NĐ30 PL I, IV).
struct HeaderComposer {
    let typesetter: Typesetter
    let profile: Profile

    /// The header piece and the columns it used (`HeaderPlan` chooses them with the sizes).
    func compose(_ header: StyledHeader) -> (FlowPiece, HeaderColumns) {
        let plan = HeaderPlan.choose(header, profile: profile, typesetter: typesetter)
        let columns = plan.columns
        let pad = header.geometry.padding
        let leftInner = (x: columns.leftX + pad, width: columns.leftWidth - pad * 2)
        let rightInner = (x: columns.rightX + pad, width: columns.rightWidth - pad * 2)
        // Each column collects its own items; the left column is drawn first, so extraction
        // reads the header as a person does (issuing body, number, V/v; then title, date).
        var items: [PageItem] = []
        var right: [PageItem] = []

        // Left: parent body, issuing body, the rule under the issuing body's widest line, or its mark.
        var yLeft = Length.zero
        if let size = plan.issuerSize {
            typesetter.warn(Diagnostic(.note, .layoutSizeInRangeIssuer, path: "/issuer", ["size": .decimal(size)]))
        }
        if !plan.authorLinesWhole {
            typesetter.warn(Diagnostic(.note, .layoutHeaderWraps, path: "/issuer", ["part": .term(.partIssuer)]))
        }
        var issuerLines: [SetLine] = []
        var lastIssuerBlock: SetBlock?
        for (index, line) in (header.parent + header.issuer).enumerated() {
            let block = typesetter.set(line, style: plan.issuerSize.map { line.style.sized($0) } ?? line.style, measure: leftInner.width)
            yLeft = Emit.block(block, x: leftInner.x, top: yLeft, into: &items)
            if index >= header.parent.count { issuerLines += block.lines }
            lastIssuerBlock = block
        }
        if let rule = header.issuerRule, let block = lastIssuerBlock, !issuerLines.isEmpty {
            let baseline = yLeft - block.lineHeight + block.ascent
            yLeft = max(yLeft, Emit.rule(rule, under: issuerLines, x: leftInner.x, baseline: baseline, role: Role.issuer.rule, into: &items))
        }
        if let mark = header.issuerMark {
            yLeft = Emit.block(typesetter.set(mark, measure: leftInner.width), x: leftInner.x, top: yLeft, into: &items)
        }

        // Right: national title, motto, the rule under the last of them.
        var yRight = Length.zero
        let title = typesetter.setOnOneLine(header.nationalTitle, measure: rightInner.width, what: .partNationalTitle)
        let motto = header.motto.map { typesetter.setOnOneLine($0, measure: rightInner.width, what: .partMotto) }
        yRight = Emit.block(title, x: rightInner.x, top: yRight, into: &right, rule: motto == nil ? header.titleRule : .some(noRule))
        if let motto {
            yRight = Emit.block(motto, x: rightInner.x, top: yRight, into: &right, rule: header.titleRule ?? noRule)
        }

        // Number and date: on one baseline (NĐ30 PL I, II.4), or the date right under the title (HD36).
        // A number wider than the widest left column breaks after a `/` or a `-`, never inside a word.
        let number = header.number.map { typesetter.set($0, measure: leftInner.width) }
        if !plan.numberWhole { typesetter.warn(Diagnostic(.note, .layoutHeaderWraps, path: "/number", ["part": .term(.partNumber)])) }
        let date = header.date.map { line -> SetBlock in
            guard let size = plan.dateSize else { return typesetter.setOnOneLine(line, measure: rightInner.width, what: .partDateLine) }
            typesetter.warn(Diagnostic(.note, .layoutSizeInRange, path: line.path, [
                "what": .term(.partDateLine), "size": .decimal(size), "natural": .decimal(line.style.size.points),
                "low": .decimal(line.style.sizeRange?.lowerBound ?? size), "high": .decimal(line.style.sizeRange?.upperBound ?? size),
            ]))
            return typesetter.set(line, style: line.style.sized(size), measure: rightInner.width)
        }
        if header.geometry.datePlacement == .numberLine {
            let top = max(yLeft, yRight)
            let ascent = max(number?.ascent ?? .zero, date?.ascent ?? .zero)
            if let number {
                let numberTop = top + ascent - number.ascent
                yLeft = Emit.block(number, x: leftInner.x, top: numberTop, into: &items)
                items += blankAreas(number, x: leftInner.x, top: numberTop, roles: [.number], whole: .number)
            }
            if let date {
                let dateTop = top + ascent - date.ascent
                yRight = Emit.block(date, x: rightInner.x, top: dateTop, into: &right)
                right += blankAreas(date, x: rightInner.x, top: dateTop, roles: Self.dateBlankRoles, whole: .date, alwaysWhole: true)
            }
        } else {
            if let number {
                items += blankAreas(number, x: leftInner.x, top: yLeft, roles: [.number], whole: .number)
                yLeft = Emit.block(number, x: leftInner.x, top: yLeft, into: &items)
            }
            if let date {
                right += blankAreas(date, x: rightInner.x, top: yRight, roles: Self.dateBlankRoles, whole: .date, alwaysWhole: true)
                yRight = Emit.block(date, x: rightInner.x, top: yRight, into: &right)
            }
        }
        // V/v under the number, with its own space before (NĐ30 PL I, II.5.b: 6 pt).
        if let subject = header.subject {
            let block = typesetter.set(subject, measure: leftInner.width)
            yLeft = Emit.block(block, x: leftInner.x, top: yLeft + subject.style.spaceBefore, into: &items)
        }
        if let marks = header.marks {
            yLeft = placeMarks(marks, columns: columns, below: yLeft, into: &items)
        }
        placeSigningInfo(header.signingInfo, into: &right)
        let piece = FlowPiece(role: .header, height: max(yLeft, yRight), gapBefore: .zero, canBreakBefore: true,
                              items: items + right)
        return (piece, columns)
    }

    /// Secrecy (ô 10a) and urgency (ô 10b) stamps at the left under the number; circulation (ô 11)
    /// and draft notes in the top margin above the right column (NĐ30 PL I, IV). Returns the new
    /// bottom of the left column.
    private func placeMarks(_ marks: StyledMarks, columns: HeaderColumns, below: Length, into items: inout [PageItem]) -> Length {
        var y = below
        for mark in [marks.secrecy, marks.urgency].compactMap({ $0 }) {
            y += .pt(6)
            y = stamp(mark, left: columns.leftX, top: y, into: &items)
        }
        // Above the header, bottom up: the circulation note nearest the header, the draft note above it.
        var bottom = -Length.mm(2)
        for mark in [marks.circulation, marks.draft].compactMap({ $0 }) {
            let height = mark.frame?.height ?? typesetter.set(mark.line, measure: columns.rightWidth).height
            let width = frameWidth(mark, measure: columns.rightWidth)
            _ = stamp(mark, left: columns.rightCentre - width / 2, top: bottom - height, into: &items)
            bottom -= height + .mm(1)
        }
        return y
    }

    private func frameWidth(_ mark: StyledMark, measure: Length) -> Length {
        let text = mark.line.runs.map(\.text).joined()
        if let frame = mark.frame {
            return frame.widths[text] ?? frame.widths[text.uppercased()] ?? typesetter.naturalWidth(mark.line) + frame.padding * 2
        }
        return min(typesetter.naturalWidth(mark.line), measure)
    }

    /// A stamp: its text centred in its frame (or alone); returns its bottom.
    private func stamp(_ mark: StyledMark, left: Length, top: Length, into items: inout [PageItem]) -> Length {
        let width = frameWidth(mark, measure: profile.measure)
        var style = mark.line.style
        style.alignment = .center
        style.firstLineIndent = .zero
        let block = typesetter.set(mark.line, style: style, measure: width)
        guard let frame = mark.frame else {
            return Emit.block(block, x: left, top: top, into: &items)
        }
        items.append(.box(Box(role: mark.line.role.frame, origin: Point(x: left, y: top), width: width, height: frame.height,
                              thickness: frame.thickness, color: style.color)))
        // Centre the capitals in the frame: cap height ≈ 0.66 em for Times metrics.
        let baseline = top + frame.height / 2 + style.size * 0.33
        Emit.block(block, x: left, top: baseline - block.ascent, into: &items)
        return top + frame.height
    }

    private var noRule: RuleStyle { RuleStyle(ratio: 0, thickness: .zero, gap: .zero) }

    /// Ô 14 at the top right of page 1, in the top margin, right-aligned on the text's edge.
    private func placeSigningInfo(_ lines: [StyledLine], into items: inout [PageItem]) {
        guard !lines.isEmpty else { return }
        let blocks = lines.map { line -> SetBlock in
            var style = line.style
            style.alignment = .right
            return typesetter.set(line, style: style, measure: profile.measure)
        }
        let height = blocks.reduce(Length.zero) { $0 + $1.height }
        var y = -height - .mm(2)
        let top = y
        for block in blocks { y = Emit.block(block, x: profile.margins.left, top: y, into: &items) }
        let width = blocks.flatMap(\.lines).map(\.width).max() ?? .zero
        items.append(.area(Area(role: .stamp, origin: Point(x: profile.margins.left + profile.measure - width, y: top),
                                width: width, height: height)))
    }

    /// Roles of the date's blanks, in order: the day, then the month, then the year (a partial date
    /// always knows its year, and knows its month when it knows its day).
    private static let dateBlankRoles: [Role] = [.dateDay, .dateMonth, .dateYear]

    /// Areas for the blanks (runs of no-break spaces) of a set line, named by `roles` in order;
    /// the whole line is reported as `whole` when there is no blank (or always, for the date).
    private func blankAreas(_ block: SetBlock, x: Length, top: Length, roles: [Role], whole: Role,
                            alwaysWhole: Bool = false) -> [PageItem] {
        guard let line = block.lines.first else { return [] }
        var spans: [(Length, Length)] = []
        for run in line.runs {
            let bytes = Array(run.text.utf8)
            var byte = 0, glyph = 0
            for cluster in run.clusters {
                let isBlank = bytes[byte..<(byte + Int(cluster.byteCount))].elementsEqual([0xC2, 0xA0])
                let start = run.origin.x + run.glyphs[glyph].x
                let next = glyph + Int(cluster.glyphCount)
                let end = next < run.glyphs.count ? run.origin.x + run.glyphs[next].x : run.origin.x + run.width
                if isBlank {
                    if let last = spans.last, abs((last.1 - start).points) < 0.01 { spans[spans.count - 1].1 = end } else { spans.append((start, end)) }
                }
                byte += Int(cluster.byteCount)
                glyph = next
            }
        }
        var areas: [PageItem] = []
        let height = block.lineHeight
        if spans.isEmpty || alwaysWhole {
            areas.append(.area(Area(role: whole, origin: Point(x: x + line.x, y: top), width: line.width, height: height)))
        }
        for (span, role) in zip(spans, roles) {
            areas.append(.area(Area(role: role, origin: Point(x: x + line.x + span.0, y: top), width: span.1 - span.0, height: height,
                                    isBlank: true)))
        }
        return areas
    }
}
