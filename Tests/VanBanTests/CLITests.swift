import Foundation
import Testing
import VanBanTestSupport

/// The `vanban` executable, run as a user would.
@Suite struct CLITests {
    let cli = Repository.cli.path

    @Test func rendersAFileAtomically() throws {
        let dir = try Repository.temporaryDirectory()
        let output = dir.appendingPathComponent("out.pdf").path
        let result = try Run.program(cli, ["render", Repository.root + "/examples/cong-van.json", "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(pdf.starts(with: Array("%PDF-1.5".utf8)))
        // Nothing but the PDF is left behind (the temporary file was renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.pdf"])
    }

    @Test func writesPNGSVGAndPostScriptByTheOutputsExtension() throws {
        let dir = try Repository.temporaryDirectory()
        let input = Repository.root + "/examples/cong-van-405-CV-BTGTU.json"
        for (name, magic) in [("p.png", "\u{89}PNG"), ("p.svg", "<?xml"), ("p.ps", "%!PS-Adobe-3.0"), ("p", "%PDF-1.5")] {
            let output = dir.appendingPathComponent(name).path
            let result = try Run.program(cli, ["render", "-q", input, "-o", output, "--dpi", "40", "--page", "2"])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
            #expect(bytes.starts(with: Array(magic.unicodeScalars.map { UInt8($0.value) })), "\(name)")
        }
        // 40 dpi of an A4 page: 331 × 468 pixels.
        let png = try Data(contentsOf: dir.appendingPathComponent("p.png"))
        #expect(Array(png[16..<24]) == [0, 0, 1, 75, 0, 0, 1, 212])
        // An extension VanBan does not write is a usage error naming those it does.
        let docx = try Run.program(cli, ["render", "-q", input, "-o", dir.appendingPathComponent("p.docx").path])
        #expect(docx.status == 2)
        #expect(docx.stderr.contains("pdf, png, svg, ps"), "\(docx.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.docx").path))
        let forced = try Run.program(cli, ["render", "-q", input, "-o", "-", "--to", "svg"])
        #expect(String(decoding: forced.stdout.prefix(5), as: UTF8.self) == "<?xml")
        let missing = try Run.program(cli, ["render", "-q", input, "-o", dir.appendingPathComponent("p3.png").path, "--page", "3"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error[RENDER.PAGE]: there is no page 3: the document has 2"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p3.png").path))
    }

    @Test func missingGlyphExitsNonZeroAndWritesNothing() throws {
        let dir = try Repository.temporaryDirectory()
        let input = dir.appendingPathComponent("bad.json")
        try Data(#"{"title": "Thử", "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}], "distribution": ["Lưu: VT, VP"], "body": ["ok", "Chữ 漢 ở đây"]}"#.utf8).write(to: input)
        let output = dir.appendingPathComponent("bad.pdf").path
        let result = try Run.program(cli, ["render", input.path, "-o", output])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json:/body/1: error[TEXT.MISSING_GLYPH]"))
        #expect(result.stderr.contains("'漢' (U+6F22)"))
        #expect(result.stderr.contains("hint:"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bad.json"])
    }

    @Test func syntaxErrorsSayWhere() throws {
        let result = try Run.program(cli, ["render", "-", "-o", "/dev/null"], input: Data("{\"body\": [\"a\",]}".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("-: error[JSON.SYNTAX]: invalid JSON at line 1, column 15"))
    }

    @Test func readsStandardInputAndWritesStandardOutput() throws {
        let result = try Run.program(cli, ["render", "-", "-o", "-"], input: Data(#"{"signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"}], "distribution": ["Lưu: VT, VP"], "body": ["Xin chào."]}"#.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.starts(with: Array("%PDF".utf8)))
    }

    @Test func unreadableInputIsAClearError() throws {
        let result = try Run.program(cli, ["render", "/nonexistent/doc.json", "-o", "/tmp/x.pdf"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot open /nonexistent/doc.json"))
    }

    @Test func fontsListsTheFacesAndTheirCoverage() throws {
        let result = try Run.program(cli, ["fonts"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.text.contains("Regular: Liberation Serif Regular — Version 2.1.5"))
        #expect(result.text.contains("Bold Italic: Liberation Serif Bold Italic"))
        #expect(result.text.components(separatedBy: "Vietnamese letters: 146/146").count == 5)
    }

    @Test func anotherFontFolderCanBeChosen() throws {
        let dir = try Repository.temporaryDirectory()
        let result = try Run.program(cli, ["fonts", "--font-dir", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no complete set of four faces"))
        for name in ["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"] {
            try FileManager.default.copyItem(atPath: Repository.root + "/fonts/LiberationSerif-Regular.ttf",
                                             toPath: dir.appendingPathComponent(name).path)
        }
        let swapped = try Run.program(cli, ["fonts", "--font-dir", dir.path])
        #expect(swapped.status == 0, "\(swapped.stderr)")
        #expect(swapped.text.contains(dir.appendingPathComponent("timesbd.ttf").path))
        // Liberation Serif has the metrics of Times New Roman: no note.
        let congVan = Repository.root + "/examples/cong-van.json"
        let same = try Run.program(cli, ["check", "--lang", "en", "--font-dir", dir.path, congVan])
        #expect(!same.stderr.contains("FONT.FAMILY"), "\(same.stderr)")
        // Another family is used, with a note that the standard asks for Times New Roman.
        let serif = "/usr/share/fonts/truetype/dejavu/"
        try #require(FileManager.default.fileExists(atPath: serif + "DejaVuSerif.ttf"), "fonts-dejavu-core (scripts/ensure-deps.sh)")
        for (name, face) in zip(["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"],
                                ["DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"]) {
            try FileManager.default.removeItem(atPath: dir.appendingPathComponent(name).path)
            try FileManager.default.copyItem(atPath: serif + face, toPath: dir.appendingPathComponent(name).path)
        }
        let other = try Run.program(cli, ["check", "--lang", "en", "--font-dir", dir.path, congVan])
        #expect(other.status == 0)
        #expect(other.stderr.contains("note[FONT.FAMILY]: the document's faces are DejaVu Serif; Nghị định 30/2020/NĐ-CP asks for Times New Roman"),
                "\(other.stderr)")
    }
}
