import VanBanModel

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
    /// (docs/architecture.md, "Text and fonts": Word-equivalent pitch).
    public var singleLineFactor: Double { Double(ascender + descender + lineGap) / Double(unitsPerEm) }
}
