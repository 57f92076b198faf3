import Foundation
import Testing
import VanBan
import VanBanLayout
import VanBanTestSupport

/// Every bundled example renders without errors or warnings, and its text survives extraction.
@Suite struct ExampleTests {
    static let examples: [String] = Repository.examples

    @Test func thereAreExamples() { #expect(Self.examples.count >= 2) }

    @Test(arguments: examples)
    func rendersCleanly(path: String) throws {
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let rendered = try Repository.engine.render(json: Array(json), options: RenderOptions(baseDirectory: folder))
        // Notes (a size chosen inside its range) are information; nothing worse is allowed.
        #expect(rendered.diagnostics.allSatisfy { $0.severity == .note }, "\(rendered.diagnostics)")
        #expect(rendered.pageCount >= 1)
        // Every character in order (white space aside: poppler breaks a line at a raised footnote number).
        let text = try Run.pdftotext(rendered.pdf).filter { !$0.isWhitespace }
        let laidOut = rendered.layout.lines.map(\.text).joined().filter { !$0.isWhitespace }
        #expect(text == laidOut)
        // Nothing overlaps, nothing leaves the text block (page numbers and ô 14 sit in the top margin).
        let profile = try Repository.engine.profile(for: try DocumentDecoder.decode(Array(json)).0).0
        for (index, page) in rendered.layout.pages.enumerated() {
            let right = page.size.width - profile.margins.right, bottom = page.size.height - profile.margins.bottom
            #expect(page.overlappingLines().isEmpty, "page \(index + 1): \(page.overlappingLines().map { ($0.0.text, $0.1.text) })")
            for line in page.lines where line.role != "page-number" && line.role != "signing-info" {
                #expect(line.x >= profile.margins.left - .pt(0.01) && line.right <= right + .pt(0.01), "\(line.text)")
                #expect(line.baseline > profile.margins.top && line.baseline <= bottom, "\(line.text)")
            }
        }
    }
}
