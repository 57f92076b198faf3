import Foundation
import Testing
import VanBan
import VanBanTestSupport

/// Issue 8: whatever arrives, a diagnostic or a correct PDF.
@Suite struct InputSafetyTests {
    static func doc(body: String = "\"Nội dung.\"", extra: String = "") -> String {
        #"{"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"seq": 1, "symbol": "SNV-VP"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "thử", "body": [\#(body)], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"\#(extra)}], "distribution": ["Lưu: VT"]}"#
    }

    static func render(_ json: String, _ options: RenderOptions = RenderOptions()) throws(DiagnosticError) -> Rendered {
        try Repository.engine.render(json: Array(json.utf8), options: options)
    }

    static func errors(_ json: String, _ options: RenderOptions = RenderOptions()) -> [Diagnostic] {
        do {
            _ = try render(json, options)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func invisibleCharactersAreRemovedWithAWarning() throws {
        let rendered = try Self.render(Self.doc(body: "\"Nội\u{200B}dung\u{FEFF} có\\tthẻ\u{00AD}tab.\""))
        let warning = try #require(rendered.diagnostics.first { $0.code == "MODEL.INVISIBLE_REMOVED" })
        #expect(warning.path == "/body/0")
        #expect(warning.english.message.contains("U+200B ZERO WIDTH SPACE"))
        let text = try Run.pdftotext(rendered.pdf)
        #expect(text.contains("Nộidung có thẻtab"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x200B || $0.value == 0xFEFF || $0.value == 0xAD })
    }

    @Test func legacyEncodedTextIsConvertedWithAWarning() throws {
        let json = Self.doc(body: "\"Thùc hiÖn KÕ ho¹ch sè 15/KH-UBND, Së Néi vô ®Ò nghÞ c¸c c¬ quan thùc hiÖn.\"")
        let rendered = try Self.render(json)
        let warning = try #require(rendered.diagnostics.first { $0.code == "MODEL.LEGACY_ENCODING" })
        #expect(warning.path == "/body/0")
        #expect(warning.english.message.contains("TCVN3"))
        let text = try Run.pdftotext(rendered.pdf).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Thực hiện Kế hoạch số 15/KH-UBND, Sở Nội vụ đề nghị các cơ quan thực hiện"), "\(text)")
    }

    @Test func limitsAreDiagnostics() throws {
        var small = RenderOptions()
        small.limits.inputBytes = 200
        #expect(Self.errors(Self.doc(), small).map(\.code) == ["MODEL.TOO_LARGE"])

        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let deepError = try #require(Self.errors(#"{"body": \#(deep)}"#).first)
        #expect(deepError.code == "JSON.TOO_DEEP")

        var shortStrings = RenderOptions()
        shortStrings.limits.stringBytes = 50
        let long = Self.errors(Self.doc(body: "\"" + String(repeating: "Nội dung dài. ", count: 10) + "\""), shortStrings)
        #expect(long.map(\.code) == ["MODEL.TOO_LONG"])
        #expect(long.first?.path == "/body/0")

        var onePage = RenderOptions()
        onePage.limits.pages = 1
        let body = (1...60).map { "\"Đoạn văn số \($0) của văn bản có nhiều trang để thử giới hạn số trang.\"" }.joined(separator: ", ")
        #expect(Self.errors(Self.doc(body: body), onePage).map(\.code) == ["LAYOUT.TOO_MANY_PAGES"])
    }

    /// A seal scan as a data: URL is longer than the 256 KB text limit but within the image limit;
    /// a small PNG that would unpack into gigabytes is refused by its pixel count.
    @Test func imagesAreBoundedByBytesAndPixels() throws {
        let script = #"""
            import base64, os, struct, sys, zlib
            def png(w, h, rows):
                def chunk(kind, data):
                    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
                color = 2 if rows else 0
                depth = 8 if rows else 1
                ihdr = struct.pack(">IIBBBBB", w, h, depth, color, 0, 0, 0)
                data = zlib.compress(rows if rows else b"\0" * 16)
                return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
            noise = b"".join(b"\0" + os.urandom(400 * 3) for _ in range(400))
            print(base64.b64encode(png(400, 400, noise)).decode())
            print(base64.b64encode(png(12000, 12000, None)).decode())
            """#
        let out = try Run.program("python3", ["-c", script]).text.split(separator: "\n").map(String.init)
        #expect(out.count == 2)
        let scan = "data:image/png;base64," + out[0], bomb = "data:image/png;base64," + out[1]
        #expect(scan.utf8.count > InputLimits.standard.stringBytes)
        let rendered = try Self.render(Self.doc(extra: #", "seal": "\#(scan)""#))
        #expect(rendered.pageCount == 1)
        let refused = Self.errors(Self.doc(extra: #", "seal": "\#(bomb)""#))
        #expect(refused.map { $0.code } == ["MODEL.IMAGE_TOO_LARGE"])
        #expect(refused.first?.english.message.contains("12000 × 12000 pixels") == true)
    }

    @Test func imagesComeOnlyFromAllowedFolders() throws {
        let root = try Repository.temporaryDirectory()
        let documents = root.appendingPathComponent("docs"), shared = root.appendingPathComponent("shared")
        for dir in [documents, shared] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        let seal = Repository.root + "/examples/images/con-dau-mau.png"
        try FileManager.default.copyItem(atPath: seal, toPath: shared.appendingPathComponent("dau.png").path)
        try FileManager.default.copyItem(atPath: seal, toPath: documents.appendingPathComponent("dau.png").path)
        try FileManager.default.createSymbolicLink(atPath: documents.appendingPathComponent("link.png").path,
                                                   withDestinationPath: shared.appendingPathComponent("dau.png").path)
        func options(_ allowed: [String]? = nil) -> RenderOptions {
            RenderOptions(baseDirectory: documents.path, allowedDirectories: allowed)
        }
        func sealDoc(_ path: String) -> String { Self.doc(extra: #", "seal": "\#(path)""#) }
        // Inside the document's folder: fine.
        #expect(try Self.render(sealDoc("dau.png"), options()).layout.pages[0].images.count == 1)
        // Outside, however it is written: refused.
        for path in ["../shared/dau.png", shared.appendingPathComponent("dau.png").path, "link.png", "/etc/passwd"] {
            let error = try #require(Self.errors(sealDoc(path), options()).first, "\(path)")
            #expect(error.code == "MODEL.IMAGE_OUTSIDE", "\(path)")
            #expect(error.path == "/signers/0/seal")
        }
        // Allowed explicitly: fine.
        #expect(try Self.render(sealDoc("../shared/dau.png"), options([documents.path, shared.path])).layout.pages[0].images.count == 1)
        // Too large.
        var tiny = options()
        tiny.limits.imageBytes = 1000
        #expect(Self.errors(sealDoc("dau.png"), tiny).map(\.code) == ["MODEL.IMAGE_TOO_LARGE"])
    }

    @Test func theCommandLineTakesTheLimitsAndFolders() throws {
        let dir = try Repository.temporaryDirectory()
        let input = dir.appendingPathComponent("doc.json")
        try Data(Self.doc(extra: #", "seal": "\#(Repository.root)/examples/images/con-dau-mau.png""#).utf8).write(to: input)
        let output = dir.appendingPathComponent("doc.pdf").path
        let refused = try Run.program(Repository.cli.path, ["render", input.path, "-o", output])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("error[MODEL.IMAGE_OUTSIDE]"))
        let allowed = try Run.program(Repository.cli.path, ["render", input.path, "-o", output, "--allow-dir", Repository.root + "/examples"])
        #expect(allowed.status == 0, "\(allowed.stderr)")
        let tooBig = try Run.program(Repository.cli.path, ["render", input.path, "-o", output, "--max-input-bytes", "100"])
        #expect(tooBig.status == 1)
        #expect(tooBig.stderr.contains("error[MODEL.TOO_LARGE]"))
    }
}

/// Characters the document faces lack: an error, or with a fallback face a warning and a PDF.
@Suite struct FallbackFaceTests {
    static let dejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  // fonts-dejavu-core (scripts/ensure-deps.sh)
    static let json = InputSafetyTests.doc(body: "\"Liên hệ ☎ 0294.3862 hoặc ✉ snv@travinh.gov.vn.\"")

    @Test func withoutAFallbackAMissingCharacterIsAnError() throws {
        let errors = InputSafetyTests.errors(Self.json)
        #expect(errors.map(\.code) == ["TEXT.MISSING_GLYPH"])
        #expect(errors.first?.path == "/body/0")
        #expect(errors.first?.english.message.contains("'☎' (U+260E)") == true)
        #expect(errors.first?.english.hint?.contains("--fallback-font") == true)
    }

    @Test func withAFallbackItIsAWarningAndTheCharacterIsDrawn() throws {
        var resources = Repository.resources
        resources.fonts.fallback = Self.dejaVu
        let engine = try Engine(resources: resources)
        let rendered = try engine.render(json: Array(Self.json.utf8))
        let warning = try #require(rendered.diagnostics.first { $0.code == "TEXT.FALLBACK_FONT" })
        #expect(warning.path == "/body/0")
        #expect(warning.english.message.contains("'☎' (U+260E), '✉' (U+2709)"))
        // Only those two characters use the fallback face; everything else stays Liberation Serif.
        let fallbackRuns = rendered.layout.lines.flatMap(\.runs).filter(\.fallback)
        #expect(Set(fallbackRuns.map(\.text)) == ["☎", "✉"])
        let fonts = try Run.program("pdffonts", [try Run.write(rendered.pdf).path]).text
        #expect(fonts.contains("+DejaVuSans"))
        #expect(try Run.pdftotext(rendered.pdf).contains("Liên hệ ☎ 0294.3862 hoặc ✉ snv@travinh.gov.vn"))
        // The fallback face is part of what the file identifier covers.
        #expect(try engine.identifier(json: Array(Self.json.utf8)) != (try Repository.engine.identifier(json: Array(Self.json.utf8))))
    }
}
