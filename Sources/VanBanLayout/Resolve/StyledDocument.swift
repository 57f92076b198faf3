import VanBanModel

/// The document after `resolve`: every block has its style, its text is NFC and its inline
/// markup parsed. Layout reads only this.
public struct StyledDocument: Sendable {
    public var blocks: [StyledBlock]
    public var info: DocumentInfo
    /// Warnings found while resolving (markup, normalisation).
    public var diagnostics: [Diagnostic]
}

/// One paragraph-like block.
public struct StyledBlock: Sendable {
    /// What the block is (`title`, `paragraph`).
    public var role: String
    /// JSON pointer of the source text.
    public var path: String
    public var runs: [StyledText]
    public var style: ParagraphStyle
    /// Never end a page after this block (a title stays with the text it introduces).
    public var keepWithNext: Bool
}

/// Document + profile → styled document (DESIGN.md §2, stage "resolve").
public enum Resolver {
    /// Resolves `document` with `profile`.
    public static func resolve(_ document: Document, profile: Profile) -> StyledDocument {
        var blocks: [StyledBlock] = []
        var diagnostics: [Diagnostic] = []
        func block(_ role: String, _ path: String, _ text: String, _ style: ParagraphStyle, keepWithNext: Bool = false) {
            let parsed = InlineMarkup.parse(TextNormalizer.nfc(text), path: path)
            diagnostics += parsed.warnings
            blocks.append(StyledBlock(role: role, path: path, runs: parsed.runs, style: style, keepWithNext: keepWithNext))
        }
        if let title = document.title { block("title", "/title", title, profile.title, keepWithNext: true) }
        for (i, paragraph) in document.body.enumerated() {
            block("paragraph", JSONPointer.appending("/body", index: i), paragraph, profile.body)
        }
        let plainTitle = document.title.map { InlineMarkup.parse(TextNormalizer.nfc($0)).plainText.replacingAll("\n", with: " ") }
        let info = DocumentInfo(title: plainTitle, author: document.author.map(TextNormalizer.nfc),
                                subject: document.subject.map(TextNormalizer.nfc),
                                keywords: document.keywords.map(TextNormalizer.nfc),
                                created: document.creationTimestamp)
        return StyledDocument(blocks: blocks, info: info, diagnostics: diagnostics)
    }
}
