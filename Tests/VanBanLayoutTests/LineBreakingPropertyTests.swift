import PropertyBased
import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanLayout
import VanBanText

/// Properties of line breaking over random Vietnamese paragraphs, shaped with the real fonts.
@Suite struct LineBreakingPropertyTests {
    static let words = Gen.int(in: 0...(vocabulary.count - 1)).array(of: 1...140)
    static let styles = Gen.int(in: 0...3).array(of: 140)
    static let widths = Gen.double(in: 150...460)  // every vocabulary word fits the indented first line

    /// Words joined with spaces; some wrapped in `*`, `**`, `***`.
    static func paragraph(_ indices: [Int], _ styles: [Int]) -> String {
        indices.enumerated().map { i, index in
            let word = vocabulary[index]
            let mark = String(repeating: "*", count: styles[i % styles.count])
            return mark + word + mark
        }.joined(separator: " ")
    }

    @Test func linesReassembleFitAndJustify() async {
        let shaper = HarfBuzzShaper(fonts: Repository.fonts)
        await propertyCheck(count: 150, input: Self.words, Self.styles, Self.widths) { indices, styles, width in
            let text = Self.paragraph(indices, styles)
            let plain = indices.map { vocabulary[$0] }.joined(separator: " ")
            let measure = Length.pt(width)
            let lines = try setLines(text, measure: measure, shaper: shaper)
            #expect(paragraphText(lines) == plain)
            for line in lines {
                // No line is overfull.
                #expect(line.x + line.width <= measure + .pt(1e-6))
                // Justified lines (all but the last) end exactly at the measure, unless they have no
                // space to stretch (a piece of a word longer than the line).
                if !line.endsParagraph && lineText(line).contains(" ") {
                    #expect(abs((line.x + line.width - measure).points) < 1e-6)
                }
            }
        }
    }

    @Test func theBreakerFallsBackButNeverLosesText() async {
        // Very narrow measures force the emergency pass and the cluster breaks of long words.
        await propertyCheck(count: 100, input: Self.words, Gen.double(in: 20...80)) { indices, width in
            let plain = indices.map { vocabulary[$0] }.joined(separator: " ")
            let lines = try setLines(plain, measure: .pt(width))
            #expect(lines.map(lineText).joined(separator: " ").replacingAll(" ", with: "") == plain.replacingAll(" ", with: ""))
            for line in lines { #expect(line.x + line.width <= .pt(width) + .pt(1e-6)) }
        }
    }
}
