import VanBanModel
import VanBanPages
import VanBanProfile

/// Signatures (ô 7) and Nơi nhận (ô 9b) as one piece that never splits and never starts a page
/// alone: one signer sits in the right header column with Nơi nhận on the left, `Nơi nhận:` on
/// the baseline of the first signature line (NĐ30 PL I, II.9.c); several signers share the
/// width side by side and Nơi nhận goes under them.
struct SignatureComposer {
    let typesetter: Typesetter
    let profile: Profile

    func compose(_ signature: StyledSignature, columns: HeaderColumns) -> FlowPiece {
        var items: [PageItem] = []
        let measure = profile.measure, left = profile.margins.left
        var firstBaseline: Length?
        var rowBottom = Length.zero
        let count = signature.signers.count
        // One signer: the right header column. Two: the two header columns, so the right
        // signature keeps the header's centre line. Three or more: equal shares.
        let slots: [(x: Length, width: Length)] = (0..<count).map { i in
            switch (count, i) {
            case (1, _), (2, 1): (columns.rightX, columns.rightWidth)
            case (2, _): (columns.leftX, columns.leftWidth)
            default: (left + measure * (Double(i) / Double(count)), measure / Double(count))
            }
        }
        // Set every signer's lines first: names in a row share one baseline, under the tallest block.
        let above = zip(signature.signers, slots).map { signer, slot in signer.above.map { typesetter.set($0, measure: slot.width) } }
        let below = zip(signature.signers, slots).map { signer, slot in signer.below.map { typesetter.set($0, measure: slot.width) } }
        let aboveHeight = above.map { $0.reduce(Length.zero) { $0 + $1.height } }.max() ?? .zero
        let nameTop = aboveHeight + (above.contains { !$0.isEmpty } ? signature.geometry.space : .zero)
        for i in 0..<count {
            var y = Length.zero
            for block in above[i] {
                firstBaseline = firstBaseline ?? block.ascent
                y = Emit.block(block, x: slots[i].x, top: y, into: &items)
            }
            if !above[i].isEmpty {
                placeSignatureBoxes(signature.signers[i], slot: slots[i], top: aboveHeight, geometry: signature.geometry, into: &items)
            }
            y = max(y, nameTop)
            for block in below[i] {
                firstBaseline = firstBaseline ?? block.ascent
                y = Emit.block(block, x: slots[i].x, top: y, into: &items)
            }
            rowBottom = max(rowBottom, y)
        }
        var bottom = rowBottom
        // Nơi nhận is drawn before the signatures: extraction reads the left column first.
        var distribution: [PageItem] = []
        if let label = signature.distributionLabel {
            let width = count <= 1 ? columns.leftWidth : columns.leftWidth
            let labelBlock = typesetter.set(label, measure: width)
            let top: Length
            if count <= 1 {
                // Level with the first signature line: the same baseline.
                top = (firstBaseline ?? labelBlock.ascent) - labelBlock.ascent
            } else {
                top = rowBottom + signature.geometry.spaceBetweenRows
            }
            var y = Emit.block(labelBlock, x: left, top: max(.zero, top), into: &distribution)
            for item in signature.distribution {
                var style = item.style
                style.alignment = .left
                style.firstLineIndent = .zero
                style.hangingIndent = typesetter.hangingIndent(item)
                y = Emit.block(typesetter.set(item, style: style, measure: width), x: left, top: y, into: &distribution)
            }
            bottom = max(bottom, y)
        }
        return FlowPiece(role: .signature, height: bottom, gapBefore: signature.geometry.spaceBefore,
                         canBreakBefore: false, items: distribution + items, path: "/signers")
    }

    /// The signature box, centred in the signer's column in the space between the position line and
    /// the name; the seal box overlapping its left third, centred on it vertically (NĐ30 PL I, II.7.d
    /// and II.8; Điều 33: the seal covers about a third of the signature, on its left). Images go
    /// in their boxes; the boxes are reported as areas for signing tools.
    private func placeSignatureBoxes(_ signer: StyledSigner, slot: (x: Length, width: Length), top: Length,
                                     geometry: SignatureGeometry, into items: inout [PageItem]) {
        let width = min(geometry.boxWidth, slot.width)
        let box = Area(role: signer.boxNames?.signature ?? .signature, origin: Point(x: slot.x + (slot.width - width) / 2, y: top),
                       width: width, height: geometry.space)
        let sealWidth = signer.sealSize ?? geometry.sealSize
        let sealHeight = signer.seal.map { sealWidth * $0.aspect } ?? sealWidth
        let seal = Area(role: signer.boxNames?.seal ?? .seal,
                        origin: Point(x: box.origin.x + box.width / 3 - sealWidth, y: top + (box.height - sealHeight) / 2),
                        width: sealWidth, height: sealHeight)
        // The alternative texts of the images (docs/pdfa.md): whose signature, whose seal.
        let name = signer.below.filter { $0.role == .signerName }.map { $0.runs.map(\.text).joined() }.joined(separator: " ")
        if let image = signer.signature {
            // Fit inside the box, keeping its proportions, centred.
            let scale = min(box.width.points / Double(image.width), box.height.points / Double(image.height))
            let w = Length.pt(Double(image.width) * scale), h = Length.pt(Double(image.height) * scale)
            items.append(.image(ImageItem(role: .signatureImage,
                                          origin: Point(x: box.origin.x + (box.width - w) / 2, y: box.origin.y + (box.height - h) / 2),
                                          width: w, height: h, image: image, description: "Chữ ký của \(name)")))
        }
        if let image = signer.seal {
            items.append(.image(ImageItem(role: .sealImage, origin: seal.origin, width: seal.width, height: seal.height, image: image,
                                          description: "Dấu đóng trên chữ ký của \(name)")))
        }
        if signer.boxNames != nil { items += [.area(box), .area(seal)] }
    }
}
