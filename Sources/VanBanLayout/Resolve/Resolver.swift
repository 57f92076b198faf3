import VanBanModel
import VanBanPages
import VanBanProfile

/// Document + profile → styled document (docs/architecture.md, "One render"): picks each element's
/// style, writes the fixed strings, formats the number and the date, adds the punctuation.
public struct Resolver {
    let document: Document
    let profile: Profile
    let type: DocumentTypeStyle
    var diagnostics: [Diagnostic] = []
    /// Footnotes are numbered through the whole document.
    var footnoteCount = 0
    /// Signature and seal images by their reference in the document (loaded by the caller).
    var images: [String: PNGImage] = [:]

    /// Resolves `document` with `profile`; an unknown document type is an error.
    public static func resolve(_ document: Document, profile: Profile,
                               images: [String: PNGImage] = [:]) throws(DiagnosticError) -> StyledDocument {
        guard let type = profile.types[document.type] else {
            let known = profile.types.keys.sorted()
            let close = known.min { editDistance($0, document.type) < editDistance($1, document.type) }
            let arguments: [String: MessageArgument] = ["type": .text(document.type), "profile": .text(profile.id), "types": .texts(known)]
            if let close, editDistance(close, document.type) <= 3 {
                throw DiagnosticError([Diagnostic(.error, .modelUnknownTypeSuggestion, path: "/type", arguments.merging(["suggestion": .text(close)]) { $1 })])
            }
            throw DiagnosticError([Diagnostic(.error, .modelUnknownType, path: "/type", arguments)])
        }
        var resolver = Resolver(document: document, profile: profile, type: type)
        resolver.images = images
        return resolver.run()
    }

    private mutating func run() -> StyledDocument {
        var blocks: [StyledBlock] = [.header(header(attached: false))]
        blocks += titleBlock(typeName: document.title ?? type.name, subject: document.subject, path: "/subject",
                             reference: nil)
        blocks += authorityLines()
        blocks += addresseeBlock()
        blocks += bases()
        blocks += decisionLine()
        blocks += body(document.body, path: "/body", closing: closingMark)
        blocks += signatureBlock(document.signers, path: "/signers", distribution: true)
        blocks += copyBlock()
        blocks += appendixBlocks(document.appendices, path: "/appendices")
        for (i, attachment) in document.attachments.enumerated() {
            blocks += attachmentBlocks(attachment, path: JSONPointer.appending("/attachments", index: i))
        }
        return StyledDocument(blocks: blocks, footer: footer(), info: info(), diagnostics: diagnostics)
    }

    /// A line of text in `element`'s style (NFC, markup parsed; markup warnings kept).
    mutating func line(_ role: Role, _ path: String, _ text: String, _ element: Element,
                       keepWithNext: Bool = false) -> StyledLine {
        let parsed = InlineMarkup.parse(TextNormalizer.nfc(text), path: path)
        diagnostics += parsed.warnings
        var runs = parsed.runs
        var footnotes: [StyledFootnote] = []
        for i in runs.indices {
            guard let index = runs[i].footnote else { continue }
            footnoteCount += 1
            runs[i].text = String(footnoteCount)
            runs[i].footnote = footnoteCount
            footnotes.append(footnote(footnoteCount, parsed.footnotes[index], path: path))
        }
        return StyledLine(role: role, path: path, runs: runs, style: profile.style(element).paragraph,
                          keepWithNext: keepWithNext, footnotes: footnotes)
    }

    /// A footnote's line: its number raised, then its text (whose own `^[…]` are dropped).
    private mutating func footnote(_ number: Int, _ text: String, path: String) -> StyledFootnote {
        let parsed = InlineMarkup.parse(TextNormalizer.nfc(text), path: path)
        diagnostics += parsed.warnings
        let runs = [StyledText(String(number), InlineStyle(superscript: true)), StyledText(" ")] + parsed.runs.filter { $0.footnote == nil }
        var style = profile.style(.footnote).paragraph
        style.firstLineIndent = .zero
        return StyledFootnote(number: number, line: StyledLine(role: .footnote, path: path, runs: runs, style: style))
    }

    var closingMark: String { document.closing ?? type.closing ?? profile.closing }

    private mutating func authorityLines() -> [StyledBlock] {
        document.authority.enumerated().map { i, text in
            .paragraph(line(.authority, JSONPointer.appending("/authority", index: i), text, .authority, keepWithNext: true))
        }
    }

    private mutating func bases() -> [StyledBlock] {
        var punctuation = profile.style(.bases).punctuation ?? ListPunctuation(prefix: "", separator: ";", final: ".")
        if let before = punctuation.finalBeforeDecision, !(document.decision ?? type.decision ?? "").isEmpty {
            punctuation.final = before
        }
        return ContentFormat.punctuate(document.bases, punctuation).enumerated().map { i, text in
            .paragraph(line(.basis, JSONPointer.appending("/bases", index: i), text, .bases))
        }
    }

    private mutating func decisionLine() -> [StyledBlock] {
        guard let text = document.decision ?? type.decision, !text.isEmpty else { return [] }
        return [.paragraph(line(.decision, document.decision == nil ? "" : "/decision", text, .decision, keepWithNext: true))]
    }

    private mutating func footer() -> [StyledLine] {
        document.contact.enumerated().map { i, text in line(.contact, JSONPointer.appending("/contact", index: i), text, .contact) }
    }

    private func info() -> DocumentInfo {
        let plain: (String) -> String = { InlineMarkup.parse(TextNormalizer.nfc($0)).plainText.replacingAll("\n", with: " ") }
        let title = document.subject.isEmpty ? (document.title ?? type.name) : document.subject.map(plain).joined(separator: " ")
        let author = (document.issuer.parent + document.issuer.name).map(plain).joined(separator: " ")
        let number = document.number.map { ContentFormat.number($0, format: numberFormat) }
        return DocumentInfo(title: title.map(plain), author: author.isEmpty ? nil : author, subject: number,
                            keywords: document.keywords.map(TextNormalizer.nfc), created: document.creationTimestamp)
    }

    var numberFormat: NumberFormat {
        let style = profile.style(.number)
        return NumberFormat(pattern: style.format ?? "Số: {seq}/{symbol}", digits: style.digits ?? 2)
    }

    var dateFormat: DateFormat {
        let style = profile.style(.date)
        return DateFormat(pattern: style.format ?? DateFormat().pattern, paddedMonths: style.paddedMonths ?? [1, 2])
    }
}
