import VanBanModel

/// A layout profile (`layouts/<id>.json`, docs/profiles.md): the page, and the style, fixed
/// text and punctuation of every element. Each value in the file cites its source clause.
public struct Profile: Sendable, Hashable {
    public var id: String
    public var name: String
    public var page: PageSize
    public var margins: Margins
    /// The font family the standard asks for (`Times New Roman`); the faces in use should be it
    /// or one of `compatibleFamilies` (fonts/README.md).
    public var fontFamily: String
    /// Families with the same metrics as `fontFamily`, so the same line breaks (`Liberation Serif`).
    public var compatibleFamilies: [String] = []
    public var pageNumber: PageNumberStyle?
    /// Element styles by name (`body`, `nationalTitle`, `date`, …; see `Element`).
    public var elements: [String: ElementStyle]
    public var header: HeaderGeometry
    public var signature: SignatureGeometry
    public var table: TableGeometry
    /// Mark ending the content (NĐ30 models: `./.`).
    public var closing: String
    /// Document types by id (`cong-van`, `quyet-dinh`, …).
    public var types: [String: DocumentTypeStyle]
    /// The type ids in the order of the profile file (lists show them so).
    public var typeOrder: [String] = []
    /// What the thể thức checks need (`lint` in the file).
    public var lint: LintSettings

    public init(id: String, name: String, page: PageSize, margins: Margins, pageNumber: PageNumberStyle?,
                elements: [String: ElementStyle], header: HeaderGeometry = HeaderGeometry(),
                signature: SignatureGeometry = SignatureGeometry(), closing: String = "", types: [String: DocumentTypeStyle] = [:]) {
        self.id = id
        self.name = name
        self.page = page
        self.margins = margins
        self.fontFamily = "Times New Roman"
        self.pageNumber = pageNumber
        self.elements = elements
        self.header = header
        self.signature = signature
        self.table = TableGeometry()
        self.closing = closing
        self.types = types
        self.lint = LintSettings()
    }

    /// Width of the text area.
    public var measure: Length { page.width - margins.left - margins.right }

    /// The style of `element` (every profile defines all of them: the decoder checks).
    public func style(_ element: Element) -> ElementStyle {
        elements[element.rawValue] ?? ElementStyle(paragraph: elements[Element.body.rawValue]?.paragraph ?? ParagraphStyle(size: .pt(14)))
    }
}

/// The elements a profile styles.
public enum Element: String, Sendable, CaseIterable {
    case body, nationalTitle, motto, parent, issuer, issuerMark, number, date, subjectLine
    case typeName, subject, subjectMark, authority, bases, decision
    case part, partTitle, chapter, chapterTitle, section, sectionTitle, subsection, subsectionTitle, article, outline, list
    case addressees, signatureAuthority, signatureTitle, signatureName, signatureAfter
    case distributionLabel, distribution, drafter, contact, attachmentReference, centered
    case table, tableHeader, tableGroup, tableCaption
    case appendixLabel, appendixTitle, appendixReference, footnote
    case urgency, secrecy, circulation, draft, copyForm, signingInfo
}

/// One element's style, and what else it needs: a fixed text, a pattern, punctuation, a mark.
public struct ElementStyle: Sendable, Hashable {
    public var paragraph: ParagraphStyle
    /// Fixed text (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Kính gửi:`, `Nơi nhận:`, `*`).
    public var text: String?
    /// A pattern with `{…}` fields (the date line, the number, the attachment reference).
    public var format: String?
    /// Prefix of a line (`V/v `).
    public var prefix: String?
    public var punctuation: ListPunctuation?
    /// A distance the element needs besides its paragraph style (the Kính gửi block's offset).
    public var offset: Length?
    /// Months written with a leading zero (date).
    public var paddedMonths: Set<Int>?
    /// Smallest number of digits (number).
    public var digits: Int?
    /// Whether the element is placed (`motto: false` for a profile without one).
    public var enabled: Bool
    /// A frame around the text (stamps, NĐ30 PL I, III.2).
    public var frame: FrameStyle?

    public init(paragraph: ParagraphStyle, text: String? = nil, format: String? = nil, prefix: String? = nil,
                punctuation: ListPunctuation? = nil, offset: Length? = nil, paddedMonths: Set<Int>? = nil,
                digits: Int? = nil, enabled: Bool = true) {
        self.paragraph = paragraph
        self.text = text
        self.format = format
        self.prefix = prefix
        self.punctuation = punctuation
        self.offset = offset
        self.paddedMonths = paddedMonths
        self.digits = digits
        self.enabled = enabled
    }
}

/// A rectangle drawn around a stamp's text.
public struct FrameStyle: Sendable, Hashable {
    /// Frame height.
    public var height: Length
    /// Frame widths by text (`KHẨN` → 20 mm); other texts get their width plus twice `padding`.
    public var widths: [String: Length]
    public var thickness: Length
    public var padding: Length
    public init(height: Length, widths: [String: Length] = [:], thickness: Length = .pt(0.75), padding: Length = .mm(2)) {
        self.height = height
        self.widths = widths
        self.thickness = thickness
        self.padding = padding
    }
}

