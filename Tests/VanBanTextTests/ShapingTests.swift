import Foundation
import Testing
import VanBanModel
import VanBanTestSupport
@testable import VanBanText

@Suite struct ShapingTests {
    let shaper = HarfBuzzShaper(fonts: Repository.fonts)

    @Test(arguments: FontStyle.allCases)
    func vietnameseLettersShapeToRealGlyphs(style: FontStyle) throws {
        let text = String(String.UnicodeScalarView(FontCoverage.vietnameseLetters))
        let run = try shaper.shape(text, style: style)
        // One precomposed glyph per letter: no .notdef, no decomposition.
        #expect(run.glyphs.count == FontCoverage.vietnameseLetters.count)
        #expect(run.glyphs.allSatisfy { $0.id != 0 && $0.advance > 0 })
    }

    @Test func clustersAreUTF8OffsetsOfTheLetters() throws {
        let run = try shaper.shape("Độc lập", style: .regular)
        #expect(run.glyphs.map(\.cluster) == [0, 2, 5, 6, 7, 8, 11])
    }

    @Test func theSpaceGlyphIsKerned() throws {
        // Liberation Serif kerns space + A (docs/architecture.md, "Text and fonts"), so a gap is measured with its neighbour.
        let plain = try shaper.shape(" n", style: .regular).glyphs[0].advance
        let kerned = try shaper.shape(" A", style: .regular).glyphs[0].advance
        #expect(plain == 512)
        #expect(kerned < plain)
    }

    /// Shaping word by word (`WordShapes`) gives every glyph exactly what shaping the whole
    /// text gives it: ids, clusters, advances (the space kerned with both neighbours) and offsets.
    /// Over every text of the examples, in all four faces, and texts made to stress the seams.
    @Test func wordByWordEqualsWholeText() throws {
        let whole = HarfBuzzShaper(fonts: Repository.fonts, wordByWord: false)
        let byWord = HarfBuzzShaper(fonts: Repository.fonts)
        var texts = [
            "A Văn bản", "LA TA VA WA YA PA", " A", "A ", "  hai  dấu  cách  ", "Y", "", " ", "   ",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế", "số 405-CV/BTGTU ngày 05/3/2026",
            "Ho\u{0300}a bi\u{0301}nh L \u{0301}A", "T.V. Y; A, A: (A) “A” A\tB", "Nơi nhận: - Như trên; - Lưu: VT.",
        ]
        for example in Repository.examples {
            let json = try JSONParser.parse(Array(try String(contentsOfFile: example, encoding: .utf8).utf8))
            collect(json, into: &texts)
        }
        var compared = 0
        for style in FontStyle.allCases {
            for text in texts {
                guard let expected = try? whole.shape(text, style: style) else { continue }
                let got = try byWord.shape(text, style: style)
                #expect(got.glyphs == expected.glyphs, "\(style) \(text)")
                // Twice: the second time from the kept words.
                #expect(try byWord.shape(text, style: style).glyphs == expected.glyphs)
                compared += 1
            }
        }
        #expect(compared > 2_000)
    }

    private func collect(_ value: JSONValue, into texts: inout [String]) {
        switch value {
        case .string(let text) where !text.hasPrefix("data:"): texts.append(text)
        case .array(let items): items.forEach { collect($0, into: &texts) }
        case .object(let members): members.forEach { collect($0.value, into: &texts) }
        default: break
        }
    }

    @Test func advancesMatchTimesNewRomanMetrics() throws {
        // fonts/README.md: all ASCII widths equal Times (units of 2048): a 909, n 1024, M 1821.
        let run = try shaper.shape("anM", style: .regular)
        #expect(run.glyphs.map(\.advance) == [909, 1024, 1821])
    }

    @Test func missingGlyphNamesTheCharacter() {
        do {
            _ = try shaper.shape("Văn bản 漢 tiếng Việt", style: .bold)
            Issue.record("expected a missing glyph")
        } catch {
            #expect(error.scalar == "漢")
            #expect(error.style == .bold)
            let diagnostic = error.diagnostic(path: "/body/0")
            #expect(diagnostic.code == "TEXT.MISSING_GLYPH")
            #expect(diagnostic.english.message.contains("'漢' (U+6F22)"))
            #expect(diagnostic.path == "/body/0")
        }
    }

    @Test func missingCombiningMarkIsNamedNotItsBase() {
        // U+20DD COMBINING ENCLOSING CIRCLE is not in Liberation Serif; the base letter is.
        do {
            _ = try shaper.shape("a\u{20DD}", style: .regular)
            Issue.record("expected a missing glyph")
        } catch {
            #expect(error.scalar == "\u{20DD}")
        }
    }

    @Test func singleLineIsWordsOnePointOneFive() {
        let metrics = shaper.metrics(.regular)
        #expect(metrics.unitsPerEm == 2048)
        #expect(metrics.ascender == 1825 && metrics.descender == 443 && metrics.lineGap == 87)
        #expect(abs(metrics.singleLineFactor - 1.15) < 0.001)
    }

    @Test(arguments: FontStyle.allCases)
    func coverageOfTheBundledFaces(style: FontStyle) {
        let coverage = FontCoverage(face: Repository.fonts.face(style))
        #expect(coverage.vietnameseLetters == (146, 146))
        #expect(coverage.combiningMarks == (8, 8))
        #expect(coverage.missing.isEmpty)
        #expect(Repository.fonts.face(style).familyName == "Liberation Serif")
    }
}
