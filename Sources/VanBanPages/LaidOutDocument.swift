import VanBanModel

/// The laid-out document: pages of positioned items. Tests look here (positions, line texts,
/// rule lengths) without parsing a PDF; renderers draw it without knowing the model.
public struct LaidOutDocument: Sendable {
    public var pages: [Page]
    public var info: DocumentInfo
    /// Notes and warnings from resolving and laying out (markup, range choices).
    public var diagnostics: [Diagnostic]

    public init(pages: [Page], info: DocumentInfo, diagnostics: [Diagnostic] = []) {
        self.pages = pages
        self.info = info
        self.diagnostics = diagnostics
    }

    /// Every line of every page, in reading order.
    public var lines: [TextLine] { pages.flatMap(\.lines) }
}

/// Metadata written into the PDF `/Info` dictionary.
public struct DocumentInfo: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: [String]
    public var creator: String
    /// Creation date; none means no date is written (the output stays reproducible).
    public var created: Timestamp?
    /// The 16-byte file identifier (`/ID`); the MD5 of the file when nil.
    public var identifier: [UInt8]?

    public init(title: String? = nil, author: String? = nil, subject: String? = nil, keywords: [String] = [],
                creator: String = "VanBan", created: Timestamp? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.created = created
    }
}

/// One page; coordinates in points from the top-left corner, y downwards.
public struct Page: Sendable {
    public var size: PageSize
    public var items: [PageItem]
    /// Printed page number, if the page shows one.
    public var number: Int?

    public init(size: PageSize, items: [PageItem] = [], number: Int? = nil) {
        self.size = size
        self.items = items
        self.number = number
    }

    /// The text lines of the page.
    public var lines: [TextLine] {
        items.compactMap { if case .line(let line) = $0 { line } else { nil } }
    }

    /// The rules of the page.
    public var rules: [Rule] {
        items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
    }

    /// The boxes of the page.
    public var boxes: [Box] {
        items.compactMap { if case .box(let box) = $0 { box } else { nil } }
    }

    /// The images of the page.
    public var images: [ImageItem] {
        items.compactMap { if case .image(let image) = $0 { image } else { nil } }
    }

    /// The reported areas of the page (signature and seal boxes, blanks).
    public var areas: [Area] {
        items.compactMap { if case .area(let area) = $0 { area } else { nil } }
    }
}

/// Something drawn on a page.
public enum PageItem: Sendable {
    case line(TextLine)
    case rule(Rule)
    case box(Box)
    case image(ImageItem)
    /// A place reported to signing tools (a signature or seal box, a blank to stamp); not drawn.
    case area(Area)
}

/// A PNG image drawn in a rectangle (a signature, a seal).
public struct ImageItem: Sendable {
    public var role: Role
    /// Top-left corner.
    public var origin: Point
    public var width: Length
    public var height: Length
    public var image: PNGImage
    /// What the image shows, for a reader who cannot see it (`Chữ ký của Nguyễn Văn A`): the
    /// figure's alternative text in the tagged PDF.
    public var description: String

    package init(role: Role, origin: Point, width: Length, height: Length, image: PNGImage, description: String = "") {
        self.role = role
        self.origin = origin
        self.width = width
        self.height = height
        self.image = image
        self.description = description
    }
}

/// A named rectangle: where a signature, a seal, the number or the date goes.
public struct Area: Sendable, Hashable {
    /// `signer:0`, `seal:0`, `number`, `date`, `date:day`, `stamp`.
    public var role: Role
    /// Top-left corner.
    public var origin: Point
    public var width: Length
    public var height: Length
    /// A blank left in a line for the issuing step to fill (the number of a draft, its day), not
    /// the place of something printed.
    public var isBlank: Bool

    public init(role: Role, origin: Point, width: Length, height: Length, isBlank: Bool = false) {
        self.role = role
        self.origin = origin
        self.width = width
        self.height = height
        self.isBlank = isBlank
    }
}

/// A rectangle outline (a stamp's frame).
public struct Box: Sendable, Hashable {
    /// What the box belongs to (`urgency-frame`).
    public var role: Role
    /// Top-left corner.
    public var origin: Point
    public var width: Length
    public var height: Length
    public var thickness: Length
    public var color: Color

