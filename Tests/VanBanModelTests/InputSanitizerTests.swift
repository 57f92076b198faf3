import Foundation
import Testing
@testable import VanBanModel

/// `InputSanitizer.isPlainVietnamese` lets a text skip the scalar-by-scalar checks: it must
/// only say yes to texts those checks leave alone.
@Suite struct InputSanitizerTests {
    static let letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"

    @Test func vietnameseLettersAndPunctuationArePlain() {
        #expect(InputSanitizer.isPlainVietnamese(Self.letters + Self.letters.uppercased()))
        #expect(InputSanitizer.isPlainVietnamese("Điều 1. – “Hà Nội” — ‘x’ …\nDòng 2"))
        #expect(InputSanitizer.isPlainVietnamese(""))
    }

    @Test(arguments: ["a\tb", "Ho\u{0300}a", "x\u{200B}y", "a\u{00A0}b", "niño", "µ", "ÿ", "€", "a\u{7F}", "漢", "\u{1EFA}", "a\r\nb"])
    func othersGoThroughTheChecks(_ text: String) {
        #expect(!InputSanitizer.isPlainVietnamese(text))
    }

    /// Over every text of the examples: a plain text is one the checks would not change.
    @Test func plainTextsAreLeftAloneByTheChecks() throws {
        var texts = [Self.letters, Self.letters.uppercased()]
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../examples").standardized
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".json") {
            let bytes = try Data(contentsOf: examples.appendingPathComponent(name))
            collect(try JSONParser.parse(Array(bytes)), into: &texts)
        }
        var plain = 0
        for text in texts where InputSanitizer.isPlainVietnamese(text) {
            plain += 1
            #expect(InputSanitizer.longestMarkRun(text) == nil)
            #expect(LegacyEncoding.convert(text) == nil)
            #expect(!text.unicodeScalars.contains { $0 == "\t" || InputSanitizer.isInvisible($0) && $0 != "\n" })
        }
        #expect(plain > 1_000)
    }

    private func collect(_ value: JSONValue, into texts: inout [String]) {
        switch value {
        case .string(let text): texts.append(text)
        case .array(let items): items.forEach { collect($0, into: &texts) }
        case .object(let members): members.forEach { collect($0.value, into: &texts) }
        default: break
        }
    }
}
