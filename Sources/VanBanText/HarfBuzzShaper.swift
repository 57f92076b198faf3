import CHarfBuzz
import VanBanModel

/// Shapes with HarfBuzz's own OpenType functions (not hb-ft: docs/architecture.md, "Text and fonts"): left to right,
/// Latin script, language `vi`. Owns one reusable buffer, so use one shaper per thread; the
/// faces it reads are shared.
public final class HarfBuzzShaper: TextShaper {
    private let fonts: FontBook
    private let buffer: OpaquePointer
    private let vietnamese: hb_language_t
    /// Words already shaped (`WordShapes`); nil shapes every text whole.
    private let words: WordShapes?

    /// A shaper over `fonts`; `wordByWord: false` shapes every text whole (the tests compare).
    public init(fonts: FontBook, wordByWord: Bool = true) {
        self.fonts = fonts
        self.words = wordByWord ? WordShapes() : nil
        // hb_buffer_create never returns NULL: on allocation failure it returns the inert empty buffer.
        self.buffer = hb_buffer_create()
        self.vietnamese = hb_language_from_string("vi", -1)
    }

    deinit { hb_buffer_destroy(buffer) }

    public func metrics(_ style: FontStyle) -> FontMetrics { fonts.face(style).metrics }

    public func shape(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun {
        let face = fonts.face(style)
        if let words, let glyphs = words.glyphs(of: text, style: style, shapeUnit: { unit in
            try? shape(unit, style: style, face: face, fallback: false).glyphs
        }) {
            return ShapedRun(text: text, style: style, glyphs: glyphs, unitsPerEm: face.unitsPerEm)
        }
        return try shape(text, style: style, face: face, fallback: false)
    }

    public func shapeWithFallback(_ text: String, style: FontStyle) throws(MissingGlyphError) -> ShapedRun {
        guard let fallback = fonts.fallback else { return try shape(text, style: style) }
        return try shape(text, style: style, face: fallback, fallback: true)
    }

    /// Pieces by face: a character goes to the fallback face only when the style's face lacks one
    /// of its scalars and the fallback face has them all; anything neither prints stays with the
    /// style's face, whose shaping then names it.
    public func pieces(_ text: String, style: FontStyle) -> [(text: String, fallback: Bool)] {
        guard let fallback = fonts.fallback else { return [(text, false)] }
        let face = fonts.face(style)
        // Almost every text is printable by the document faces: one pass over scalars to know.
        guard text.unicodeScalars.contains(where: { !face.hasGlyph(for: $0) && !isSpaceLike($0) }) else { return [(text, false)] }
        var pieces: [(text: String, fallback: Bool)] = []
        for character in text {
            let scalars = character.unicodeScalars
            let useFallback = !scalars.allSatisfy { face.hasGlyph(for: $0) || isSpaceLike($0) } && scalars.allSatisfy { fallback.hasGlyph(for: $0) }
            if let last = pieces.last, last.fallback == useFallback {
                pieces[pieces.count - 1].text.append(character)
            } else {
                pieces.append((String(character), useFallback))
            }
        }
        return pieces
    }

    /// Spaces and controls shaping handles without a glyph of their own being an issue.
    private func isSpaceLike(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x21 }

    private func shape(_ text: String, style: FontStyle, face: FontFace, fallback: Bool) throws(MissingGlyphError) -> ShapedRun {
        hb_buffer_clear_contents(buffer)
        var source = text
        source.withUTF8 { utf8 in
            utf8.withMemoryRebound(to: CChar.self) { chars in
                hb_buffer_add_utf8(buffer, chars.baseAddress, Int32(chars.count), 0, Int32(chars.count))
            }
        }
        hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        if fallback {
            // Whatever script the fallback characters are in (Han, symbols): let HarfBuzz tell.
            hb_buffer_guess_segment_properties(buffer)
            hb_buffer_set_direction(buffer, HB_DIRECTION_LTR)
        } else {
            hb_buffer_set_script(buffer, HB_SCRIPT_LATIN)
            hb_buffer_set_language(buffer, vietnamese)
        }
        hb_shape(face.font, buffer, nil, 0)

        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
              let positions = hb_buffer_get_glyph_positions(buffer, &count) else {
            return ShapedRun(text: text, style: style, glyphs: [], unitsPerEm: face.unitsPerEm)
        }
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var missing: [Unicode.Scalar] = []
        for i in 0..<Int(count) {
            let info = infos[i], position = positions[i]
            if info.codepoint == 0 {
                let scalar = HarfBuzzShaper.scalar(in: text, atByte: Int(info.cluster), face: face)
                if !missing.contains(scalar) { missing.append(scalar) }
                continue
            }
            glyphs.append(ShapedGlyph(id: info.codepoint, cluster: info.cluster, advance: position.x_advance,
                                      xOffset: position.x_offset, yOffset: position.y_offset))
        }
        if let first = missing.first {
            throw MissingGlyphError(scalar: first, style: style, text: text, others: Array(missing.dropFirst()))
        }
        var run = ShapedRun(text: text, style: style, glyphs: glyphs, unitsPerEm: face.unitsPerEm)
        run.fallback = fallback
        return run
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
