import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText

@Suite struct PaginationTests {
    func layout(_ document: Document, shaper: any TextShaper = FakeShaper()) throws(DiagnosticError) -> LaidOutDocument {
        try DocumentLayouter(profile: testProfile, shaper: shaper).layout(Resolver.resolve(document, profile: testProfile))
    }

    var longDocument: Document {
        let paragraphs = (1...40).map { n in
            (0..<(n % 7 + 1) * 12).map { vocabulary[($0 * 7 + n) % vocabulary.count] }.joined(separator: " ")
        }
        return Document(title: "BÁO CÁO\nTổng kết công tác năm 2024", body: paragraphs)
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
        let document = longDocument
        let laidOut = try layout(document)
        let body = laidOut.lines.filter { $0.role == "paragraph" }
        var byPath: [String: [String]] = [:]
        for line in body { byPath[line.path, default: []].append(line.text) }
        for (i, paragraph) in document.body.enumerated() {
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
            #expect(abs((number.x + number.width / 2 - PageSize.a4.width / 2).points) < 1e-6)
            #expect(number.baseline < testProfile.margins.top)
            #expect(number.size == .pt(14))
        }
    }

    @Test func titleRuleIsAThirdOfTheTitleAndCentred() throws {
        let laidOut = try layout(longDocument, shaper: HarfBuzzShaper(fonts: Repository.fonts))
        let title = laidOut.pages[0].lines.filter { $0.role == "title" }
        let rule = try #require(laidOut.pages[0].rules.first { $0.role == "title-rule" })
        let widest = try #require(title.map(\.width).max())
        #expect(abs(rule.length / widest - 1.0 / 3.0) < 1e-9)
        let centre = (rule.from.x + rule.to.x) / 2
        #expect(abs((centre - (testProfile.margins.left + testProfile.measure / 2)).points) < 1e-6)
        #expect(rule.from.y > title.last!.baseline)
    }

    @Test func aKeepWithNextBlockMovesToTheNextPageWithItsFollower() throws {
        func block(_ role: String, lines: Int, keep: Bool = false) -> FlowBlock {
            let line = SetLine(x: .zero, width: .pt(100), runs: [], underlines: [], endsParagraph: false)
            return FlowBlock(role: role, path: "/\(role)", lines: Array(repeating: line, count: lines), size: .pt(14),
                             lineHeight: .pt(20), ascent: .pt(15), spaceBefore: .zero, spaceAfter: .zero,
                             keepWithNext: keep, rule: nil, measureLeft: .mm(30), measureWidth: .mm(165))
        }
        var flow = PageFlow(pageSize: .a4, margins: testProfile.margins)
        // Text area: 297 − 40 mm = 728.5 pt = 36 lines of 20 pt; the filler leaves room for 2 lines.
        let pages = flow.place([block("filler", lines: 34), block("heading", lines: 1, keep: true), block("text", lines: 5)])
        #expect(pages.count == 2)
        #expect(pages[0].lines.allSatisfy { $0.role == "filler" })
        #expect(pages[1].lines.first?.role == "heading")
        #expect(pages[1].lines.count == 6)
    }

    @Test func missingGlyphsAreReportedForEveryBlockWithItsPath() {
        do {
            _ = try layout(Document(title: "漢", body: ["ok", "chữ 漢", "ok", "字"]))
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.map(\.path) == ["/title", "/body/1", "/body/3"])
            #expect(error.diagnostics.allSatisfy { $0.code == "TEXT.MISSING_GLYPH" })
        }
    }
}
