import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText
import VanBanPages

@Suite struct PaginationTests {
    func layout(_ document: Document, shaper: any TextShaper = FakeShaper()) throws(DiagnosticError) -> LaidOutDocument {
        try DocumentLayouter(profile: testProfile, shaper: shaper).layout(Resolver.resolve(document, profile: testProfile))
    }

    var paragraphs: [String] {
        (1...40).map { n in
            (0..<(n % 7 + 1) * 12).map { vocabulary[($0 * 7 + n) % vocabulary.count] }.joined(separator: " ")
        }
    }

    var longDocument: Document {
        Document(type: "bao-cao", issuer: Issuer(name: ["SỞ NỘI VỤ"]), subject: ["Tổng kết công tác năm 2024"],
                 body: paragraphs.map { .paragraph(Paragraph($0)) }, closing: "")
    }

    @Test func linesStayInsideTheMarginsAndPagesAreA4() throws {
        let laidOut = try layout(longDocument)
        #expect(laidOut.pages.count > 2)
        for page in laidOut.pages {
            #expect(page.size == .a4)
            for line in page.lines where line.role != "page-number" {
                #expect(line.baseline > testProfile.margins.top)
                #expect(line.baseline <= PageSize.a4.height - testProfile.margins.bottom)
                #expect(line.x >= testProfile.margins.left - .pt(1e-9))
                #expect(line.right <= PageSize.a4.width - testProfile.margins.right + .pt(1e-6))
            }
        }
    }

    @Test func everyParagraphLineIsPlacedOnceAndInOrder() throws {
        let laidOut = try layout(longDocument)
        let body = laidOut.lines.filter { $0.role == "paragraph" }
        var byPath: [String: [String]] = [:]
        for line in body { byPath[line.path, default: []].append(line.text) }
        for (i, paragraph) in paragraphs.enumerated() {
            #expect(byPath["/body/\(i)"]?.joined(separator: " ") == paragraph)
        }
        #expect(body.map(\.path) == body.map(\.path).sorted { Int($0.dropFirst(6))! < Int($1.dropFirst(6))! })
    }

    @Test func noOrphansOrWidows() throws {
        let laidOut = try layout(longDocument)
        let total = Dictionary(grouping: laidOut.lines.filter { $0.role == "paragraph" }, by: \.path).mapValues(\.count)
        for page in laidOut.pages {
            let here = Dictionary(grouping: page.lines.filter { $0.role == "paragraph" }, by: \.path).mapValues(\.count)
            for (path, count) in here where total[path]! > 1 {
                #expect(count >= 2, "\(path) has \(count) line alone on a page")
            }
        }
    }

    @Test func pageNumbersFromPageTwoCentredInTheTopMargin() throws {
        let laidOut = try layout(longDocument, shaper: HarfBuzzShaper(fonts: Repository.fonts))
        #expect(laidOut.pages[0].lines.allSatisfy { $0.role != "page-number" })
        for (index, page) in laidOut.pages.enumerated().dropFirst() {
            let number = try #require(page.lines.first { $0.role == "page-number" })
            #expect(number.text == String(index + 1))
            // Centred on the text block (the official files' header field), not on the sheet.
            #expect(abs((number.x + number.width / 2 - (testProfile.margins.left + testProfile.measure / 2)).points) < 1e-6)
            #expect(number.baseline < testProfile.margins.top)
            #expect(number.size == .pt(14))
        }
    }

    @Test func aPageEndsOnlyWhereABreakIsAllowed() {
        func piece(_ role: Role, canBreak: Bool = true) -> FlowPiece {
            FlowPiece(role: role, height: .pt(20), gapBefore: .zero, canBreakBefore: canBreak, items: [])
        }
        var flow = PageFlow(pageSize: .a4, margins: testProfile.margins)
        // Text area: 297 − 40 mm = 728.5 pt = 36 pieces of 20 pt; the filler leaves room for 2.
        let pieces = Array(repeating: piece("filler"), count: 34) + [piece("heading"), piece("text", canBreak: false),
                                                                      piece("text", canBreak: false), piece("text")]
        let pages = flow.place(pieces)
        #expect(pages.count == 2)
        #expect(pages[0].pieces.allSatisfy { $0.piece.role == "filler" })
        #expect(pages[1].pieces.map(\.piece.role) == ["heading", "text", "text", "text"])
        #expect(pages[1].pieces.first?.y == testProfile.margins.top)
    }

    @Test func missingGlyphsAreReportedForEveryBlockWithItsPath() {
        do {
            _ = try layout(Document(subject: ["漢"], body: [.paragraph(Paragraph("ok")), .paragraph(Paragraph("chữ 漢")),
                                                            .paragraph(Paragraph("ok")), .paragraph(Paragraph("字"))]))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["/subject", "/body/1", "/body/3"])
            #expect(error.diagnostics.allSatisfy { $0.code == "TEXT.MISSING_GLYPH" })
        }
    }
}
