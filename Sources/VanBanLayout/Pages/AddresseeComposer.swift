import VanBanModel
import VanBanPages
import VanBanProfile

/// Kính gửi (ô 9a) as one piece. One recipient: `Kính gửi: …` on one centred line. Several: the
/// first on the label's line, the others under it with their dashes aligned, each wrapping under
/// its own text (NĐ30 PL I, II.9.b). A công điện puts its label on a centred line of its own.
struct AddresseeComposer {
    let typesetter: Typesetter
    let profile: Profile

    func compose(_ block: StyledAddressees) -> FlowPiece {
        var items: [PageItem] = []
        let left = profile.margins.left, measure = profile.measure
        var plainLabel = block.label.style
        plainLabel.alignment = .left
        plainLabel.firstLineIndent = .zero
        var y = Length.zero
        if block.labelAbove {
            var centred = block.label
            centred.style.alignment = .center
            y = Emit.block(typesetter.set(centred, measure: measure), x: left, top: y, into: &items)
            let indent = profile.style(.body).paragraph.firstLineIndent
            for item in block.items {
                let style = itemStyle(item, measure: measure - indent)
                y = Emit.block(typesetter.set(item, style: style, measure: measure - indent), x: left + indent, top: y, into: &items)
            }
        } else if block.items.count == 1, let single = singleLine(block), single.lines.count == 1 {
            y = Emit.block(single, x: left, top: y, into: &items)
        } else {
            let label = typesetter.set(block.label, style: plainLabel, measure: measure)
            let labelWidth = label.width + block.label.style.size * 0.25  // and a space
            let widest = block.items.map { typesetter.naturalWidth($0, style: itemStyle($0, measure: measure)) }.max() ?? .zero
            let offset = max(.zero, min(block.offset, measure - labelWidth - widest))
            let itemX = left + offset + labelWidth
            let itemMeasure = measure - offset - labelWidth
            Emit.block(label, x: left + offset, top: .zero, into: &items)
            for item in block.items {
                let set = typesetter.set(item, style: itemStyle(item, measure: itemMeasure), measure: itemMeasure)
                y = Emit.block(set, x: itemX, top: y, into: &items)
            }
        }
        return FlowPiece(role: .addressees, height: y, gapBefore: block.label.style.spaceBefore, canBreakBefore: true,
                         items: items, path: "/addressees")
    }

    /// `Kính gửi: …` as one centred line, when it fits on one.
    private func singleLine(_ block: StyledAddressees) -> SetBlock? {
        var single = block.label
        single.runs += [StyledText(" ")] + block.items[0].runs
        single.path = block.items[0].path
        single.role = .addressee
        single.style.alignment = .center
        single.style.firstLineIndent = .zero
        return typesetter.set(single, measure: profile.measure)
    }

    /// Left-aligned, no indent, continuation lines under the text after the dash.
    private func itemStyle(_ item: StyledLine, measure: Length) -> ParagraphStyle {
        var style = item.style
        style.alignment = .left
        style.firstLineIndent = .zero
        style.spaceBefore = .zero
        style.hangingIndent = typesetter.hangingIndent(item)
        return style
    }
}
