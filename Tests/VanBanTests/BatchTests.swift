import Foundation
import Testing
import VanBan
import VanBanRender
import VanBanTestSupport

/// Issue 7: `vanban batch`, run as a records team would.
@Suite struct BatchTests {
    let cli = Repository.cli.path

    /// A folder with `count` small documents (two in a subfolder) and one that uses the sample seal.
    static func inputFolder() throws -> URL {
        let dir = try Repository.temporaryDirectory().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("phong-b"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("images"), withIntermediateDirectories: true)
        for (name, seq) in [("a.json", 1), ("b.json", 2), ("phong-b/c.json", 3), ("phong-b/d.json", 4)] {
            try Data(document(seq: seq).utf8).write(to: dir.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(atPath: Repository.root + "/examples/images/con-dau-mau.png",
                                         toPath: dir.appendingPathComponent("images/dau.png").path)
        try Data(document(seq: 5, seal: "images/dau.png").utf8).write(to: dir.appendingPathComponent("e.json"))
        try Data("not a document".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        return dir
    }

    static func document(seq: Int, seal: String? = nil, body: String = "Nội dung công văn.", type: String = "cong-van") -> String {
        let sealMember = seal.map { #", "seal": "\#($0)""# } ?? ""
        return #"{"type": "\#(type)", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"seq": \#(seq), "symbol": "SNV-VP"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "thử số \#(seq)", "body": ["\#(body)"], "distribution": ["Lưu: VT, VP"], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"\#(sealMember)}]}"#
    }

    static func reportLines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func files(in dir: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: dir.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".pdf") || $0.contains(".tmp") }.sorted()
    }

    @Test func aFolderIsRenderedTreeForTreeAndARerunSkipsWhatIsUnchanged() throws {
        let input = try Self.inputFolder()
        let out = input.deletingLastPathComponent().appendingPathComponent("out")
        let report = input.deletingLastPathComponent().appendingPathComponent("report.jsonl").path
        let first = try Run.program(cli, ["batch", input.path, "-o", out.path, "--report", report])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try Self.files(in: out) == ["a.pdf", "b.pdf", "e.pdf", "phong-b/c.pdf", "phong-b/d.pdf"])
        #expect(first.stderr.contains("vanban batch: 5 documents in"))
        #expect(first.stderr.contains("5 rendered, 0 unchanged, 0 failed"))
        let lines = try Self.reportLines(report)
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0["status"] as? String == "ok" && $0["pages"] as? Int == 1 })
        #expect(Set(lines.compactMap { $0["index"] as? Int }) == Set(1...5))
        let pdfA = try Data(contentsOf: out.appendingPathComponent("a.pdf"))

        // Same inputs: nothing is rendered again, nothing changes.
        let second = try Run.program(cli, ["batch", input.path, "-o", out.path, "--skip-unchanged", "--report", report])
        #expect(second.status == 0)
        #expect(try Self.reportLines(report).allSatisfy { $0["status"] as? String == "skipped" })
        #expect(try Data(contentsOf: out.appendingPathComponent("a.pdf")) == pdfA)

        // One changed document and one changed seal image: only those two are rendered again.
        try Data(Self.document(seq: 2, body: "Nội dung đã sửa.").utf8).write(to: input.appendingPathComponent("b.json"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("images/dau.png"))
        try FileManager.default.copyItem(atPath: Repository.root + "/examples/images/chu-ky-mau.png",
                                         toPath: input.appendingPathComponent("images/dau.png").path)
        let third = try Run.program(cli, ["batch", input.path, "-o", out.path, "--skip-unchanged", "--report", report])
        #expect(third.status == 0)
        let statuses = Dictionary(uniqueKeysWithValues: try Self.reportLines(report).map {
            (URL(fileURLWithPath: $0["input"] as! String).lastPathComponent, $0["status"] as! String)
        })
        #expect(statuses == ["a.json": "skipped", "b.json": "ok", "c.json": "skipped", "d.json": "skipped", "e.json": "ok"])
        #expect(try Run.pdftotext(Array(try Data(contentsOf: out.appendingPathComponent("b.pdf")))).contains("Nội dung đã sửa"))
    }

    /// A skipped document reports the pages of the PDF it kept (the page tree is read from the
    /// whole file: with the tagged structure it is far from the file's end).
    @Test func aSkippedDocumentReportsItsPages() throws {
        let dir = try Repository.temporaryDirectory()
        let input = Repository.root + "/examples/bao-cao-phu-luc-ngang.json"
        let out = dir.appendingPathComponent("out").path
        var pages: [Int] = []
        for round in 0..<2 {
            let report = dir.appendingPathComponent("r\(round).jsonl").path
            let run = try Run.program(cli, ["batch", input, "-o", out, "--skip-unchanged", "--report", report, "--quiet"])
            #expect(run.status == 0, "\(run.stderr)")
            let line = try #require(try Self.reportLines(report).first)
            #expect(line["status"] as? String == (round == 0 ? "ok" : "skipped"))
            pages.append(line["pages"] as? Int ?? -1)
        }
        #expect(pages.first == 5 && pages.last == 5, "\(pages)")
    }

