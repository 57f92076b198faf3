import VanBanModel
import VanBanPages
import VanBanProfile

/// The block of a paper copy (NĐ30 PL I, Phần II; Mẫu 3.1) as one piece: a rule across the text,
/// the copying body and the copy's number on the left, `SAO Y` (or `SAO LỤC`, `TRÍCH SAO`) and the
/// place and date on the right, then the signature and Nơi nhận.
struct CopyComposer {
    let typesetter: Typesetter
    let profile: Profile

    func compose(_ copy: StyledCopy, columns: HeaderColumns) -> FlowPiece {
        var items: [PageItem] = []
        let left = profile.margins.left
        items.append(.rule(Rule(role: .copyRule, from: Point(x: left, y: copy.ruleThickness / 2),
                                to: Point(x: left + profile.measure, y: copy.ruleThickness / 2), thickness: copy.ruleThickness)))
        let top = copy.ruleThickness + .pt(6)
        let pad = profile.header.padding
        var yLeft = top, yRight = top
        for line in copy.issuer {
            yLeft = Emit.block(typesetter.set(line, measure: columns.leftWidth - pad * 2), x: columns.leftX + pad, top: yLeft, into: &items)
        }
        yRight = Emit.block(typesetter.set(copy.form, measure: columns.rightWidth - pad * 2), x: columns.rightX + pad, top: yRight,
                            into: &items)
        // The number and the date share a baseline, as in the header of an original.
        let number = copy.number.map { typesetter.set($0, measure: columns.leftWidth - pad * 2) }
        let date = copy.date.map { typesetter.set($0, measure: columns.rightWidth - pad * 2) }
        let row = max(yLeft, yRight)
        let ascent = max(number?.ascent ?? .zero, date?.ascent ?? .zero)
        if let number { yLeft = Emit.block(number, x: columns.leftX + pad, top: row + ascent - number.ascent, into: &items) }
        if let date { yRight = Emit.block(date, x: columns.rightX + pad, top: row + ascent - date.ascent, into: &items) }
        var height = max(yLeft, yRight)
        let signature = SignatureComposer(typesetter: typesetter, profile: profile).compose(copy.signature, columns: columns)
        let offset = height + copy.signature.geometry.spaceBefore
        items += signature.items.map { $0.shifted(by: offset) }
        height = offset + signature.height
        return FlowPiece(role: .copy, height: height, gapBefore: .pt(12), canBreakBefore: true, items: items)
    }
}
