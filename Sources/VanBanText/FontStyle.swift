import VanBanModel

/// One of the four faces of the document family.
public enum FontStyle: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case regular, bold, italic, boldItalic

    /// The face that carries an inline style (underline is drawn, not a face).
    public init(_ style: InlineStyle) {
        switch (style.bold, style.italic) {
        case (false, false): self = .regular
        case (true, false): self = .bold
        case (false, true): self = .italic
        case (true, true): self = .boldItalic
        }
    }

    public var isBold: Bool { self == .bold || self == .boldItalic }
    public var isItalic: Bool { self == .italic || self == .boldItalic }

    public var description: String {
        switch self {
        case .regular: "Regular"
        case .bold: "Bold"
        case .italic: "Italic"
        case .boldItalic: "Bold Italic"
        }
    }
}

/// Vertical metrics of a face, in font units.
public struct FontMetrics: Sendable, Hashable {
    public var unitsPerEm: Int32
    /// hhea ascender (positive, above the baseline).
    public var ascender: Int32
    /// hhea descender as a positive distance below the baseline.
    public var descender: Int32
    /// hhea line gap.
    public var lineGap: Int32
    /// Distance of the underline's centre below the baseline (positive = below).
    public var underlinePosition: Int32
    public var underlineThickness: Int32

    public init(unitsPerEm: Int32, ascender: Int32, descender: Int32, lineGap: Int32,
                underlinePosition: Int32, underlineThickness: Int32) {
        self.unitsPerEm = unitsPerEm
        self.ascender = ascender
        self.descender = descender
        self.lineGap = lineGap
        self.underlinePosition = underlinePosition
        self.underlineThickness = underlineThickness
    }

    /// Word's "single" line height as a fraction of the font size: (ascender + descender +
    /// line gap) / em. For Times New Roman and its metric clones this is 2355/2048 ≈ 1.15
    /// (DESIGN.md §6: Word-equivalent pitch).
    public var singleLineFactor: Double { Double(ascender + descender + lineGap) / Double(unitsPerEm) }
}
