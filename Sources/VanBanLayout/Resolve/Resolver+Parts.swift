import VanBanModel
import VanBanPages
import VanBanProfile

extension Resolver {
    /// Urgency, secrecy, circulation and draft marks in their profile styles and frames.
    mutating func marks() -> StyledMarks? {
        let marks = document.marks
        guard !marks.isEmpty else { return nil }
        func mark(_ text: String?, _ element: Element, _ role: Role) -> StyledMark? {
            guard let text else { return nil }
            let style = profile.style(element)
            return StyledMark(line: line(role, "/marks/\(role.rawValue)", text, element), frame: style.frame)
        }
        return StyledMarks(secrecy: mark(marks.secrecy, .secrecy, .secrecy), urgency: mark(marks.urgency, .urgency, .urgency),
                           circulation: mark(marks.circulation, .circulation, .circulation), draft: mark(marks.draft, .draft, .draft))
    }

    /// Each Phụ lục on a new page (turned for a landscape one) with its own page numbers:
    /// `Phụ lục I` (Roman numbers when there are several), the title, the `(Kèm theo …)` line and a
    /// short rule, then its content (NĐ30 PL I, III.1). The document's appendices follow its
    /// signature; an attached text's own appendices follow that text (`attachmentBlocks`).
    mutating func appendixBlocks(_ appendices: [Appendix], path appendicesPath: String) -> [StyledBlock] {
        var blocks: [StyledBlock] = []
        let several = appendices.count > 1
        for (i, appendix) in appendices.enumerated() {
            let path = JSONPointer.appending(appendicesPath, index: i)
            blocks.append(.pageBreak(restartNumbering: true, landscape: appendix.landscape))
            let label = appendix.label ?? (several ? "Phụ lục \(ListBlock.roman(i + 1))" : "Phụ lục")
            var lines: [StyledLine] = []
            if !label.isEmpty {
                lines.append(line(.appendixLabel, JSONPointer.appending(path, key: "label"), label, .appendixLabel, keepWithNext: true))
            }
            if !appendix.title.isEmpty {
                lines.append(line(.appendixTitle, JSONPointer.appending(path, key: "title"), appendix.title.joined(separator: "\n"),
                                  .appendixTitle, keepWithNext: true))
            }
            let reference = appendix.reference ?? referenceLine()
            if !reference.isEmpty {
                lines.append(line(.appendixReference, JSONPointer.appending(path, key: "reference"), reference, .appendixReference,
                                  keepWithNext: true))
            }
            blocks += lines.map(StyledBlock.paragraph)
            blocks += body(appendix.body, path: JSONPointer.appending(path, key: "body"), closing: "")
        }
        return blocks
    }

    /// The block of a paper copy: the copying body, `Số: 15/SY-UBND`, `SAO Y`, place and date,
    /// signature and Nơi nhận.
    mutating func copyBlock() -> [StyledBlock] {
        guard let copy = document.copy else { return [] }
        let issuer = copy.issuer.parent.enumerated().map { i, text in
            line(.copyParent, JSONPointer.appending("/copy/issuer/parent", index: i), text, .parent)
        } + copy.issuer.name.enumerated().map { i, text in
            line(.copyIssuer, JSONPointer.appending("/copy/issuer/name", index: i), text, .issuer)
        }
        let number = copy.number.map { line(.copyNumber, "/copy/number", ContentFormat.number($0, format: numberFormat), .number) }
        let date = line(.copyDate, "/copy/date", ContentFormat.date(copy.date, place: copy.place, format: dateFormat), .date)
        let form = line(.copyForm, "/copy/form", copy.form, .copyForm)
        let signers = copy.signers.enumerated().map { i, signer in
            var styled = styledSigner(signer, path: JSONPointer.appending("/copy/signers", index: i))
            styled.boxNames = (.copySigner(i), .copySeal(i))
            return styled
        }
        var items: [StyledLine] = []
        var label: StyledLine?
        if !copy.distribution.isEmpty {
            label = line(.distributionLabel, "", profile.style(.distributionLabel).text ?? "Nơi nhận:", .distributionLabel)
            let punctuation = profile.style(.distribution).punctuation ?? ListPunctuation()
            items = ContentFormat.punctuate(copy.distribution, punctuation).enumerated().map { i, text in
                line(.distribution, JSONPointer.appending("/copy/distribution", index: i), text, .distribution)
            }
        }
        let signature = StyledSignature(signers: signers, distributionLabel: label, distribution: items, geometry: profile.signature)
        let thickness = profile.style(.contact).paragraph.rule?.thickness ?? .pt(0.6)
        return [.copy(StyledCopy(issuer: issuer, number: number, form: form, date: date, signature: signature, ruleThickness: thickness))]
    }
}
