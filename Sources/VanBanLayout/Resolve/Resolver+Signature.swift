import VanBanModel

extension Resolver {
    /// Signatures (ô 7) and, for the document itself, Nơi nhận (ô 9b) with the drafter (ô 12)
    /// appended to its last line.
    mutating func signatureBlock(_ signers: [Signer], path: String, distribution withDistribution: Bool) -> [StyledBlock] {
        let styledSigners = signers.enumerated().map { i, signer in
            var styled = styledSigner(signer, path: JSONPointer.appending(path, index: i))
            // An attached text repeats the document's signature: printed, not signed again.
            styled.boxNames = withDistribution ? (.signer(i), .seal(i)) : nil
            return styled
        }
        var label: StyledLine?
        var items: [StyledLine] = []
        if withDistribution, !document.distribution.isEmpty {
            let labelStyle = profile.style(.distributionLabel)
            label = line(.distributionLabel, "", labelStyle.text ?? "Nơi nhận:", .distributionLabel)
            var entries = document.distribution
            // Ô 12: on its own line when the profile styles it (HD36: 8 pt capitals), else at the
            // end of the last Nơi nhận line (NĐ30 Mẫu 1.1–1.5: "- Lưu: VT, TCCB, A.XX(05).").
            let ownLine = profile.style(.drafter).enabled
            if let drafter = document.drafter, !ownLine, let last = entries.indices.last {
                entries[last] = ContentFormat.bareItem(entries[last]) + ", " + drafter
            }
            let punctuation = profile.style(.distribution).punctuation ?? ListPunctuation()
            items = ContentFormat.punctuate(entries, punctuation).enumerated().map { i, text in
                line(.distribution, JSONPointer.appending("/distribution", index: i), text, .distribution)
            }
            if let drafter = document.drafter, ownLine { items.append(line(.drafter, "/drafter", drafter, .drafter)) }
        }
        guard !styledSigners.isEmpty || label != nil else { return [] }
        return [.signature(StyledSignature(signers: styledSigners, distributionLabel: label, distribution: items,
                                           geometry: profile.signature))]
    }

    mutating func styledSigner(_ signer: Signer, path: String) -> StyledSigner {
        var above: [StyledLine] = []
        for (i, text) in signer.caption.enumerated() {
            var caption = line(.signerCaption, JSONPointer.appending(JSONPointer.appending(path, key: "caption"), index: i),
                               text, .signatureAuthority)
            caption.style.uppercase = false
            above.append(caption)
        }
        for (i, text) in signer.authority.enumerated() {
            above.append(line(.signerAuthority, JSONPointer.appending(JSONPointer.appending(path, key: "authority"), index: i),
                              text, .signatureAuthority))
        }
        for (i, text) in signer.title.enumerated() {
            above.append(line(.signerTitle, JSONPointer.appending(JSONPointer.appending(path, key: "title"), index: i),
                              text, .signatureTitle))
        }
        var below: [StyledLine] = []
        if let name = signer.name { below.append(line(.signerName, JSONPointer.appending(path, key: "name"), name, .signatureName)) }
        for (i, text) in signer.after.enumerated() {
            below.append(line(.signerAfter, JSONPointer.appending(JSONPointer.appending(path, key: "after"), index: i),
                              text, .signatureAfter))
        }
        return StyledSigner(above: above, below: below, signature: signer.signature.flatMap { images[$0] },
                            seal: signer.seal.flatMap { images[$0] }, sealSize: signer.sealSize)
    }
}
