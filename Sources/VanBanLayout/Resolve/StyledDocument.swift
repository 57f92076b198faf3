import VanBanModel
import VanBanPages
import VanBanProfile

/// The document after `resolve`: every block has its style, its fixed strings, punctuation and
/// formatted values; text is NFC and its markup parsed. Layout reads only this.
public struct StyledDocument: Sendable {
    public var blocks: [StyledBlock]
    /// Contact lines at the foot of page 1 (ô 13), under a full-width rule.
    public var footer: [StyledLine]
    public var info: DocumentInfo
    /// Warnings and notes found while resolving.
    public var diagnostics: [Diagnostic]
}

/// A block of the flow, top to bottom.
public enum StyledBlock: Sendable {
    case paragraph(StyledLine)
    case header(StyledHeader)
    case addressees(StyledAddressees)
    case signature(StyledSignature)
    case table(StyledTable)
    /// Blocks kept on one page.
    case group([StyledBlock])
    /// The block of a paper copy, under a full-width rule.
    case copy(StyledCopy)
    /// Starts a new page; `restartNumbering` starts a new page-number series (an attached text, an
    /// appendix); `landscape` turns the pages from here on (until the next break).
    case pageBreak(restartNumbering: Bool, landscape: Bool)
}

/// A paragraph or line with its style.
public struct StyledLine: Sendable {
    /// What it is (`date`, `issuer`, `paragraph`, `article`, …).
    public var role: Role
    /// JSON pointer of its source.
    public var path: String
    public var runs: [StyledText]
    public var style: ParagraphStyle
    /// Never end a page after it.
    public var keepWithNext: Bool
    /// Footnotes called in this text, by number.
    public var footnotes: [StyledFootnote]

    public init(role: Role, path: String, runs: [StyledText], style: ParagraphStyle, keepWithNext: Bool = false,
                footnotes: [StyledFootnote] = []) {
        self.role = role
        self.path = path
        self.runs = runs
        self.style = style
        self.keepWithNext = keepWithNext
        self.footnotes = footnotes
    }
}

/// A footnote: its number (the mark in the text) and its text, set at the foot of the page.
public struct StyledFootnote: Sendable {
    public var number: Int
    public var line: StyledLine
}

/// A table, resolved: every cell a styled line, the STT column added, spans kept.
public struct StyledTable: Sendable {
    public var path: String
    /// The columns, the added STT column first when `numbered`.
    public var columns: [TableColumn]
    /// The rows are numbered in an STT column VanBan adds.
    public var numbered: Bool
    public var header: [[StyledCell]]
    public var rows: [StyledRow]
    public var caption: StyledLine?
    /// `Đơn vị tính: …`, right-aligned above the table.
    public var unit: StyledLine?
    public var geometry: TableGeometry
}

/// A cell of a resolved table.
public struct StyledCell: Sendable {
    public var line: StyledLine
    public var colspan: Int
    public var rowspan: Int
    /// `top`, `middle`, `bottom`.
    public var valign: VerticalAlignment
}

/// A row of cells, or a group row across the table.
public enum StyledRow: Sendable {
    /// A row's cells, and its JSON pointer.
    case cells([StyledCell], path: String)
    case group(StyledLine)
}

/// A paper copy's block (NĐ30 PL I, Phần II).
public struct StyledCopy: Sendable {
    public var issuer: [StyledLine]
    public var number: StyledLine?
    public var form: StyledLine
    public var date: StyledLine?
    public var signature: StyledSignature
    public var ruleThickness: Length
}

/// A stamp or note: its text and, for a stamp, its frame.
public struct StyledMark: Sendable {
    public var line: StyledLine
    public var frame: FrameStyle?
}

/// Stamps and notes placed around the header (ô 10a, 10b, 11).
public struct StyledMarks: Sendable {
    /// Secrecy mark (ô 10a), left, under the number.
    public var secrecy: StyledMark?
    /// Urgency stamp (ô 10b), left, under the secrecy mark.
    public var urgency: StyledMark?
    /// Circulation note (ô 11), in the top margin above the right column.
    public var circulation: StyledMark?
    /// Draft note (HD36 ô 11b), in the top margin above the right column.
    public var draft: StyledMark?
}

/// The header (ô 1–5b): issuing body and number on the left, national title, motto and date on the right.
public struct StyledHeader: Sendable {
    public var parent: [StyledLine]
    public var issuer: [StyledLine]
    /// Rule under the issuer (NĐ30) or a text mark (`*`, Party).
    public var issuerRule: RuleStyle?
    public var issuerMark: StyledLine?
    public var nationalTitle: StyledLine
    public var motto: StyledLine?
    /// Rule under the motto, or under the national title when there is no motto (Party).
    public var titleRule: RuleStyle?
    public var number: StyledLine?
    public var date: StyledLine?
    /// Trích yếu of a công văn under the number (`V/v …`).
    public var subject: StyledLine?
    public var marks: StyledMarks?
    /// Ô 14: who signed and when, at the top right of page 1.
    public var signingInfo: [StyledLine]
    public var geometry: HeaderGeometry
}

/// Kính gửi (ô 9a): the label and the recipients, already punctuated.
public struct StyledAddressees: Sendable {
    public var label: StyledLine
    public var items: [StyledLine]
    /// Distance of the label from the left edge of the text area.
    public var offset: Length
    /// The label on its own centred line and the items under it (a công điện).
    public var labelAbove: Bool
}

/// Signatures (ô 7) and Nơi nhận (ô 9b).
public struct StyledSignature: Sendable {
    public var signers: [StyledSigner]
    public var distributionLabel: StyledLine?
    public var distribution: [StyledLine]
    public var geometry: SignatureGeometry
}

/// One signer's lines: above the signature space, and from the name down; the images that go
/// in the space.
public struct StyledSigner: Sendable {
    public var above: [StyledLine]
    public var below: [StyledLine]
    public var signature: PNGImage?
    public var seal: PNGImage?
    public var sealSize: Length?
    /// The names of its boxes (`signer:0`, `seal:0`; `copy-signer:0` for a copy's); nil for a
    /// signature that is only printed (an attached text repeats the document's).
    public var boxNames: (signature: Role, seal: Role)?
}

extension StyledLine {
    /// A lead-in (`… như sau:`, `1. Khung giá:`): it ends with a colon, so it stays on the page of
    /// what it introduces (the first row of a table, the first item of a list, the next paragraph).
    var introducesWhatFollows: Bool {
        guard let last = runs.last(where: { !$0.text.allSatisfy(\.isWhitespace) }) else { return false }
        return last.footnote == nil && last.text.last(where: { !$0.isWhitespace }) == ":"
    }
}
