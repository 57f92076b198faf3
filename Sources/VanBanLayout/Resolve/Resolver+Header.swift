import VanBanModel

extension Resolver {
    /// Header (ô 1–4, 5b). An attached text repeats the issuing body and the national title but
    /// has no number and no date of its own (NĐ30 PL I, III.1).
    mutating func header(attached: Bool) -> StyledHeader {
        let parent = document.issuer.parent.enumerated().map { i, text in
            line(.parent, JSONPointer.appending("/issuer/parent", index: i), text, .parent)
        }
        let issuer = document.issuer.name.enumerated().map { i, text in
            line(.issuer, JSONPointer.appending("/issuer/name", index: i), text, .issuer)
        }
        let markStyle = profile.style(.issuerMark)
        let mark = markStyle.enabled ? markStyle.text.map { line(.issuerMark, "", $0, .issuerMark) } : nil
        let issuerRule = markStyle.enabled && markStyle.text == nil ? markStyle.paragraph.rule : nil

        let titleStyle = profile.style(.nationalTitle)
        let nationalTitle = line(.nationalTitle, "", titleStyle.text ?? "", .nationalTitle)
        let mottoStyle = profile.style(.motto)
        let motto = mottoStyle.enabled ? line(.motto, "", mottoStyle.text ?? "", .motto) : nil
        let titleRule = motto == nil ? titleStyle.paragraph.rule : mottoStyle.paragraph.rule

        var number: StyledLine?
        var date: StyledLine?
        var subject: StyledLine?
        if !attached {
            if let value = document.number {
                number = line(.number, "/number", ContentFormat.number(value, format: numberFormat), .number)
            }
            if type.headerDate {
                date = line(.date, "/date", ContentFormat.date(document.date, place: document.place, format: dateFormat), .date)
            }
            if type.subjectUnderNumber, !document.subject.isEmpty {
                let prefix = profile.style(.subjectLine).prefix ?? ""
                subject = line(.subjectLine, "/subject", prefix + document.subject.joined(separator: "\n"), .subjectLine)
            }
        }
        return StyledHeader(parent: parent, issuer: issuer, issuerRule: issuerRule, issuerMark: mark,
                            nationalTitle: nationalTitle, motto: motto, titleRule: titleRule, number: number, date: date,
                            subject: subject, marks: attached ? nil : marks(),
                            signingInfo: attached ? [] : signingInfoLines(), geometry: profile.header)
    }

    /// Ô 14: the organ (or number and symbol) and the signing time in ISO 8601 with its offset.
    private mutating func signingInfoLines() -> [StyledLine] {
        guard let info = document.signingInfo else { return [] }
        return [line(.signingInfo, "/signingInfo/text", info.text, .signingInfo),
                line(.signingInfo, "/signingInfo/time", info.time.iso, .signingInfo)]
    }

    /// Tên loại, trích yếu and their rule (ô 5a), centred; an attached text adds its
    /// `(Kèm theo …)` line, and the rule goes under it.
    mutating func titleBlock(typeName: String?, subject: [String], path: String, reference: String?) -> [StyledBlock] {
        if type.subjectUnderNumber && reference == nil { return [] }
        var lines: [StyledLine] = []
        if let typeName, !typeName.isEmpty {
            lines.append(line(.typeName, document.title == nil ? "" : "/title", typeName, .typeName, keepWithNext: true))
        }
        if !subject.isEmpty {
            lines.append(line(.subject, path, subject.joined(separator: "\n"), .subject, keepWithNext: true))
        }
        if let reference {
            lines.append(line(.attachmentReference, path, reference, .attachmentReference, keepWithNext: true))
        }
        guard !lines.isEmpty else { return [] }
        // The rule (or the Party's dash line) goes under the last line of the block.
        let rule = profile.style(.subject).paragraph.rule
        for i in lines.indices { lines[i].style.rule = nil }
        let markStyle = profile.style(.subjectMark)
        if markStyle.enabled, let text = markStyle.text {
            lines.append(line(.subjectMark, "", text, .subjectMark, keepWithNext: true))
        } else {
            lines[lines.count - 1].style.rule = rule
        }
        return lines.map(StyledBlock.paragraph)
    }

