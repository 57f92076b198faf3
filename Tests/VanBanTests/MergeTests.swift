import Foundation
import Testing
import VanBanTestSupport

/// Issue 16: `vanban merge` from the registers offices keep (docs/merge.md), and `--shard`
/// (docs/scale.md). The data files are in Tests/Fixtures/merge (README.md there says how each
/// was made); every comparison is of real PDFs, byte for byte.
@Suite struct MergeTests {
    let cli = Repository.cli.path
    static let fixtures = Repository.root + "/Tests/Fixtures/merge"
    static let template = fixtures + "/template.json"

    /// The PDFs of a folder, by name.
    static func pdfs(_ dir: URL) throws -> [(name: String, bytes: Data)] {
        try BatchTests.files(in: dir).map { ($0, try Data(contentsOf: dir.appendingPathComponent($0))) }
    }

    /// The 50 documents of register.expected.jsonl (filled by make-fixtures.py, not by VanBan),
    /// rendered by `vanban batch`.
    static let expected: [Data] = {
        do {
            let out = try Repository.temporaryDirectory()
            let result = try Run.program(Repository.cli.path, ["batch", fixtures + "/register.expected.jsonl", "-o", out.path, "-q"])
            guard result.status == 0 else { fatalError("batch of the expected documents: \(result.stderr)") }
            return try pdfs(out).map(\.bytes)
        } catch { fatalError("\(error)") }
    }()

    /// Merges `data` into a fresh folder; the result and the folder.
    func merge(_ data: String, _ extra: [String] = []) throws -> (result: ProcessResult, out: URL) {
        let out = try Repository.temporaryDirectory().appendingPathComponent("out")
        return (try Run.program(cli, ["merge", Self.template, data, "-o", out.path, "-q"] + extra), out)
    }