    @Test func oneBadDocumentNeverStopsTheBatch() throws {
        let dir = try Repository.temporaryDirectory()
        let lines = [Self.document(seq: 1), Self.document(seq: 2, body: "Chữ 漢 ở đây"), "", "{\"body\": [1,", Self.document(seq: 3)]
        let input = dir.appendingPathComponent("so-cong-van.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: input)
        let report = dir.appendingPathComponent("r.jsonl").path
        let result = try Run.program(cli, ["batch", input.path, "-o", dir.appendingPathComponent("out").path, "--report", report, "--jobs", "2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("so-cong-van.jsonl:2:/body/0: error[TEXT.MISSING_GLYPH]"))
        #expect(result.stderr.contains("so-cong-van.jsonl:4: error[JSON.SYNTAX]"))
        #expect(result.stderr.contains("2 rendered, 0 unchanged, 2 failed"))
        // Blank line 3 is skipped; the names keep the line numbers.
        #expect(try Self.files(in: dir.appendingPathComponent("out")) == ["so-cong-van-000001.pdf", "so-cong-van-000005.pdf"])
        let failed = try Self.reportLines(report).filter { $0["status"] as? String == "failed" }
        #expect(failed.compactMap { $0["line"] as? Int }.sorted() == [2, 4])
        #expect(failed.allSatisfy { $0["output"] is NSNull })
        let codes = failed.flatMap { ($0["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String } }
        #expect(Set(codes) == ["TEXT.MISSING_GLYPH", "JSON.SYNTAX"])
    }

    @Test func standardInputAndNameTemplatesWithCollisions() throws {
        let dir = try Repository.temporaryDirectory()
        let input = [Self.document(seq: 5), Self.document(seq: 5), Self.document(seq: 12, type: "thong-bao")].joined(separator: "\n")
        let out = dir.appendingPathComponent("out")
        let result = try Run.program(cli, ["batch", "-", "-o", out.path, "--name", "{number}_{date}", "-q"], input: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try Self.files(in: out) == ["05-SNV-VP_2024-03-05-2.pdf", "05-SNV-VP_2024-03-05.pdf", "12-SNV-VP_2024-03-05.pdf"])
        // The first document in input order keeps the plain name.
        let first = try Run.pdftotext(Array(try Data(contentsOf: out.appendingPathComponent("05-SNV-VP_2024-03-05.pdf"))))
        #expect(first.contains("Số: 05/SNV-VP"))

        let plain = try Run.program(cli, ["batch", "-", "-o", dir.appendingPathComponent("plain").path, "-q"], input: Data(input.utf8))
        #expect(plain.status == 0)
        #expect(try Self.files(in: dir.appendingPathComponent("plain")) == ["stdin-000001.pdf", "stdin-000002.pdf", "stdin-000003.pdf"])
    }

    @Test func workersDoNotChangeTheBytes() throws {
        let input = try Self.inputFolder()
        var outputs: [[Data]] = []
        for jobs in ["1", "2"] {
            let out = input.deletingLastPathComponent().appendingPathComponent("out-\(jobs)")
            let result = try Run.program(cli, ["batch", input.path, "-o", out.path, "--jobs", jobs, "-q"])
            #expect(result.status == 0)
            outputs.append(try Self.files(in: out).map { try Data(contentsOf: out.appendingPathComponent($0)) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count == 5)
    }

    @Test(arguments: [
        (["--name", "{numero}"], "unknown placeholder {numero}"),
        (["--name", "{number"], "has a { without its }"),
        (["--jobs", "0"], "--jobs must be from 1 to 256, not 0"),
    ])
    func usageProblemsExitWithTwo(extra: [String], message: String) throws {
        let dir = try Repository.temporaryDirectory()
        let result = try Run.program(cli, ["batch", Repository.root + "/examples/cong-van.json", "-o", dir.path] + extra)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try Self.files(in: dir).isEmpty)
    }

    /// Ctrl-C: what was started is finished, nothing half-written is left, the summary says so.
    @Test func anInterruptedBatchLeavesOnlyWholeFiles() throws {
        let dir = try Repository.temporaryDirectory()
        let input = dir.appendingPathComponent("many.jsonl")
        try Data((1...1500).map { Self.document(seq: $0) }.joined(separator: "\n").utf8).write(to: input)
        let out = dir.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cli)
        process.arguments = ["batch", input.path, "-o", out.path, "--jobs", "2"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.interrupt()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("vanban batch: interrupted; "))
        let files = try Self.files(in: out)
        #expect(!files.isEmpty && files.count < 1500)
        #expect(files.allSatisfy { $0.hasSuffix(".pdf") && !$0.hasPrefix(".") })
        for name in [files.first!, files.last!] {
            let check = try Run.program("qpdf", ["--check", out.appendingPathComponent(name).path])
            #expect(check.status == 0, "\(name)")
        }
    }

    @Test func aMissingInputIsAUsageError() throws {
        let result = try Run.program(cli, ["batch", "/nonexistent/register.jsonl", "-o", try Repository.temporaryDirectory().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot open /nonexistent/register.jsonl"))
    }
}

/// The file identifier ties a PDF to what it was made from.
@Suite struct IdentifierTests {
    @Test func theIdentifierIsKnownBeforeRenderingAndFollowsTheInput() throws {
        let json = Array(try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/cong-van.json")))
        let rendered = try Repository.engine.render(json: json)
        let identifier = try Repository.engine.identifier(json: json)
        #expect(PDFIdentifier.read(fromEnd: Array(rendered.pdf.suffix(2048))) == identifier)
        #expect(String(decoding: rendered.pdf.suffix(400), as: UTF8.self).contains("/ID [<\(identifier)> <\(identifier)>]"))
        // A creation date given at render time changes the bytes, so it changes the identifier.
        let other = try Repository.engine.identifier(json: json, options: RenderOptions(created: Timestamp(iso: "2024-03-06T08:00:00+07:00")))
        #expect(other != identifier)
        // The signature fields update keeps the first identifier.
        let withFields = try Repository.engine.render(json: json, options: RenderOptions(signatureFields: true))
        #expect(PDFIdentifier.read(fromEnd: Array(withFields.pdf.suffix(2048))) == identifier)
    }
}