/// Table borders and cell padding.
public struct TableGeometry: Sendable, Hashable {
    /// Left and right padding inside a cell.
    public var padding: Length
    /// Top and bottom padding inside a cell.
    public var verticalPadding: Length
    public var border: Length
    public init(padding: Length = .mm(1.5), verticalPadding: Length = .pt(2), border: Length = .pt(0.5)) {
        self.padding = padding
        self.verticalPadding = verticalPadding
        self.border = border
    }
}

/// Page margins.
public struct Margins: Sendable, Hashable {
    public var top: Length, bottom: Length, left: Length, right: Length
    public init(top: Length, bottom: Length, left: Length, right: Length) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }
}

/// Page numbers: Arabic, centred in the top margin, from a given page on.
public struct PageNumberStyle: Sendable, Hashable {
    public var size: Length
    /// First page that shows its number (NĐ30: page 1 shows none).
    public var firstShown: Int
    /// Distance from the top edge of the sheet to the top of the number's line.
    public var top: Length

    public init(size: Length, firstShown: Int, top: Length) {
        self.size = size
        self.firstShown = firstShown
        self.top = top
    }
}

/// Where the header puts the place and date line (`datePlacement` in a profile).
public enum DatePlacement: String, Sendable, Hashable, CaseIterable {
    /// On the baseline of the number, in the right column (NĐ30 PL I, II.4).
    case numberLine = "number-line"
    /// Right under the national title's rule, in the right column (HD36).
    case belowTitle = "below-title"
}

/// The two header columns (ô 1–4) and where the date goes.
public struct HeaderGeometry: Sendable, Hashable {
    /// The right column's share of the text width: the column grows from `min` to hold the
    /// national title, the motto and the date on one line each, up to `max`.
    public var rightMin: Double
    public var rightMax: Double
    /// Room left free on each side of the right column's widest line.
    public var padding: Length
    /// Where the place and date line goes.
    public var datePlacement: DatePlacement
    /// Space between the header and what follows it.
    public var spaceAfter: Length

    public init(rightMin: Double = 0.55, rightMax: Double = 0.64, padding: Length = .mm(2),
                datePlacement: DatePlacement = .numberLine, spaceAfter: Length = .pt(12)) {
        self.rightMin = rightMin
        self.rightMax = rightMax
        self.padding = padding
        self.datePlacement = datePlacement
        self.spaceAfter = spaceAfter
    }
}

/// The signature block (ô 7, 9b).
public struct SignatureGeometry: Sendable, Hashable {
    /// Room between the position line and the name for the signature and the seal.
    public var space: Length
    /// Space between the end of the content and the block.
    public var spaceBefore: Length
    /// Space between a row of several signatures and the Nơi nhận below it.
    public var spaceBetweenRows: Length
    /// Width of the signature box (its height is `space`).
    public var boxWidth: Length
    /// Width of a seal drawn without a size of its own.
    public var sealSize: Length

    public init(space: Length = .mm(25), spaceBefore: Length = .pt(12), spaceBetweenRows: Length = .pt(12),
                boxWidth: Length = .mm(50), sealSize: Length = .mm(35)) {
        self.space = space
        self.spaceBefore = spaceBefore
        self.spaceBetweenRows = spaceBetweenRows
        self.boxWidth = boxWidth
        self.sealSize = sealSize
    }
}

/// What a document type shows (NĐ30 PL III).
public struct DocumentTypeStyle: Sendable, Hashable {
    /// Tên loại (`QUYẾT ĐỊNH`); nil for a công văn, which has none.
    public var name: String?
    /// What the type is called in lists (`Công văn`), for a type without a tên loại.
    public var label: String?
    /// Abbreviation in the symbol (`QĐ`), for checks.
    public var code: String?
    /// Other abbreviations issued documents of the type use (a Party quy định numbered `QĐ` as
    /// well as `QĐi`): a note, not an error.
    public var codeVariants: [String] = []
    /// The trích yếu goes under the number (`V/v …`, công văn) instead of under the tên loại.
    public var subjectUnderNumber: Bool
    /// Deciding line after the căn cứ (`QUYẾT ĐỊNH:`).
    public var decision: String?
    /// Whether the header shows the place and date (a biên bản does not).
    public var headerDate: Bool
    /// Replaces the profile's closing mark.
    public var closing: String?
    /// Replaces the profile's `Kính gửi:` (HD05: `Kính trình:` for a tờ trình).
    public var addresseeLabel: String?

    /// The Vietnamese name of the type for lists: its `label`, else its tên loại in sentence case
    /// (`QUYẾT ĐỊNH` → `Quyết định`).
    public var displayName: String? {
        if let label { return label }
        guard let name, let first = name.first else { return nil }
        return String(first) + name.dropFirst().lowercased()
    }

    public init(name: String? = nil, code: String? = nil, subjectUnderNumber: Bool = false, decision: String? = nil,
                headerDate: Bool = true, closing: String? = nil) {
        self.name = name
        self.label = nil
        self.code = code
        self.subjectUnderNumber = subjectUnderNumber
        self.decision = decision
        self.headerDate = headerDate
        self.closing = closing
    }
}
