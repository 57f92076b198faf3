import Foundation
import Testing
import VanBan
import VanBanPages
import VanBanTestSupport

/// Issue 13: the classes of hostile input an independent probe found, each with its reproduction:
/// a diagnostic with its code and pointer, an exit status, and time and memory far from what the
/// input once cost. (Wall-time bounds here are generous guards against quadratic behaviour that
/// never finished, not benchmarks.)
@Suite struct HostileInputTests {
    static func doc(body: String = "\"Nội dung.\"", signer: String = "", extra: String = "") -> String {
        #"{"type": "cong-van", "issuer": {"name": "SỞ NỘI VỤ"}, "number": {"seq": 1, "symbol": "SNV-VP"}, "place": "Trà Vinh", "date": "2024-03-05", "subject": "thử", "body": [\#(body)], "signers": [{"title": "GIÁM ĐỐC", "name": "Nguyễn Văn An"\#(signer)}], "distribution": ["Lưu: VT"]\#(extra)}"#
    }

    static func errors(_ json: String, _ options: RenderOptions = RenderOptions()) -> [Diagnostic] {
        do {
            _ = try Repository.engine.render(json: Array(json.utf8), options: options)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = Date()
        let value = try body()
        return (value, Date().timeIntervalSince(start))
    }

    static func file(_ text: String, name: String = "doc.json") throws -> URL {
        let url = try Repository.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    // MARK: 1. Arithmetic on values from input

    /// A PNG header claiming 4294967295 × 4294967295 pixels once trapped on the pixel count:
    /// now an error at the image's pointer, for render, check and batch alike.
    @Test func anImageHeaderThatOverflowsIsAnError() throws {
        let huge = PNGFixture.file(width: 4_294_967_295, height: 4_294_967_295, idat: PNGFixture.zlibStored([0]))
        let json = Self.doc(signer: #", "signature": "\#(PNGFixture.dataURL(huge))""#)
        let found = Self.errors(json)
        #expect(found.map(\.code) == ["MODEL.IMAGE_TOO_LARGE"])
        #expect(found.first?.path == "/signers/0/signature")
        #expect(Repository.engine.check(json: Array(json.utf8)).diagnostics.contains { $0.code == "MODEL.IMAGE_TOO_LARGE" })
        let input = try Self.file(json)
        for command in [["render", input.path, "-o", input.deletingLastPathComponent().path + "/out.pdf"], ["check", input.path],
                        ["batch", input.path, "-o", input.deletingLastPathComponent().path + "/pdf", "--quiet"]] {
            let run = try Run.program(Repository.cli.path, command)
            #expect(run.status == 1, "\(command[0]): \(run.stderr)")
            #expect(run.stderr.contains("MODEL.IMAGE_TOO_LARGE"), "\(command[0])")
        }
    }

    /// Page numbers, limits and resolutions given on the command line are bounded before any
    /// arithmetic: usage errors, never a trap.
    @Test func extremeOptionValuesAreUsageErrors() throws {
        let input = try Self.file(Self.doc())
        let out = input.deletingLastPathComponent().path + "/p.png"
        for arguments in [["--page", "-9223372036854775808"], ["--page", "0"], ["--max-input-bytes", "9223372036854775807"],
                          ["--max-pages", "9223372036854775807"], ["--dpi", "nan"], ["--dpi", "1e308"]] {
            let run = try Run.program(Repository.cli.path, ["render", input.path, "-o", out] + arguments)
            #expect([1, 2].contains(run.status), "\(arguments): \(run.status) \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    // MARK: 2. Work linear in the input

    /// Runs of markup characters, footnote openers never closed and combining-mark storms were
    /// quadratic (40,000 `*` took 7.4 s, 200,000 never finished).
    @Test func markupAndMarkRunsCostLinearTime() throws {
        for body in [String(repeating: "*", count: 200_000), String(repeating: "_", count: 200_000),
                     String(repeating: "^[", count: 100_000), String(repeating: "*a ", count: 80_000),
                     String(repeating: "**a *b __c ", count: 20_000)] {
            let (found, seconds) = Self.timed { Self.errors(Self.doc(body: "\"\(body)\"")) }
            #expect(!found.contains { $0.code.rawValue.hasPrefix("RENDER") })
            #expect(seconds < 20, "\(body.prefix(12))…: \(seconds) s")
        }
        let storm = "a" + String(repeating: "\u{0301}", count: 120_000)
        let (found, seconds) = Self.timed { Self.errors(Self.doc(body: "\"\(storm)\"")) }
        #expect(found.map(\.code) == ["MODEL.COMBINING_MARKS"])
        #expect(found.first?.path == "/body/0")
        #expect(seconds < 5)
        // Vietnamese needs two marks on a letter at most; thirty are still accepted (UAX #15).
        #expect(Self.errors(Self.doc(body: "\"Vie\u{0302}\u{0323}t Nam o\u{031B}\u{0301}\"")).isEmpty)
    }

    // MARK: 3. Limits without holes

    /// Only image fields may hold a `data:` URL past the text limit; a 5 MB "subject" is text.
    @Test func dataURLsAreLongOnlyInImageFields() throws {
        let fake = "data:" + String(repeating: "x", count: 5 << 20)
        let json = #"{"type": "cong-van", "subject": "\#(fake)", "body": ["x"], "signers": [{"name": "A"}], "distribution": ["Lưu: VT"]}"#
        let (found, seconds) = Self.timed { Self.errors(json) }
        #expect(found.map(\.code) == ["MODEL.TOO_LONG"])
        #expect(found.first?.path == "/subject")
        #expect(seconds < 5)
        // A 300 KB seal (over the 256 KB text limit) is still an image.
        let seal = PNGFixture.dataURL(PNGFixture.file(width: 400, height: 200, idat: PNGFixture.zlibStored(
            (0..<200).flatMap { row -> [UInt8] in [0] + (0..<1600).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ row &* 7) } })))
        #expect(seal.utf8.count > 256 << 10)
        #expect(Self.errors(Self.doc(signer: #", "seal": "\#(seal)""#)).isEmpty)
    }

    /// Keys are bounded (a 7 MB key took 69 s in the "did you mean" edit distance) and unknown
    /// keys are reported ten at a time.
    @Test func keysAreBounded() throws {
        let long = String(repeating: "k", count: 7 << 20)
        let (found, seconds) = Self.timed { Self.errors(#"{"\#(long)": 1}"#) }
        #expect(found.map(\.code) == ["JSON.SYNTAX"])
        #expect(found.first?.english.message.contains("names are at most 1024") == true)
        #expect(seconds < 5)
        let many = (0..<100_000).map { #""unknown\#($0)": 1"# }.joined(separator: ", ")
        let json = Self.doc(extra: ", " + many)
        let (result, checkSeconds) = Self.timed { Repository.engine.check(json: Array(json.utf8)) }
        let unknown = result.diagnostics.filter { $0.code == "MODEL.UNKNOWN_KEY" }
        #expect(unknown.count == 11)
        #expect(unknown.last?.english.message == "99990 more unknown keys are ignored")
        #expect(checkSeconds < 10)
    }

    /// Input is read to the limit + 1 byte: `/dev/zero` and a 40 MB file are refused with little
    /// memory (a 700 MB file once took 1 GB, `/dev/zero` grew until the allocator failed).
    @Test func inputIsReadOnlyToTheLimit() throws {
        let folder = try Repository.temporaryDirectory()
        let big = folder.appendingPathComponent("big.json")
        try Data(repeating: 0x20, count: 40 << 20).write(to: big)
        for input in ["/dev/zero", big.path] {
            for command in ["render", "check"] {
                let arguments = command == "render" ? [command, input, "-o", folder.path + "/out.pdf"] : [command, input]
                let (run, peak, seconds) = try Run.measured(Repository.cli.path, arguments)
                #expect(run.status == 1, "\(command) \(input): \(run.stderr)")
                #expect(run.stderr.contains("MODEL.TOO_LARGE"), "\(command) \(input)")
                #expect(peak < 120_000, "\(command) \(input): \(peak) KB")
                #expect(seconds < 10)
            }
        }
        // A JSON Lines line over the limit fails alone; the lines around it render.
        let good = Self.doc().replacingOccurrences(of: "\n", with: " ")
        let lines = [good, "{\"body\": [\"" + String(repeating: "x", count: 9 << 20) + "\"]}", good].joined(separator: "\n")
        let register = folder.appendingPathComponent("register.jsonl")
        try Data(lines.utf8).write(to: register)
        let (run, peak, _) = try Run.measured(Repository.cli.path, ["batch", register.path, "-o", folder.path + "/pdf", "--quiet"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("register.jsonl:2: error[MODEL.TOO_LARGE]"), "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.path + "/pdf/register-000001.pdf"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/pdf/register-000003.pdf"))
        #expect(peak < 150_000, "\(peak) KB")
    }

    /// Tables are bounded: at most 100 columns and 100,000 cells a document (a 1.5 MB table of
    /// 300,000 cells took 57 s and 850 MB).
    @Test func tablesAreBounded() throws {
        let wide = #"{"table": {"rows": [[\#((0..<101).map { _ in "\"x\"" }.joined(separator: ","))]]}}"#
        #expect(Self.errors(Self.doc(body: wide)).map(\.code) == ["MODEL.RANGE"])
        let row = "[" + (0..<50).map { _ in "\"x\"" }.joined(separator: ",") + "]"
        let dense = #"{"table": {"rows": [\#(Array(repeating: row, count: 2_100).joined(separator: ","))]}}"#
        let (found, seconds) = Self.timed { Self.errors(Self.doc(body: dense)) }
        #expect(found.map(\.code) == ["MODEL.TOO_LARGE"])
        #expect(seconds < 5)
        // Spans reaching far do not make the grid grow with rows × columns.
        let spans = #"{"table": {"header": ["A", "B"], "rows": [\#(Array(repeating: #"[{"text": "x", "colspan": 100, "rowspan": 10000}]"#, count: 2_000).joined(separator: ","))]}}"#
        let (spanErrors, spanSeconds) = Self.timed { Self.errors(Self.doc(body: spans)) }
        #expect(spanErrors.isEmpty)
        #expect(spanSeconds < 20)
    }

    // MARK: 5. Images are decoded before layout

    /// Truncated, bad-checksum and garbage PNGs passed the header check and failed inside Cairo
    /// ("a bug in VanBan", HTTP 500, and `check` said the document was clean).
    @Test func corruptImagesAreTheDocumentsErrors() throws {
        let good = PNGFixture.solid(width: 20, height: 10)
        let broken = [
            PNGFixture.file(width: 20, height: 10, idat: PNGFixture.zlibStored([UInt8](repeating: 0, count: 10 * 81)), badChecksum: true),
            Array(good.prefix(good.count - 30)),
            PNGFixture.file(width: 20, height: 10, idat: Array("not deflate data at all".utf8)),
        ]
        #expect(Self.errors(Self.doc(signer: #", "signature": "\#(PNGFixture.dataURL(good))""#)).isEmpty)
        for png in broken {
            let json = Self.doc(signer: #", "seal": "\#(PNGFixture.dataURL(png))""#)
            let found = Self.errors(json)
            #expect(found.map(\.code) == ["MODEL.IMAGE"], "\(found)")
            #expect(found.first?.path == "/signers/0/seal")
            let checked = Repository.engine.check(json: Array(json.utf8))
            #expect(checked.hasErrors && checked.diagnostics.contains { $0.code == "MODEL.IMAGE" && $0.path == "/signers/0/seal" })
        }
    }

    // MARK: 6. Special files

    /// An image path that is a FIFO blocked render and check forever: a regular file is required.
    @Test func anImageThatIsAPipeIsRefusedAtOnce() throws {
        let folder = try Repository.temporaryDirectory()
        #expect(mkfifo(folder.path + "/seal.png", 0o644) == 0)
        let input = folder.appendingPathComponent("doc.json")
        try Data(Self.doc(signer: #", "seal": "seal.png""#).utf8).write(to: input)
        for command in [["check", input.path], ["render", input.path, "-o", folder.path + "/out.pdf"]] {
            let (run, _, seconds) = try Run.measured(Repository.cli.path, command)
            #expect(run.status == 1)
            #expect(run.stderr.contains("/signers/0/seal: error[MODEL.IMAGE]: 'seal.png' is not a regular file"), "\(run.stderr)")
            #expect(seconds < 10)
        }
    }

    /// `-o` onto a symbolic link replaces the file it names and keeps the link; onto a pipe it
    /// writes into the pipe (once it replaced a device node with a regular file).
    @Test func outputsFollowLinksAndWriteSpecialFilesInPlace() throws {
        let folder = try Repository.temporaryDirectory()
        let input = try Self.file(Self.doc())
        let target = folder.appendingPathComponent("target.pdf"), link = folder.appendingPathComponent("link.pdf")
        try Data("old".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "target.pdf")
        #expect(try Run.program(Repository.cli.path, ["render", input.path, "-o", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "target.pdf")
        #expect(try Data(contentsOf: target).prefix(5) == Data("%PDF-".utf8))

        let fifo = folder.path + "/pipe.pdf"
        #expect(mkfifo(fifo, 0o644) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        #expect(try Run.program(Repository.cli.path, ["render", input.path, "-o", fifo]).status == 0)
        while !reader.isFinished { usleep(10_000) }
        #expect(received.prefix(5) == Data("%PDF-".utf8))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)

        #expect(try Run.program(Repository.cli.path, ["render", input.path, "-o", folder.path]).status == 2)
    }

    // MARK: 7. Lengths and shares

    @Test func nonsenseLengthsAreErrors() throws {
        func table(_ columns: String) -> String { #"{"table": {"columns": \#(columns), "header": ["A", "B"], "rows": [["x", "y"]]}}"# }
        for (columns, code) in [(#"["nanmm", 1]"#, "MODEL.LENGTH"), (#"["infmm", 1]"#, "MODEL.LENGTH"), (#"["0x10mm", 1]"#, "MODEL.LENGTH"),
                                (#"["-10mm", 1]"#, "MODEL.RANGE"), (#"["1000mm", 1]"#, "MODEL.RANGE"), ("[1e308, 1]", "MODEL.RANGE"),
                                ("[0, 1]", "MODEL.RANGE"), ("[-2, 1]", "MODEL.RANGE"), (#"[{"width": "nanmm"}, 1]"#, "MODEL.LENGTH")] {
            let found = Self.errors(Self.doc(body: table(columns)))
            #expect(found.map(\.code.rawValue) == [code], "\(columns): \(found)")
            #expect(found.first?.path.hasPrefix("/body/0/table/columns/0") == true, "\(columns)")
        }
        let tooWide = Self.errors(Self.doc(body: table(#"["150mm", "150mm"]"#)))
        #expect(tooWide.map(\.code) == ["LAYOUT.TABLE_WIDTH"])
        #expect(tooWide.first?.path == "/body/0/table/columns")
        let cells = Self.errors(Self.doc(body: #"{"table": {"header": ["A", "B"], "rows": [{"cells": "x y"}]}}"#))
        #expect(cells.map(\.code) == ["MODEL.TYPE"])
        #expect(cells.first?.path == "/body/0/table/rows/0/cells")
    }

    // MARK: 8. Batch edges

    /// A killed run's temporary files are removed by the next run; a report that cannot be written
    /// fails the run; with standard error closed, progress never lands in the report; a closed
    /// pipe on standard error stops the printing, not the batch.
    @Test func batchEdges() throws {
        let folder = try Repository.temporaryDirectory()
        let inputs = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        for i in 1...6 { try Data(Self.doc(body: "\"Văn bản \(i).\"").utf8).write(to: inputs.appendingPathComponent("d\(i).json")) }
        let out = folder.appendingPathComponent("pdf")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A process that no longer exists: pid 4194303 is above Linux's largest by default.
        let stale = out.appendingPathComponent(".d1.pdf.4194303.tmp"), foreign = out.appendingPathComponent(".notes.txt")
        try Data("half".utf8).write(to: stale)
        try Data("keep".utf8).write(to: foreign)
        let first = try Run.program(Repository.cli.path, ["batch", inputs.path, "-o", out.path, "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: foreign.path))

        let full = try Run.program(Repository.cli.path, ["batch", inputs.path, "-o", out.path, "--quiet", "--report", "/dev/full"])
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write the report /dev/full"), "\(full.stderr)")

        let report = folder.appendingPathComponent("report.jsonl")
        let closed = try Run.program("/bin/sh", ["-c", "'\(Repository.cli.path)' batch '\(inputs.path)' -o '\(out.path)' --report '\(report.path)' 2>&-"])
        #expect(closed.status == 0)
        let lines = try String(contentsOf: report, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.hasPrefix("{") })

        try FileManager.default.removeItem(at: out)
        let piped = try Run.program("/bin/sh", ["-c", "'\(Repository.cli.path)' batch '\(inputs.path)' -o '\(out.path)' --name '{index}' 2>&1 | head -c 1; echo"])
        #expect(piped.status == 0)
        for i in 1...6 { #expect(FileManager.default.fileExists(atPath: out.path + "/\(i).pdf")) }
    }
}
