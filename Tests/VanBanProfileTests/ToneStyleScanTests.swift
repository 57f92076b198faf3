import Foundation
import Testing
import VanBanModel
import VanBanTestSupport

/// The one-pass scan of the tone-style check finds exactly the words that splitting the text into
/// words (by `Character`) and testing each finds: on the typography corpus, in NFC and NFD, and in
/// capitals.
@Suite struct ToneStyleScanTests {
    static func byWords(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { ToneStyle.of($0) != nil }
    }

    @Test func theScanFindsWhatWordByWordFinds() throws {
        let corpus = try String(contentsOfFile: Repository.root + "/Tests/Fixtures/typography/cau-van-hanh-chinh.txt", encoding: .utf8)
        let extra = "Hòa giải, hoà giải, THỦY LỢI, thuỷ, khỏe, khoẻ, Quý, quý, ủy ban, uỷ ban, Hòa-Bình, xoè, toả, đoá, hóa2024, loè."
        for text in corpus.split(separator: "\n").map(String.init) + [extra] {
            for form in [text, text.decomposedStringWithCanonicalMapping, text.uppercased()] {
                #expect(ToneStyle.syllables(in: form).map(\.word) == Self.byWords(form), "\(form)")
            }
        }
    }
}
