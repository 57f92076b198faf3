/// The font files of the document family: four faces and, optionally, a face for the
/// characters they lack. Paths only; `FontBook` (VanBanText) loads them.
public struct FontFiles: Sendable, Hashable {
    /// The regular face.
    public var regular: String
    /// The bold face.
    public var bold: String
    /// The italic face.
    public var italic: String
    /// The bold italic face.
    public var boldItalic: String
    /// A face for the characters the four lack (CJK, symbols), used in every style; without
    /// one, such a character is an error (`TEXT.MISSING_GLYPH`).
    public var fallback: String?

    /// The four faces and an optional fallback face.
    public init(regular: String, bold: String, italic: String, boldItalic: String, fallback: String? = nil) {
        self.regular = regular
        self.bold = bold
        self.italic = italic
        self.boldItalic = boldItalic
        self.fallback = fallback
    }

    /// File names tried in a font folder, first match wins: the bundled Liberation Serif,
    /// then licensed Times New Roman under its Windows and its family names.
    public static let knownFileNames: [[String]] = [
        ["LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"],
        ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"],
        ["Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf"],
        ["TimesNewRoman.ttf", "TimesNewRoman-Bold.ttf", "TimesNewRoman-Italic.ttf", "TimesNewRoman-BoldItalic.ttf"],
    ]

    /// The first complete set of known file names found in `directory` (`exists` tells
    /// whether a path is a file; the library does not touch the file system itself).
    public static func inDirectory(_ directory: String, exists: (String) -> Bool) -> FontFiles? {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for names in knownFileNames {
            let paths = names.map { base + $0 }
            if paths.allSatisfy(exists) {
                return FontFiles(regular: paths[0], bold: paths[1], italic: paths[2], boldItalic: paths[3])
            }
        }
        return nil
    }
}
