import VanBanModel

/// What a laid-out line, rule, box, image or area is: the part of the document it belongs to.
/// The layout names it, the tests find lines by it, `--boxes` reports areas by it (`signer:0`)
/// and a tagged PDF's structure is built from it. Its name is how it is written in those reports.
public struct Role: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    /// The role's name (`national-title`, `signer:0`).
    public let rawValue: String
    /// A role by its name.
    public init(rawValue: String) { self.rawValue = rawValue }
    private init(_ name: String) { rawValue = name }
    public var description: String { rawValue }

    /// The rule drawn under a line of this role (`national-title-rule`).
    public var rule: Role { Role(rawValue + "-rule") }
    /// The frame drawn around a line of this role (`urgency-frame`).
    public var frame: Role { Role(rawValue + "-frame") }

    // The header (NĐ30 PL I, ô 1–5).
    /// The parent body's name (`parent`), the issuing body's (`issuer`) and the mark under it.
    public static let parent = Role("parent"), issuer = Role("issuer"), issuerMark = Role("issuer-mark")
    /// `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` and the motto under it.
    public static let nationalTitle = Role("national-title"), motto = Role("motto")
    /// `Số: …`, the place and date line, and a công văn's `V/v …` under the number.
    public static let number = Role("number"), date = Role("date"), subjectLine = Role("subject-line")
    /// The two header columns as one flow piece.
    public static let header = Role("header")
    /// The blanks left for the number and the day, month and year (`--boxes`).
    public static let dateDay = Role("date:day"), dateMonth = Role("date:month"), dateYear = Role("date:year")
    /// Urgency, secrecy, circulation and draft marks (NĐ30 PL I, III.2), and the stamp area.
    public static let urgency = Role("urgency"), secrecy = Role("secrecy"), circulation = Role("circulation"), draft = Role("draft")
    /// The area a receiving office stamps.
    public static let stamp = Role("stamp")
    /// The signing information of a digitally signed copy.
    public static let signingInfo = Role("signing-info")

    // Title and opening.
    /// The type's name, the trích yếu, the mark under them and a Phụ lục's reference line.
    public static let typeName = Role("type-name"), subject = Role("subject"), subjectMark = Role("subject-mark")
    /// `(Kèm theo …)` under an attached text's title.
    public static let attachmentReference = Role("attachment-reference")
    /// `Kính gửi:` and its addressees, one by one and as one flow piece.
    public static let addresseeLabel = Role("addressee-label"), addressee = Role("addressee"), addressees = Role("addressees")
    /// The issuing authority's lines, the bases (`Căn cứ …`) and `QUYẾT ĐỊNH:`.
    public static let authority = Role("authority"), basis = Role("basis"), decision = Role("decision")

    // The body.
    /// A paragraph, a centred line and a list item.
    public static let paragraph = Role("paragraph"), centered = Role("centered"), listItem = Role("list-item")
    /// A table's header cell, body cell, group row, caption and unit line.
    public static let tableHeader = Role("table-header"), tableCell = Role("table-cell"), tableGroup = Role("table-group")
    /// A table's caption and its unit line.
    public static let tableCaption = Role("table-caption"), tableUnit = Role("table-unit")
    /// A table's rows as flow pieces, and its borders.
    public static let tableHeaderRow = Role("table-header-row"), tableRow = Role("table-row"), tableBorder = Role("table-border")
    /// A footnote, the short rule above the footnotes, and an underline drawn under text.
    public static let footnote = Role("footnote"), footnoteRule = Role("footnote-rule"), underline = Role("underline")
    /// The page number.
    public static let pageNumber = Role("page-number")

    /// A heading's label line (`Chương I`, `Điều 1.`).
    public static func heading(_ kind: Heading.Kind) -> Role { Role(kind.rawValue) }
    /// A heading's title line, under its label.
    public static func headingTitle(_ kind: Heading.Kind) -> Role { Role(kind.rawValue + "-title") }

    // Signature and Nơi nhận.
    /// The signature block as one flow piece, its box and its seal (without a distribution list).
    public static let signature = Role("signature"), seal = Role("seal")
    /// The signer's caption, authority, title, name and the line after it.
    public static let signerCaption = Role("signer-caption"), signerAuthority = Role("signer-authority"), signerTitle = Role("signer-title")
    /// The signer's name and the line after it.
    public static let signerName = Role("signer-name"), signerAfter = Role("signer-after")
    /// Signature and seal images.
    public static let signatureImage = Role("signature-image"), sealImage = Role("seal-image")
    /// The signature box and the seal box of signer `index` (`signer:0`, `seal:0`).
    public static func signer(_ index: Int) -> Role { Role("signer:\(index)") }
    /// The seal box of signer `index`.
    public static func seal(_ index: Int) -> Role { Role("seal:\(index)") }
    /// `Nơi nhận:` and its lines; the drafter's initials; the contact lines and their rule.
    public static let distributionLabel = Role("distribution-label"), distribution = Role("distribution"), drafter = Role("drafter")
    /// The contact lines at the foot of the last page, and the rule above them.
    public static let contact = Role("contact"), contactRule = Role("contact-rule")

    // Appendices and copies.
    /// A Phụ lục's label, title and reference line.
    public static let appendixLabel = Role("appendix-label"), appendixTitle = Role("appendix-title"), appendixReference = Role("appendix-reference")
    /// A paper copy's block and its rule.
    public static let copy = Role("copy"), copyRule = Role("copy-rule")
    /// A copy's issuer lines, number, date and form.
    public static let copyParent = Role("copy-parent"), copyIssuer = Role("copy-issuer"), copyNumber = Role("copy-number")
    /// A copy's date and form (`SAO Y`).
    public static let copyDate = Role("copy-date"), copyForm = Role("copy-form")
    /// The signature and seal boxes of a copy's signer `index`.
    public static func copySigner(_ index: Int) -> Role { Role("copy-signer:\(index)") }
    /// The seal box of a copy's signer `index`.
    public static func copySeal(_ index: Int) -> Role { Role("copy-seal:\(index)") }
}
