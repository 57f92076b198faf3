import VanBanModel

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

    /// The columns: the right one just wide enough for its widest line (inside the profile's
    /// bounds), the left one takes the rest of the text width.
    func columns(for header: StyledHeader) -> HeaderColumns {
        let geometry = header.geometry
        let measure = profile.measure
        var widest = typesetter.naturalWidth(header.nationalTitle)
        if let motto = header.motto { widest = max(widest, typesetter.naturalWidth(motto)) }
        if let date = header.date { widest = max(widest, typesetter.naturalWidth(date)) }
        let need = widest + geometry.padding * 2
        // The national title and the motto never wrap: at the smallest size of their range they
        // must fit, even if the column has to grow past its usual share.
        var smallest = Length.zero
        for line in [header.nationalTitle] + (header.motto.map { [$0] } ?? []) {
            let size = line.style.sizeRange?.lowerBound ?? line.style.size.points
            smallest = max(smallest, typesetter.naturalWidth(line, style: line.style.sized(size)))
        }
        let right = min(max(need, measure * geometry.rightMin), max(measure * geometry.rightMax, smallest + geometry.padding * 2))
        let left = profile.margins.left
        return HeaderColumns(leftX: left, leftWidth: measure - right, rightX: left + measure - right, rightWidth: right)
    }

    /// The header piece and the columns it used.
    func compose(_ header: StyledHeader, columns given: HeaderColumns? = nil) -> (FlowPiece, HeaderColumns) {
        let columns = given ?? self.columns(for: header)
        let pad = header.geometry.padding
        let leftInner = (x: columns.leftX + pad, width: columns.leftWidth - pad * 2)
        let rightInner = (x: columns.rightX + pad, width: columns.rightWidth - pad * 2)
        // Each column collects its own items; the left column is drawn first, so extraction
        // reads the header as a person does (issuing body, number, V/v; then title, date).
        var items: [PageItem] = []
        var right: [PageItem] = []

        // Left: parent body, issuing body, its rule or mark.
        var yLeft = Length.zero
        let bodyLines = fitIssuer(header.parent + header.issuer, measure: leftInner.width)
        var lastIssuerBlock: SetBlock?
        for block in bodyLines {
            yLeft = Emit.block(block, x: leftInner.x, top: yLeft, into: &items)
            lastIssuerBlock = block
        }
        if let rule = header.issuerRule, let block = lastIssuerBlock, let last = block.lines.last {
            let baseline = yLeft - block.lineHeight + block.ascent
            yLeft = max(yLeft, Emit.rule(rule, under: last, x: leftInner.x, baseline: baseline, role: "issuer-rule", into: &items))
        }
        if let mark = header.issuerMark {
            yLeft = Emit.block(typesetter.set(mark, measure: leftInner.width), x: leftInner.x, top: yLeft, into: &items)
        }

        // Right: national title, motto, the rule under the last of them.
        var yRight = Length.zero
        let title = typesetter.setOnOneLine(header.nationalTitle, measure: rightInner.width, what: "the national title")
        let motto = header.motto.map { typesetter.setOnOneLine($0, measure: rightInner.width, what: "the motto") }
        yRight = Emit.block(title, x: rightInner.x, top: yRight, into: &right, rule: motto == nil ? header.titleRule : .some(noRule))
        if let motto {
            yRight = Emit.block(motto, x: rightInner.x, top: yRight, into: &right, rule: header.titleRule ?? noRule)
        }

        // Number and date: on one baseline (NĐ30 PL I, II.4), or the date right under the title (HD36).
        let number = header.number.map { typesetter.set($0, measure: leftInner.width) }
        let date = header.date.map { typesetter.setOnOneLine($0, measure: rightInner.width, what: "the date line") }
        if header.geometry.datePlacement == "number-line" {
            let top = max(yLeft, yRight)
            let ascent = max(number?.ascent ?? .zero, date?.ascent ?? .zero)
            if let number { yLeft = Emit.block(number, x: leftInner.x, top: top + ascent - number.ascent, into: &items) }
            if let date { yRight = Emit.block(date, x: rightInner.x, top: top + ascent - date.ascent, into: &right) }
        } else {
            if let number { yLeft = Emit.block(number, x: leftInner.x, top: yLeft, into: &items) }
            if let date { yRight = Emit.block(date, x: rightInner.x, top: yRight, into: &right) }
        }
        // V/v under the number, with its own space before (NĐ30 PL I, II.5.b: 6 pt).
        if let subject = header.subject {
            let block = typesetter.set(subject, measure: leftInner.width)
            yLeft = Emit.block(block, x: leftInner.x, top: yLeft + subject.style.spaceBefore, into: &items)
        }
        let piece = FlowPiece(role: "header", height: max(yLeft, yRight), gapBefore: .zero, canBreakBefore: true,
                              items: items + right)
        return (piece, columns)
    }

    private var noRule: RuleStyle { RuleStyle(ratio: 0, thickness: .zero, gap: .zero) }

    /// The issuing body's lines, all at one size: the profile's, or a smaller size of its range
    /// when that keeps every line from wrapping (with a note); long names still wrap.
    private func fitIssuer(_ lines: [StyledLine], measure: Length) -> [SetBlock] {
        let natural = lines.map { typesetter.set($0, measure: measure) }
        guard natural.contains(where: { $0.lines.count > 1 }) else { return natural }
        var candidates: [Double] = []
        for line in lines {
            guard let range = line.style.sizeRange else { return natural }
            candidates.append(range.lowerBound)
        }
        let smallest = candidates.max() ?? 0
        var size = ((lines.map(\.style.size.points).max() ?? smallest) - 1).rounded(.up)
        while size >= smallest - 1e-9 {
            let sized = lines.map { typesetter.set($0, style: $0.style.sized(size), measure: measure) }
            if sized.allSatisfy({ $0.lines.count <= 1 }) {
                typesetter.warn(Diagnostic(.note, code: "LAYOUT.SIZE_IN_RANGE", path: "/issuer",
                                           message: "the issuing body set at \(size) pt so that no line wraps "
                                               + "(inside the range the standard allows)", hint: nil))
                return sized
            }
            size -= 1
        }
        return natural
    }
}
