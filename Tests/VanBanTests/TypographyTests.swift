import Foundation
import Testing
import VanBan
import VanBanPages
import VanBanTestSupport

/// How evenly justified text is spaced, over every example and 1,200 generated paragraphs of
/// administrative prose (docs/typography.md). The figure is also printed by `make bench`.
@Suite struct TypographyTests {
    /// At most this share of justified lines may have word gaps wider than 1.6 × the natural space.
    static let looseLimitPercent = 0.4

    @Test func fewJustifiedLinesAreLoose() throws {
        let survey = try TypographyCorpus.survey()
        print("typography: \(survey.looseLines) of \(survey.justifiedLines) justified lines loose (\(survey.loosePercent) %), "
              + "\(survey.letterSpacedLines) letter-spaced, widest \(survey.widest)")
        #expect(survey.justifiedLines > 5000)
        #expect(survey.loosePercent <= Self.looseLimitPercent, "\(survey.looseLines) of \(survey.justifiedLines)")
    }
}
