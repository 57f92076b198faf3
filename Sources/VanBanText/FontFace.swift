import CHarfBuzz
import VanBanModel

/// A font file mapped once per process and its HarfBuzz face and font (hb-ot functions,
/// scale = units per em, made immutable so any thread may shape with it).
/// Owns its HarfBuzz handles (house rule 1): `init` checks them, `deinit` releases them.
public final class FontFace: @unchecked Sendable {
    /// Where the file was loaded from.
    public let path: String
    /// Units per em of the face.
    public let unitsPerEm: Int32
    /// Vertical metrics in font units.
    public let metrics: FontMetrics

    let blob: OpaquePointer
    let face: OpaquePointer
    let font: OpaquePointer

    /// Maps the file at `path`; throws a diagnostic when it is missing or not a font.
    public convenience init(path: String) throws(DiagnosticError) {
        try self.init(path: path, keepHinting: false)
    }

    /// `keepHinting`: the file as it is (tests compare the two).
    init(path: String, keepHinting: Bool) throws(DiagnosticError) {
        guard let file = hb_blob_create_from_file_or_fail(path) else {
            throw DiagnosticError([Diagnostic(.error, .fontNotFound, path: "", ["file": .text(path)])])
        }
        let blob = keepHinting ? file : FontFace.withoutHinting(file)
        guard let face = hb_face_create(blob, 0), hb_face_get_glyph_count(face) > 1,
              let font = hb_font_create(face) else {
            hb_blob_destroy(blob)
            throw DiagnosticError([Diagnostic(.error, .fontInvalid, path: "", ["file": .text(path)])])
        }
        let upem = Int32(hb_face_get_upem(face))
        hb_font_set_scale(font, upem, upem)
        hb_font_make_immutable(font)
        self.path = path
        self.blob = blob
        self.face = face
        self.font = font
        self.unitsPerEm = upem
        self.metrics = FontFace.readMetrics(font, upem: upem)
    }

    deinit {
        hb_font_destroy(font)
        hb_face_destroy(face)
        hb_blob_destroy(blob)
    }

    /// The file's bytes without TrueType hinting (`HintStripper`), in a blob of their own; the
    /// file itself when it cannot be rewritten.
    private static func withoutHinting(_ file: OpaquePointer) -> OpaquePointer {
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(file, &length),
              let stripped = HintStripper.unhinted(UnsafeRawBufferPointer(start: data, count: Int(length))),
              let base = stripped.baseAddress else { return file }
        guard let blob = hb_blob_create_or_fail(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), UInt32(stripped.count),
                                                HB_MEMORY_MODE_READONLY, base, { $0?.assumingMemoryBound(to: UInt8.self).deallocate() }) else {
            stripped.deallocate()
            return file
        }
        hb_blob_destroy(file)
        return blob
    }

    /// The font's bytes, hinting removed (shared with FreeType for drawing: one copy per process).
    public var bytes: UnsafeRawBufferPointer {
        var length: UInt32 = 0
        let data = hb_blob_get_data(blob, &length)
        return UnsafeRawBufferPointer(start: data, count: Int(length))
    }

    /// Whether the face maps `scalar` to a glyph.
    public func hasGlyph(for scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(font, scalar.value, &glyph) != 0 && glyph != 0
    }

    /// Family name from the `name` table (`Liberation Serif`).
    public var familyName: String { name(hb_ot_name_id_t(HB_OT_NAME_ID_FONT_FAMILY)) }
    /// Style name (`Bold Italic`).
    public var styleName: String { name(hb_ot_name_id_t(HB_OT_NAME_ID_FONT_SUBFAMILY)) }
    /// Version string (`Version 2.1.5`).
    public var version: String { name(hb_ot_name_id_t(HB_OT_NAME_ID_VERSION_STRING)) }
    /// Number of glyphs.
    public var glyphCount: Int { Int(hb_face_get_glyph_count(face)) }

    /// All code points the face maps.
    public func codePoints() -> Set<UInt32> {
        guard let set = hb_set_create() else { return [] }
        defer { hb_set_destroy(set) }
        hb_face_collect_unicodes(face, set)
        var out = Set<UInt32>()
        var cp = hb_codepoint_t.max  // HB_SET_VALUE_INVALID
        while hb_set_next(set, &cp) != 0 { out.insert(cp) }
        return out
    }

    private func name(_ id: hb_ot_name_id_t) -> String {
        var length: UInt32 = 128
        var buffer = [CChar](repeating: 0, count: 128)
        _ = hb_ot_name_get_utf8(face, id, hb_language_from_string("en", -1), &length, &buffer)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func readMetrics(_ font: OpaquePointer, upem: Int32) -> FontMetrics {
        func value(_ tag: hb_ot_metrics_tag_t, _ fallback: Int32) -> Int32 {
            var position: hb_position_t = 0
            return hb_ot_metrics_get_position(font, tag, &position) != 0 ? position : fallback
        }
        let ascender = value(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, upem * 8 / 10)
        let descender = abs(value(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -upem / 5))
        return FontMetrics(
            unitsPerEm: upem, ascender: ascender, descender: descender,
            lineGap: value(HB_OT_METRICS_TAG_HORIZONTAL_LINE_GAP, 0),
            // `post` underlinePosition is the top of the bar, negative below the baseline.
            underlinePosition: -value(HB_OT_METRICS_TAG_UNDERLINE_OFFSET, -upem / 10),
            underlineThickness: max(1, value(HB_OT_METRICS_TAG_UNDERLINE_SIZE, upem / 20)))
    }
}
