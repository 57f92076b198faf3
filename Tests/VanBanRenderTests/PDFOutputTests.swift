import Foundation
import Testing
import VanBan
import VanBanPages
import VanBanTestSupport

/// Real output: Cairo PDFs read back with poppler and qpdf.
@Suite struct PDFOutputTests {
    static let samples = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ẪỄỖẶẬỢỰ ị",
    ]
    static let markers = ["", "**", "*", "***"]  // regular, bold, italic, bold italic

    /// Each sample in each style, one paragraph each, under the header.
    static func samplesDocument(decomposed: Bool) -> Document {
        var body: [Block] = []
        for marker in markers {
            for sample in samples {
                let text = decomposed ? sample.decomposedStringWithCanonicalMapping : sample
                body.append(.paragraph(Paragraph(marker + text + marker)))
            }
        }
        return Document(type: "van-ban", date: PartialDate(iso: "2024-03-05"), body: body, closing: "")
    }

    static var expectedLines: [String] {
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ngày 05 tháng 3 năm 2024"]
            + markers.flatMap { _ in samples }
    }

    @Test(arguments: [false, true])
    func extractedTextIsTheNFCInput(decomposed: Bool) throws {
        let document = Self.samplesDocument(decomposed: decomposed)
        if decomposed, case .paragraph(let first) = document.body[0] {
            #expect(!first.text.unicodeScalars.elementsEqual(Self.samples[0].unicodeScalars))
        }
        let pdf = try Repository.engine.render(document, options: .unchecked).pdf
        let lines = try Run.pdftotext(pdf).split(separator: "\n").map(String.init).filter { $0 != "\u{0C}" }
        // Compare bytes: Swift's == would accept NFD for NFC.
        #expect(lines.map { Array($0.utf8) } == Self.expectedLines.map { Array($0.utf8) })
    }

    @Test func onlyEmbeddedSubsetFonts() throws {
        let pdf = try Repository.engine.render(Self.samplesDocument(decomposed: false), options: .unchecked).pdf
        let result = try Run.program("pdffonts", [try Run.write(pdf).path])
        let rows = result.text.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 8)  // four faces, each as a simple and a CID subset (Cairo 1.16: docs/architecture.md, "PDF output")
        for row in rows {
            let columns = row.split(separator: " ", omittingEmptySubsequences: true)
            let name = String(columns[0])
            #expect(name.count > 7 && name.dropFirst(6).hasPrefix("+LiberationSerif"), "\(name)")
            // emb sub uni
            let flags = columns.suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/examples/cong-van.json"))
        let first = try Repository.engine.render(json: Array(json)).pdf
        let second = try Repository.engine.render(json: Array(json)).pdf
        #expect(first == second)
        // A separate engine (fresh fonts and Cairo state) gives the same bytes too.
        let other = try Engine(resources: Repository.resources).render(json: Array(json)).pdf
        #expect(first == other)
    }

    @Test func metadataDatesAndIdentifier() throws {
        var document = Self.samplesDocument(decomposed: false)
        document.issuer = Issuer(parent: ["UBND TỈNH TRÀ VINH"], name: ["SỞ NỘI VỤ"])
        document.number = DocumentNumber(seq: 5, symbol: "SNV-VP")
        document.subject = ["VĂN BẢN MẪU"]
        document.keywords = ["mẫu", "thể thức"]
        document.created = Timestamp(iso: "2024-03-05T09:30:15+07:00")
        let pdf = try Repository.engine.render(document, options: .unchecked).pdf
        let bytes = String(decoding: pdf, as: UTF8.self)
        #expect(bytes.contains("/CreationDate (D:20240305093015+07'00')"))
        #expect(bytes.contains("/ModDate (D:20240305093015+07'00')"))
        #expect(bytes.range(of: #"/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]"#, options: .regularExpression) != nil)
        let info = try Run.program("pdfinfo", ["-isodates", try Run.write(pdf).path]).text
        #expect(info.contains("Title:           VĂN BẢN MẪU"))
        #expect(info.contains("Author:          UBND TỈNH TRÀ VINH SỞ NỘI VỤ"))
        #expect(info.contains("Subject:         Số: 05/SNV-VP"))
        #expect(info.contains("Keywords:        mẫu, thể thức"))
        #expect(info.contains("Creator:         VanBan"))
        #expect(info.contains("CreationDate:    2024-03-05T09:30:15+07"))
        #expect(info.contains("Page size:       595.276 x 841.89 pts (A4)"))
        let check = try Run.program("qpdf", ["--check", try Run.write(pdf).path])
        #expect(check.status == 0, "\(check.text)\(check.stderr)")
        #expect(check.text.contains("No syntax or stream encoding errors"))
    }

    @Test func noDateMeansNoDateNotTheClock() throws {
        let document = Document(body: [.paragraph(Paragraph("Một đoạn."))])
        let pdf = try Repository.engine.render(document, options: .unchecked).pdf
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(!text.contains("/CreationDate"))
        #expect(!text.contains("/ModDate"))
        let check = try Run.program("qpdf", ["--check", try Run.write(pdf).path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(pdf == (try Repository.engine.render(document, options: .unchecked).pdf))
    }

    @Test func missingGlyphIsADiagnosticNotATofuBox() {
        do {
            _ = try Repository.engine.render(Document(body: [.paragraph(Paragraph("Chữ Hán 漢 không có trong phông."))]), options: .unchecked)
            Issue.record("expected a diagnostic")
        } catch {
            let diagnostic = error.diagnostics.first
            #expect(error.diagnostics.count == 1)
            #expect(diagnostic?.code == "TEXT.MISSING_GLYPH")
            #expect(diagnostic?.path == "/body/0")
            #expect(diagnostic?.english.message.contains("'漢' (U+6F22)") == true)
            #expect(diagnostic?.english.hint != nil)
        }
    }
}
