import VanBanModel

/// A layout profile: page, margins and element styles, read from `layouts/<id>.json`
/// (docs/profiles.md). Every value in the file carries its source clause in a `source` member.
public struct Profile: Sendable, Hashable {
    public var id: String
    public var name: String
    public var page: PageSize
    public var margins: Margins
    public var pageNumber: PageNumberStyle?
    public var title: ParagraphStyle
    public var body: ParagraphStyle

    public init(id: String, name: String, page: PageSize, margins: Margins, pageNumber: PageNumberStyle?,
                title: ParagraphStyle, body: ParagraphStyle) {
        self.id = id
        self.name = name
        self.page = page
        self.margins = margins
        self.pageNumber = pageNumber
        self.title = title
        self.body = body
    }

    /// Width of the text area.
    public var measure: Length { page.width - margins.left - margins.right }
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
