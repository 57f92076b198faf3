import CCairo
import CFreeType
import VanBanModel
import VanBanPages
import VanBanText

/// The document faces as Cairo font faces, made from the bytes the `FontBook` already mapped
/// (one copy of each file per process). One set per rendering thread: FreeType faces are not
/// thread-safe.
final class CairoFontSet {
    private let library: FT_Library
    /// Cairo faces indexed by `FontStyle.rawValue`.
    private var faces: [OpaquePointer] = []
    /// The fallback face, when the book has one.
    private var fallbackFace: OpaquePointer?

    /// The key under which each Cairo face keeps its FreeType face (docs/architecture.md, "Text and fonts").
    nonisolated(unsafe) private static let faceKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    init(fonts: FontBook) throws(DiagnosticError) {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            throw DiagnosticError([Diagnostic(.error, .fontFreetype, path: "")])
        }
        self.library = library
        for style in FontStyle.allCases { faces.append(try Self.cairoFace(fonts.face(style), library: library)) }
        fallbackFace = try fonts.fallback.map { face throws(DiagnosticError) in try Self.cairoFace(face, library: library) }
    }

    /// A Cairo face over the bytes HarfBuzz already has.
    private static func cairoFace(_ face: FontFace, library: FT_Library) throws(DiagnosticError) -> OpaquePointer {
        let bytes = face.bytes
        var ftFace: FT_Face?
        guard let base = bytes.baseAddress,
              FT_New_Memory_Face(library, base.assumingMemoryBound(to: FT_Byte.self), FT_Long(bytes.count), 0, &ftFace) == 0,
              let ftFace else {
            throw DiagnosticError([Diagnostic(.error, .fontInvalidFreetype, path: "", ["file": .text(face.path)])])
        }
        guard let cairoFace = cairo_ft_font_face_create_for_ft_face(ftFace, 0),
              cairo_font_face_status(cairoFace) == CAIRO_STATUS_SUCCESS else {
            FT_Done_Face(ftFace)
            throw DiagnosticError([Diagnostic(.error, .fontCairo, path: "", ["file": .text(face.path)])])
        }
        // Cairo may keep the face in its caches after we let go: it releases the FreeType
        // face itself, through this user data, when it finally drops it.
        cairo_font_face_set_user_data(cairoFace, CairoFontSet.faceKey, UnsafeMutableRawPointer(ftFace)) { pointer in
            if let pointer { FT_Done_Face(pointer.assumingMemoryBound(to: FT_FaceRec_.self)) }
        }
        return cairoFace
    }

    /// The FreeType library stays alive for the process: Cairo's font caches may still hold
    /// faces created from it, and release them later.
    deinit {
        for face in faces { cairo_font_face_destroy(face) }
        if let fallbackFace { cairo_font_face_destroy(fallbackFace) }
    }

    /// The Cairo face for `style`.
    func face(_ style: FontStyle) -> OpaquePointer { faces[style.rawValue] }

    /// The face a run is drawn with: its style's, or the fallback face.
    func face(for run: GlyphRun) -> OpaquePointer {
        run.fallback ? (fallbackFace ?? faces[run.style.rawValue]) : faces[run.style.rawValue]
    }
}