    public init(role: Role, origin: Point, width: Length, height: Length, thickness: Length, color: Color = .black) {
        self.role = role
        self.origin = origin
        self.width = width
        self.height = height
        self.thickness = thickness
        self.color = color
    }
}

/// A set line of text: where it sits and the glyph runs it is drawn with.
public struct TextLine: Sendable {
    /// What the line belongs to (`title`, `paragraph`, `page-number`).
    public var role: Role
    /// JSON pointer of the text it came from (`/body/3`), empty for generated text.
    public var path: String
    /// Left end of the line.
    public var x: Length
    public var baseline: Length
    /// Advance width of the line as set (after justification).
    public var width: Length
    /// The measure it was set in: `[measureLeft, measureLeft + measureWidth]`.
    public var measureLeft: Length
    public var measureWidth: Length
    /// Font size of the line.
    public var size: Length
    /// Whether this line ends its paragraph or an explicit line break (set ragged).
    public var endsParagraph: Bool
    /// For a justified line that does not end its paragraph: its word gaps over their natural width
    /// (1 = as shaped, 1.5 = half as wide again); nil for other lines. What typography measures.
    public var wordSpacing: Double?
    /// The space added between the letters of its words, when word gaps alone would have been
    /// loose (at most 3 % of the size); zero on other lines.
    public var letterSpacing: Length = .zero
    public var runs: [GlyphRun]

    package init(role: Role, path: String, x: Length, baseline: Length, width: Length, measureLeft: Length, measureWidth: Length,
                 size: Length, endsParagraph: Bool, wordSpacing: Double? = nil, letterSpacing: Length = .zero, runs: [GlyphRun]) {
        self.role = role
        self.path = path
        self.x = x
        self.baseline = baseline
        self.width = width
        self.measureLeft = measureLeft
        self.measureWidth = measureWidth
        self.size = size
        self.endsParagraph = endsParagraph
        self.wordSpacing = wordSpacing
        self.letterSpacing = letterSpacing
        self.runs = runs
    }

    /// Right end of the line.
    public var right: Length { x + width }
    /// The text of the line, as extraction should give it.
    public var text: String { runs.map(\.text).joined() }
}

/// Glyphs of one face and size, drawn from `origin` (a point on the baseline), with the exact
/// text they stand for and the clusters that tie bytes to glyphs (for `cairo_show_text_glyphs`).
public struct GlyphRun: Sendable {
    public var origin: Point
    public var style: FontStyle
    public var size: Length
    public var color: Color
    public var text: String
    public var glyphs: [PositionedGlyph]
    public var clusters: [TextCluster]
    public var width: Length
    /// Drawn with the fallback face (characters the document faces lack).
    public var fallback = false

    package init(origin: Point, style: FontStyle, size: Length, color: Color, text: String, glyphs: [PositionedGlyph],
                 clusters: [TextCluster], width: Length, fallback: Bool = false) {
        self.origin = origin
        self.style = style
        self.size = size
        self.color = color
        self.text = text
        self.glyphs = glyphs
        self.clusters = clusters
        self.width = width
        self.fallback = fallback
    }
}

/// A glyph placed relative to its run's origin (x right, y down).
public struct PositionedGlyph: Sendable, Hashable {
    public var id: UInt32
    public var x: Length
    public var y: Length

    package init(id: UInt32, x: Length, y: Length) {
        self.id = id
        self.x = x
        self.y = y
    }
}

/// `byteCount` UTF-8 bytes of the run's text drawn by `glyphCount` glyphs.
public struct TextCluster: Sendable, Hashable {
    public var byteCount: Int32
    public var glyphCount: Int32

    package init(byteCount: Int32, glyphCount: Int32) {
        self.byteCount = byteCount
        self.glyphCount = glyphCount
    }
}

/// A straight solid line.
public struct Rule: Sendable, Hashable {
    /// What the rule belongs to (`title-rule`, `underline`).
    public var role: Role
    public var from: Point
    public var to: Point
    public var thickness: Length
    public var color: Color

    public init(role: Role, from: Point, to: Point, thickness: Length, color: Color = .black) {
        self.role = role
        self.from = from
        self.to = to
        self.thickness = thickness
        self.color = color
    }

    public var length: Length {
        let dx = (to.x - from.x).points, dy = (to.y - from.y).points
        return .pt((dx * dx + dy * dy).squareRoot())
    }
}
