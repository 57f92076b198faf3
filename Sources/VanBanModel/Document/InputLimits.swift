/// Bounds on what one document may ask for, so that no input — careless or hostile — can make a
/// render take unbounded memory or time. Each limit that is hit is a diagnostic that names it.
public struct InputLimits: Sendable, Hashable {
    /// The JSON text (`MODEL.TOO_LARGE`).
    public var inputBytes: Int
    /// Nesting of arrays and objects (`JSON.TOO_DEEP`).
    public var depth: Int
    /// One string, in UTF-8 bytes (`MODEL.TOO_LONG`).
    public var stringBytes: Int
    /// Pages of the laid-out document (`LAYOUT.TOO_MANY_PAGES`).
    public var pages: Int
    /// One image, decoded from its file or `data:` URL (`MODEL.IMAGE_TOO_LARGE`).
    public var imageBytes: Int
    /// One image's pixels once decoded (`MODEL.IMAGE_TOO_LARGE`): a small PNG can unpack into
    /// gigabytes (a 12000 × 12000 one-bit image is 24 KB).
    public var imagePixels: Int = 25_000_000
    /// Table cells in the whole document (`MODEL.TOO_LARGE`): tables are the densest content, a
    /// cell costs about 2.7 KB once laid out, and a page holds up to a few thousand of them.
    public var tableCells: Int = 100_000

    /// 8 MB of JSON (a 1,000-page plan is about 2 MB), depth 64, 256 KB per string (a `data:`
    /// image URL may be as long as its image allows), 2,000 pages, 4 MB and 25 megapixels per image
    /// (a 600 dpi scan of an 80 mm seal is 1890 × 1890 pixels, under 1 MB).
    public static let standard = InputLimits(inputBytes: 8 << 20, depth: 64, stringBytes: 256 << 10, pages: 2_000,
                                             imageBytes: 4 << 20)

    /// Creates limits; `standard` holds the defaults.
    public init(inputBytes: Int, depth: Int, stringBytes: Int, pages: Int, imageBytes: Int) {
        self.inputBytes = inputBytes
        self.depth = depth
        self.stringBytes = stringBytes
        self.pages = pages
        self.imageBytes = imageBytes
    }

    /// The most any option may raise `inputBytes` to: 1 GB.
    public static let largestInput = 1 << 30
    /// The most any option may raise `pages` to.
    public static let mostPages = 1_000_000

    /// `12.3 MB`, `256 KB`, `900 bytes`.
    public static func describe(bytes: Int) -> MessageArgument {
        if bytes >= 1 << 20 { return .text("\((Double(bytes) * 10 / Double(1 << 20)).rounded(.down) / 10) MB") }
        if bytes >= 1 << 10 { return .text("\(bytes / (1 << 10)) KB") }
        return .words([.number(bytes), .term(.unitBytes)])
    }
}
