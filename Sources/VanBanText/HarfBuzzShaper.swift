import CHarfBuzz
import VanBanModel

/// Shapes with HarfBuzz's own OpenType functions (not hb-ft, tech-notes §4.5): left to right,
/// Latin script, language `vi`. Owns one reusable buffer, so use one shaper per thread; the
/// faces it reads are shared.
public final class HarfBuzzShaper: TextShaper {
    private let fonts: FontBook
    private let buffer: OpaquePointer
    private let vietnamese: hb_language_t

    /// A shaper over `fonts`.
    public init(fonts: FontBook) {
        self.fonts = fonts
        // hb_buffer_create never returns NULL: on allocation failure it returns the inert empty buffer.
        self.buffer = hb_buffer_create()
        self.vietnamese = hb_language_from_string("vi", -1)
    }

    deinit { hb_buffer_destroy(buffer) }

    public func metrics(_ style: FontStyle) -> FontMetrics { fonts.face(style).metrics }

    public func shape(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun {
        let face = fonts.face(style)
        hb_buffer_clear_contents(buffer)
        var source = text
        source.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                hb_buffer_add_utf8(buffer, chars.baseAddress, Int32(chars.count), 0, Int32(chars.count))
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
        hb_buffer_set_language(buffer, vietnamese)
        hb_shape(face.font, buffer, nil, 0)

        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
              let positions = hb_buffer_get_glyph_positions(buffer, &count) else {
            return ShapedRun(text: text, style: style, glyphs: [], unitsPerEm: face.unitsPerEm)
        }
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        for i in 0..<Int(count) {
            let info = infos[i], position = positions[i]
            if info.codepoint == 0 {
                throw MissingGlyphError(scalar: HarfBuzzShaper.scalar(in: text, atByte: Int(info.cluster), face: face),
                                        style: style, text: text)
            }
            glyphs.append(ShapedGlyph(id: info.codepoint, cluster: info.cluster, advance: position.x_advance,
                                      xOffset: position.x_offset, yOffset: position.y_offset))
        }
        return ShapedRun(text: text, style: style, glyphs: glyphs, unitsPerEm: face.unitsPerEm)
    }

    /// The first scalar of the cluster at UTF-8 offset `byte` that the face cannot map
    /// (the cluster's base may have a glyph while a mark in it has none).
    private static func scalar(in text: String, atByte byte: Int, face: FontFace) -> Unicode.Scalar {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: min(byte, utf8.count))
        let scalars = text.unicodeScalars[start...]
        return scalars.first { !face.hasGlyph(for: $0) } ?? scalars.first ?? "\u{FFFD}"
    }
}