    /// Kính gửi (ô 9a): several recipients get `- `, `;` and a final `.`; one stays on the label's line.
    mutating func addresseeBlock() -> [StyledBlock] {
        guard !document.addressees.isEmpty else { return [] }
        let style = profile.style(.addressees)
        let label = line(.addresseeLabel, document.addresseeLabel == nil ? "" : "/addresseeLabel",
                         document.addresseeLabel ?? type.addresseeLabel ?? style.text ?? "Kính gửi:", .addressees)
        let texts = document.addressees.count == 1 && document.addresseeLabel == nil
            ? [ContentFormat.bareItem(document.addressees[0])]
            : ContentFormat.punctuate(document.addressees, style.punctuation ?? ListPunctuation())
        let items = texts.enumerated().map { i, text in
            line(.addressee, JSONPointer.appending("/addressees", index: i), text, .addressees)
        }
        return [.addressees(StyledAddressees(label: label, items: items, offset: style.offset ?? .cm(3.5),
                                             labelAbove: document.addresseeLabel != nil))]
    }

    /// An attached text: a new page with its own page numbers, the header without number and
    /// date, its title and reference line, its content and its signature.
    mutating func attachmentBlocks(_ attachment: Attachment, path: String) -> [StyledBlock] {
        var blocks: [StyledBlock] = [.pageBreak(restartNumbering: true, landscape: false), .header(header(attached: true))]
        let typeName = attachment.title ?? profile.types[attachment.type]?.name
        if profile.types[attachment.type] == nil && attachment.title == nil {
            diagnostics.append(Diagnostic(.error, .modelUnknownTypeAttachment, path: JSONPointer.appending(path, key: "type"),
                                          ["type": .text(attachment.type), "profile": .text(profile.id)]))
        }
        blocks += titleBlock(typeName: typeName, subject: attachment.subject, path: JSONPointer.appending(path, key: "subject"),
                             reference: attachment.reference ?? referenceLine())
        blocks += body(attachment.body, path: JSONPointer.appending(path, key: "body"), closing: closingMark)
        blocks += signatureBlock(attachment.signers ?? document.signers, path: JSONPointer.appending(path, key: "signers"),
                                 distribution: false)
        blocks += appendixBlocks(attachment.appendices, path: JSONPointer.appending(path, key: "appendices"))
        return blocks
    }

    /// `(Kèm theo Quyết định số 05/QĐ-UBND ngày 05 tháng 3 năm 2024 của …)`, from the document.
    func referenceLine() -> String {
        let style = profile.style(.attachmentReference)
        var pattern = style.format ?? "(Kèm theo {type} số {number} ngày {day} tháng {month} năm {year} của {issuer})"
        if document.issuedBy == nil, let range = pattern.firstRange(of: " của {issuer}") { pattern.removeSubrange(range) }
        let name = (document.title ?? type.name ?? "văn bản").lowercased()
        let typeName = name.prefix(1).uppercased() + name.dropFirst()
        let numberPattern = numberFormat.pattern
        let numberOnly = numberPattern.firstRange(of: "{seq}").map { String(numberPattern[$0.lowerBound...]) } ?? "{seq}/{symbol}"
        let number = ContentFormat.number(document.number,
                                          format: NumberFormat(pattern: numberOnly, digits: numberFormat.digits, blank: "…"))
        let dateText = ContentFormat.date(document.date, place: nil,
                                          format: DateFormat(pattern: "{day}|{month}|{year}", paddedMonths: dateFormat.paddedMonths, blank: "…"))
        let parts = dateText.split(separator: "|").map(String.init)
        return pattern.replacingAll("{type}", with: typeName).replacingAll("{number}", with: number)
            .replacingAll("{day}", with: parts[0]).replacingAll("{month}", with: parts[1]).replacingAll("{year}", with: parts[2])
            .replacingAll("{issuer}", with: document.issuedBy ?? "")
    }
}
