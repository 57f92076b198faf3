import VanBanModel

/// The four faces of the document family, loaded once per process and shared by every render
/// (docs/architecture.md, "Text and fonts": loading per document costs time and memory).
public final class FontBook: Sendable {
    /// Faces indexed by `FontStyle.rawValue`.
    private let faces: [FontFace]
    /// The face for characters the four lack, if one was configured.
    public let fallback: FontFace?

    /// Loads the four faces (and the fallback face).
    public init(source: FontFiles) throws(DiagnosticError) {
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

extension FontFiles {
    func path(_ style: FontStyle) -> String {
        switch style {
        case .regular: regular
        case .bold: bold
        case .italic: italic
        case .boldItalic: boldItalic
        }
    }
}