    @Test func aCSVRegisterGivesTheSameBytesAsTheSameDocumentsInJSON() throws {
        let (result, out) = try merge(Self.fixtures + "/register.csv")
        #expect(result.status == 0, "\(result.stderr)")
        let pdfs = try Self.pdfs(out)
        #expect(pdfs.count == 50)
        #expect(pdfs.map(\.bytes) == Self.expected)
        // Names are <data file>-<line>: row 5 has a line end inside a quoted cell, so the next row starts on line 8.
        #expect(pdfs.prefix(6).map(\.name) == ["register-000002.pdf", "register-000003.pdf", "register-000004.pdf",
                                                "register-000005.pdf", "register-000006.pdf", "register-000008.pdf"])
        let text = try Run.pdftotext(Array(pdfs[6].bytes))
        #expect(text.contains("Trần Thị \"Bé\" Ba"))

        // Run again: every row's PDF is what it would render, so nothing is rendered.
        let report = out.deletingLastPathComponent().appendingPathComponent("report.jsonl").path
        let again = try Run.program(cli, ["merge", Self.template, Self.fixtures + "/register.csv", "-o", out.path, "--skip-unchanged", "--report", report])
        #expect(again.status == 0)
        #expect(again.stderr.contains("vanban merge: 50 documents in"))
        #expect(again.stderr.contains("0 rendered, 50 unchanged, 0 failed"))
        #expect(Array(try BatchTests.reportLines(report).compactMap { $0["line"] as? Int }.sorted().prefix(6)) == [2, 3, 4, 5, 6, 8])
    }

    /// register.xlsx was written by LibreOffice from register.csv (dates as date cells).
    @Test func anXLSXSavedByLibreOfficeGivesTheSameBytes() throws {
        let (result, out) = try merge(Self.fixtures + "/register.xlsx", ["--name", "{{Số}}-{{Họ tên}}"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdfs = try Self.pdfs(out)
        #expect(pdfs.count == 50)
        #expect(pdfs.first?.name == "101-Trần_Thị_Bình.pdf")
        #expect(pdfs.map(\.name).contains("107-Trần_Thị_-Bé-_Ba.pdf"))
        let bySeq = pdfs.sorted { Int($0.name.prefix(3))! < Int($1.name.prefix(3))! }
        #expect(bySeq.map(\.bytes) == Self.expected)
    }

    /// Excel's "Unicode Text" (UTF-16 with its mark, tabs, CRLF) in both byte orders, and a ';'
    /// CSV whose header is in NFD: the same documents.
    @Test func unicodeTextAndSemicolonRegistersGiveTheSameBytes() throws {
        let little = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/register-unicode.txt"))
        var big = Data(little)
        for i in stride(from: 0, to: big.count - 1, by: 2) { big.swapAt(i, i + 1) }
        let bigFile = try Repository.temporaryDirectory().appendingPathComponent("register-be.txt")
        try big.write(to: bigFile)
        for data in [Self.fixtures + "/register-unicode.txt", bigFile.path, Self.fixtures + "/register-semicolon.csv"] {
            let (result, out) = try merge(data)
            #expect(result.status == 0, "\(data): \(result.stderr)")
            #expect(try Self.pdfs(out).map(\.bytes) == Self.expected, "\(data)")
        }
    }

    /// A hand-made workbook (make-fixtures.py): the register on its second sheet, "Họ tên" merged
    /// over two header cells, dates with the built-in format 14 and a custom dd/mm/yyyy.
    @Test func mergedHeaderCellsAndDateCells() throws {
        let (result, out) = try merge(Self.fixtures + "/merged-dates.xlsx", ["--sheet", "Danh sách", "--name", "{{Số}}-{{Họ tên}}"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.pdfs(out).map(\.name) == ["12-Phạm_Minh_Châu.pdf", "13-Đỗ_Thị_Hồng.pdf"])
        let first = try Run.pdftotext(Array(try Data(contentsOf: out.appendingPathComponent("12-Phạm_Minh_Châu.pdf"))))
        #expect(first.contains("ngày 05 tháng 3 năm 2024"))
        #expect(first.contains("Văn phòng Sở"))
        #expect(!first.contains("bỏ qua"))  // the second cell of the merged header has no column
        let second = try Run.pdftotext(Array(try Data(contentsOf: out.appendingPathComponent("13-Đỗ_Thị_Hồng.pdf"))))
        #expect(second.contains("ngày 01 tháng 01 năm 2024"))

        let (missing, missingOut) = try merge(Self.fixtures + "/merged-dates.xlsx", ["--sheet", "Không có"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error[XLSX.SHEET]: "))
        #expect(missing.stderr.contains("Ghi chú, Danh sách"))
        #expect(!FileManager.default.fileExists(atPath: missingOut.path))
    }

    /// An empty cell fails its row, located as file:line:column; the others are rendered.
    @Test func aBadRowIsReportedWithFileRowAndColumnAndTheOthersRender() throws {
        var lines = try String(contentsOfFile: Self.fixtures + "/register.csv", encoding: .utf8).components(separatedBy: "\r\n")
        // Line 17: the 15th data row (row 5 takes two lines; its line end inside quotes is a
        // bare LF, so it stays in one element here: index 15); its name emptied.
        var cells = lines[15].components(separatedBy: ",")
        #expect(cells[0] == "115")
        cells[1] = " "
        lines[15] = cells.joined(separator: ",")
        let dir = try Repository.temporaryDirectory()
        let data = dir.appendingPathComponent("data.csv")
        try Data(lines.joined(separator: "\r\n").utf8).write(to: data)
        let report = dir.appendingPathComponent("report.jsonl").path
        let (result, out) = try merge(data.path, ["--report", report])
        #expect(result.status == 1)
        #expect(result.stderr.contains("data.csv:17:Họ tên: error[MERGE.EMPTY_CELL]: the cell is empty, and the template needs a value for {{Họ tên}} at /subject"),
                "\(result.stderr)")
        #expect(result.stderr.contains("49 rendered, 0 unchanged, 1 failed"))
        let pdfs = try Self.pdfs(out)
        #expect(pdfs.count == 49)
        #expect(!pdfs.map(\.name).contains("data-000017.pdf"))
        let failed = try BatchTests.reportLines(report).filter { $0["status"] as? String == "failed" }
        #expect(failed.count == 1)
        #expect(failed.first?["line"] as? Int == 17)

        let vietnamese = try Run.program(cli, ["merge", Self.template, data.path, "-o", out.path, "-q", "--lang", "vi"])
        #expect(vietnamese.stderr.contains("data.csv:17:Họ tên: lỗi[MERGE.EMPTY_CELL]: ô dữ liệu để trống"), "\(vietnamese.stderr)")
    }

    /// A column the template names and the data lacks: one error per column, before anything is rendered.
    @Test func aMissingColumnStopsTheMergeBeforeRendering() throws {
        let dir = try Repository.temporaryDirectory()
        let template = dir.appendingPathComponent("mau.json")
        let text = try String(contentsOfFile: Self.template, encoding: .utf8).replacingOccurrences(of: "{{Họ tên}}", with: "{{Họ và tên}}")
        try Data(text.utf8).write(to: template)
        let out = dir.appendingPathComponent("out")
        let result = try Run.program(cli, ["merge", template.path, Self.fixtures + "/register.csv", "-o", out.path])
        #expect(result.status == 2)
        let errors = result.stderr.components(separatedBy: "\n").filter { $0.contains("error[") }
        #expect(errors == ["\(template.path):/subject: error[MERGE.MISSING_COLUMN]: {{Họ và tên}} names the column 'Họ và tên', which \(Self.fixtures)/register.csv does not have"],
                "\(result.stderr)")
        #expect(result.stderr.contains("its columns: Số, Họ tên, Chức vụ, Ngày ký, Nơi nhận, Ghi chú"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aZipBombAndATruncatedWorkbookAreRefused() throws {
        let bomb = try Run.measured(cli, ["merge", Self.template, Self.fixtures + "/bomb.xlsx", "--sheet", "Danh sách", "-o",
                                          try Repository.temporaryDirectory().appendingPathComponent("out").path])
        #expect(bomb.result.status == 2)
        #expect(bomb.result.stderr.contains("error[XLSX.BOMB]: "), "\(bomb.result.stderr)")
        #expect(bomb.result.stderr.contains("error[XLSX.BOMB]: the part xl/worksheets/sheet2.xml would unpack to 100.0 MB"))
        #expect(bomb.peakKilobytes < 100_000)

        let whole = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/register.xlsx"))
        let dir = try Repository.temporaryDirectory()
        for (name, bytes) in [("half.xlsx", whole.prefix(whole.count / 2)), ("tail-cut.xlsx", whole.prefix(whole.count - 10)),
                              ("empty.xlsx", Data())] {
            try Data(bytes).write(to: dir.appendingPathComponent(name))
            let (result, out) = try merge(dir.appendingPathComponent(name).path)
            #expect(result.status == 2, "\(name)")
            #expect(result.stderr.contains("\(name): error[XLSX.ZIP]: "), "\(name): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        // The directory intact, a packed part damaged: its CRC or its stream says so.
        var damaged = whole
        let sheet = try #require(damaged.range(of: Data("xl/worksheets/sheet1.xml".utf8)))
        for i in (sheet.upperBound + 40)..<(sheet.upperBound + 80) { damaged[i] ^= 0x5A }
        try damaged.write(to: dir.appendingPathComponent("damaged.xlsx"))
        let (result, _) = try merge(dir.appendingPathComponent("damaged.xlsx").path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("damaged.xlsx: error[XLSX.ZIP]: ") && result.stderr.contains("is damaged"), "\(result.stderr)")
    }

    /// Three shards into one folder write exactly the files of one run, for merge and for batch.
    @Test func threeShardsWriteExactlyTheFilesOfOneRun() throws {
        let runs: [[String]] = [
            ["merge", Self.template, Self.fixtures + "/register.csv", "--name", "{{Ngày ký}}"],  // dates repeat: -2, -3 across shards
            ["batch", Self.fixtures + "/register.expected.jsonl", "--name", "{date}"],
        ]
        for arguments in runs {
            let dir = try Repository.temporaryDirectory()
            let whole = try Run.program(cli, arguments + ["-o", dir.appendingPathComponent("whole").path, "-q"])
            #expect(whole.status == 0, "\(whole.stderr)")
            for k in 1...3 {
                let part = try Run.program(cli, arguments + ["-o", dir.appendingPathComponent("shards").path, "-q", "--shard", "\(k)/3"])
                #expect(part.status == 0, "\(part.stderr)")
            }
            let one = try Self.pdfs(dir.appendingPathComponent("whole")), three = try Self.pdfs(dir.appendingPathComponent("shards"))
            #expect(one.count == 50)
            #expect(one.map(\.name) == three.map(\.name), "\(arguments[0])")
            #expect(one.map(\.bytes) == three.map(\.bytes), "\(arguments[0])")
            #expect(Set(one.map(\.name)).count == 50)
        }
    }

    @Test(arguments: [
        (["--shard", "0/3"], "--shard must be K/N with 1 ≤ K ≤ N ≤ 100000, not '0/3'"),
        (["--shard", "4/3"], "not '4/3'"),
        (["--shard", "x"], "not 'x'"),
        (["--delimiter", ";;"], "--delimiter must be one character, not ';;'"),
        (["--name", "{{Số"], "error[MERGE.SLOT]"),
    ])
    func usageProblemsExitWithTwo(extra: [String], message: String) throws {
        let (result, out) = try merge(Self.fixtures + "/register.csv", extra)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func malformedSheetXMLIsADiagnosticNamingThePart() throws {
        let (result, out) = try merge(Self.fixtures + "/malformed.xlsx", ["--sheet", "Danh sách"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("malformed.xlsx: error[XLSX.XML]: xl/worksheets/sheet2.xml is not well-formed XML (near byte"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Excel's "CSV (Comma delimited)" on a Vietnamese Windows is Windows-1258, not UTF-8: refused
    /// with the byte, and a hint to save as CSV UTF-8.
    @Test func aCSVThatIsNotUnicodeIsRefused() throws {
        let data = try Repository.temporaryDirectory().appendingPathComponent("ansi.csv")
        try Data([0x53, 0xE8, 0x2C, 0x48, 0xEC, 0x20, 0x74, 0xEA, 0x6E, 0x0A, 0x31, 0x2C, 0x41, 0x6E, 0x0A]).write(to: data)  // "Số,Họ tên" in cp1258
        let (result, _) = try merge(data.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ansi.csv: error[DATA.ENCODING]: \(data.path) is not UTF-8 or UTF-16 text: invalid bytes at byte 1"), "\(result.stderr)")
        #expect(result.stderr.contains("CSV UTF-8") && result.stderr.contains("--encoding windows-1258"))

        // Read as Windows-1258 (tone marks as combining characters, as Excel writes them): the same documents.
        let (legacy, out) = try merge(Self.fixtures + "/register-windows-1258.csv", ["--encoding", "windows-1258"])
        #expect(legacy.status == 0, "\(legacy.stderr)")
        #expect(try Self.pdfs(out).map(\.bytes) == Self.expected)
    }

    @Test func anUnclosedQuoteIsADiagnosticWithItsLine() throws {
        let data = try Repository.temporaryDirectory().appendingPathComponent("so.csv")
        try Data("Số,Họ tên\n1,An\n2,\"Bình\n3,Cường\n".utf8).write(to: data)
        let (result, _) = try merge(data.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("so.csv:3: error[DATA.QUOTE]: the quoted cell opened on line 3 is never closed"), "\(result.stderr)")
    }

    /// A register kept as JSON Lines, with examples/merge/giay-moi.json: an optional slot left
    /// empty drops its paragraph, an array fills the list slot, a date serial and a number given
    /// as text get their model types, and a row with a bad date fails alone.
    @Test func jsonLinesRowsOptionalSlotsAndTypedValues() throws {
        let dir = try Repository.temporaryDirectory()
        let rows = [
            #"{"Số": "05", "Ngày ký": 45356, "Danh xưng": "ông", "Họ tên": "Lê Văn Tám", "Chức vụ": "Chuyên viên", "Đơn vị": "Sở Tài chính", "Nơi nhận": ["Như trên", "Sở Tài chính"]}"#,
            "",
            #"{"Số": 6, "Ngày ký": "31/02/2024", "Danh xưng": "bà", "Họ tên": "Mai", "Chức vụ": "Kế toán", "Đơn vị": "Sở Y tế", "Nơi nhận": "Như trên", "Ghi chú": null}"#,
        ]
        let data = dir.appendingPathComponent("moi.jsonl")
        try Data(rows.joined(separator: "\n").utf8).write(to: data)
        let out = dir.appendingPathComponent("out")
        let result = try Run.program(cli, ["merge", Repository.root + "/examples/merge/giay-moi.json", data.path, "-o", out.path, "-q"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("moi.jsonl:3:Ngày ký: error[MERGE.NOT_A_DATE]: '31/02/2024' is not a date, and {{Ngày ký}} fills the date at /date"),
                "\(result.stderr)")
        #expect(try BatchTests.files(in: out) == ["moi-000001.pdf"])
        let text = try Run.pdftotext(Array(try Data(contentsOf: out.appendingPathComponent("moi-000001.pdf"))))
        #expect(text.contains("Số: 05/GM-SKHĐT"))
        #expect(text.contains("ngày 05 tháng 3 năm 2024"))
        #expect(text.contains("- Sở Tài chính;"))
        #expect(text.contains("Rất mong ông tham dự"))
        #expect(!text.contains("{{"))
    }

    /// A workbook in the 1904 date system counts a plain number serial from 1904 (43894 is
    /// 5 March 2024), and a formula error (`#N/A`) fails its row instead of printing.
    @Test func the1904DateSystemAndAFormulaError() throws {
        let (result, out) = try merge(Self.fixtures + "/date1904-errors.xlsx")
        #expect(result.status == 1)
        #expect(result.stderr.contains("date1904-errors.xlsx:3:Họ tên: error[MERGE.ERROR_CELL]: the cell holds the spreadsheet error #N/A"),
                "\(result.stderr)")
        let pdfs = try Self.pdfs(out)
        #expect(pdfs.count == 1)
        let text = try Run.pdftotext(Array(try #require(pdfs.first).bytes))
        #expect(text.contains("ngày 05 tháng 3 năm 2024"), "\(text.prefix(400))")
        #expect(!text.contains("#N/A"))
    }
}

