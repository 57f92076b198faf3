import Testing
@testable import VanBanText
import VanBanTestSupport
import VanBanModel
import Foundation

/// The bundled faces lose their TrueType hinting and nothing else.
@Suite struct HintStripperTests {
    static let files = ["Regular", "Bold", "Italic", "BoldItalic"].map { Repository.root + "/fonts/LiberationSerif-\($0).ttf" }

    static func read(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

    @Test(arguments: files)
    func onlyHintingGoes(path: String) throws {
        let original = try Self.read(path)
        let stripped = try #require(original.withUnsafeBytes { HintStripper.strip($0) })
        let before = try original.withUnsafeBytes { try #require(TableDirectory($0)) }
        let after = try stripped.withUnsafeBytes { try #require(TableDirectory($0)) }
        #expect(Set(before.entries.map(\.tag)).subtracting(after.entries.map(\.tag)) == ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"]
            .reduce(into: Set<String>()) { if before[$1] != nil { $0.insert($1) } })
        #expect(after["fpgm"] == nil && after["prep"] == nil && after["cvt "] == nil)
        // Every other table but glyf, loca and head is byte for byte the same.
        for entry in after.entries where !["glyf", "loca", "head"].contains(entry.tag) {
            let old = try #require(before[entry.tag])
            #expect(Array(original[old]) == Array(stripped[entry.range]), "\(entry.tag)")
        }
        // The whole file sums to the OpenType constant, and each table to its recorded checksum.
        #expect(HintStripper.checksum(stripped) == 0xB1B0_AFBA)
        #expect(stripped.count < original.count * 7 / 10)  // 35 % or more of Liberation Serif is hinting
        // Glyph count, names, metrics and coverage are unchanged as HarfBuzz sees them.
        let face = try FontFace(path: path)
        #expect(face.bytes.count == stripped.count)
        #expect(face.glyphCount > 2500)
    }

    @Test func shapingIsUnchanged() throws {
        // Glyphs, advances and offsets of a Vietnamese sample with kerning pairs, from the faces as
        // loaded (no hinting) and from the files as they are.
        let text = "Độc lập - Tự do - Hạnh phúc. AVATAR Tỷ lệ “Ủy ban” quyết định Wa To"
        let hinted = FontBook(faces: try FontStyle.allCases.map { try FontFace(path: Self.files[$0.rawValue], keepHinting: true) })
        let plain = HarfBuzzShaper(fonts: Repository.fonts), original = HarfBuzzShaper(fonts: hinted)
        for style in FontStyle.allCases {
            let a = try plain.shape(text, style: style), b = try original.shape(text, style: style)
            #expect(a.glyphs.map(\.id) == b.glyphs.map(\.id))
            #expect(a.glyphs.map(\.advance) == b.glyphs.map(\.advance))
            #expect(a.glyphs.map(\.xOffset) == b.glyphs.map(\.xOffset))
            #expect(plain.metrics(style) == original.metrics(style))
        }
    }
}
