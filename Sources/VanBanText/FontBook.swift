import VanBanModel

/// The four faces of the document family, loaded once per process and shared by every render
/// (tech-notes §4.10: loading per document costs time and memory).
public final class FontBook: Sendable {
    /// Where the faces come from.
    public struct Source: Sendable, Hashable {
        public var regular: String
        public var bold: String
        public var italic: String
        public var boldItalic: String
        /// A face for the characters the four lack (CJK, symbols), used in every style; without
        /// one, such a character is an error (`TEXT.MISSING_GLYPH`).
        public var fallback: String?

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
        public static func inDirectory(_ directory: String, exists: (String) -> Bool) -> Source? {
            let base = directory.hasSuffix("/") ? directory : directory + "/"
            for names in knownFileNames {
                let paths = names.map { base + $0 }
                if paths.allSatisfy(exists) {
                    return Source(regular: paths[0], bold: paths[1], italic: paths[2], boldItalic: paths[3])
                }
            }
            return nil
        }

        func path(_ style: FontStyle) -> String {
            switch style {
            case .regular: regular
            case .bold: bold
            case .italic: italic
            case .boldItalic: boldItalic
            }
        }
    }

    /// Faces indexed by `FontStyle.rawValue`.
    private let faces: [FontFace]
    /// The face for characters the four lack, if one was configured.
    public let fallback: FontFace?

    /// Loads the four faces (and the fallback face).
    public init(source: Source) throws(DiagnosticError) {
        var loaded: [FontFace] = []
        for style in FontStyle.allCases { loaded.append(try FontFace(path: source.path(style))) }
        faces = loaded
        fallback = try source.fallback.map { path throws(DiagnosticError) in try FontFace(path: path) }
    }

    /// Four faces already loaded, in `FontStyle` order.
    init(faces: [FontFace], fallback: FontFace? = nil) {
        self.faces = faces
        self.fallback = fallback
    }

    /// The face for `style`.
    public func face(_ style: FontStyle) -> FontFace { faces[style.rawValue] }
}
