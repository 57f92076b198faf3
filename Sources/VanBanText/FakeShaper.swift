import VanBanModel
/// A shaper without fonts for layout tests (docs/architecture.md, "Text and fonts"): every scalar is 0.5 em wide
/// (1000 units per em); scalars from U+3000 up have no glyph.
package struct FakeShaper: TextShaper {
    package init() {}

    package func shape(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun {
        var glyphs: [ShapedGlyph] = []
        var offset: UInt32 = 0
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x3000 { throw MissingGlyphError(scalar: scalar, style: style, text: text) }
            glyphs.append(ShapedGlyph(id: scalar.value, cluster: offset, advance: 500))
            offset += UInt32(UTF8.width(scalar))
        }
        return ShapedRun(text: text, style: style, glyphs: glyphs, unitsPerEm: 1000)
    }

    package func metrics(_ style: FontStyle) -> FontMetrics {
        FontMetrics(unitsPerEm: 1000, ascender: 800, descender: 200, lineGap: 150,
                    underlinePosition: 100, underlineThickness: 50)
    }
}
