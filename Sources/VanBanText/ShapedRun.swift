import VanBanModel

/// One shaped glyph, in font units (independent of the point size: no hinting).
public struct ShapedGlyph: Sendable, Hashable {
    /// Glyph index in the face; 0 is .notdef (never kept: shaping throws instead).
    public var id: UInt32
    /// UTF-8 byte offset in the run's text of the cluster this glyph belongs to.
    public var cluster: UInt32
    public var advance: Int32
    public var xOffset: Int32
    /// Upward offset (HarfBuzz's y axis points up).
    public var yOffset: Int32

    public init(id: UInt32, cluster: UInt32, advance: Int32, xOffset: Int32 = 0, yOffset: Int32 = 0) {
        self.id = id
        self.cluster = cluster
        self.advance = advance
        self.xOffset = xOffset
        self.yOffset = yOffset
    }
}

/// A run of NFC text shaped in one face, left to right, with monotone clusters.
public struct ShapedRun: Sendable, Hashable {
    /// The NFC text the clusters point into.
    public var text: String
    public var style: FontStyle
    public var glyphs: [ShapedGlyph]
    public var unitsPerEm: Int32
    /// Shaped with the fallback face (glyph ids are the fallback face's).
    public var fallback = false

    public init(text: String, style: FontStyle, glyphs: [ShapedGlyph], unitsPerEm: Int32) {
        self.text = text
        self.style = style
        self.glyphs = glyphs
        self.unitsPerEm = unitsPerEm
    }

    /// Total advance in font units.
    public var advance: Int32 { glyphs.reduce(0) { $0 + $1.advance } }
}

/// The font has no glyph for a character of the text: printing it would show a box (tofu).
public struct MissingGlyphError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The character that has no glyph.
    public var scalar: Unicode.Scalar
    public var style: FontStyle
    /// The text in which it was found.
    public var text: String
    /// Other characters of the same text without a glyph.
    public var others: [Unicode.Scalar] = []

    public init(scalar: Unicode.Scalar, style: FontStyle, text: String, others: [Unicode.Scalar] = []) {
        self.scalar = scalar
        self.style = style
        self.text = text
        self.others = others
    }

    static func name(_ scalar: Unicode.Scalar) -> String {
        let code = String.codePoint(scalar)
        let visible = scalar.properties.generalCategory == .control ? "" : "'\(Character(scalar))' "
        return "\(visible)(\(code))"
    }

    /// `'漢' (U+6F22)`.
    public var characterName: String { Self.name(scalar) }

    public var description: String { "the \(style) face has no glyph for \(characterName)" }

    /// The error as a diagnostic at `path`.
    public func diagnostic(path: String) -> Diagnostic {
        others.isEmpty
            ? Diagnostic(.error, .textMissingGlyph, path: path, ["face": .term(style.term), "character": .text(characterName), "excerpt": .text(excerpt)])
            : Diagnostic(.error, .textMissingGlyphSeveral, path: path, [
                "face": .term(style.term), "excerpt": .text(excerpt),
                "characters": .list(([scalar] + others.prefix(4)).map { .text(Self.name($0)) } + (others.count > 4 ? ["…"] : [])),
            ])
    }

    private var excerpt: String {
        let characters = Array(text)
        guard let at = characters.firstIndex(where: { $0.unicodeScalars.contains(scalar) }) else { return text }
        let from = max(0, at - 20), to = min(characters.count, at + 20)
        return (from > 0 ? "…" : "") + String(characters[from..<to]) + (to < characters.count ? "…" : "")
    }
}

/// Shapes text into glyphs. Layout depends on this protocol only, so it can be tested with a fake.
public protocol TextShaper {
    /// Shapes NFC `text` in `style`; throws when a character has no glyph.
    func shape(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun
    /// Vertical metrics of the face used for `style`.
    func metrics(_ style: FontStyle) -> FontMetrics
    /// `text` cut where the face changes: pieces the style's face prints, and pieces only the
    /// fallback face prints (`fallback` true).
    func pieces(_ text: String, style: FontStyle) -> [(text: String, fallback: Bool)]
    /// Shapes a piece with the fallback face.
    func shapeWithFallback(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun
}

extension TextShaper {
    /// No fallback face: one piece.
    public func pieces(_ text: String, style: FontStyle) -> [(text: String, fallback: Bool)] { [(text, false)] }
    public func shapeWithFallback(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun {
        try shape(text, style: style)
    }
}
