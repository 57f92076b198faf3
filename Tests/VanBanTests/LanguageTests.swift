import Foundation
import Testing
@testable import VanBanCommandLine
import VanBanModel
import VanBanTestSupport

/// The programs speak the reader's language (docs/messages.md): `--lang`, else `VANBAN_LANG`,
/// else the locale, else English; codes and pointers stay the same in every language.
@Suite struct LanguageTests {
    let cli = Repository.cli.path
    static let wrongTypes = Repository.root + "/examples/invalid/wrong-types.json"
    /// An environment without any language setting of the test machine.
    static let neutral = ["VANBAN_LANG": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

    @Test func checkSpeaksTheChosenLanguage() throws {
        let english = try Run.program(cli, ["check", Self.wrongTypes], environment: Self.neutral)
        #expect(english.stderr.contains("error[MODEL.TYPE]: expected an array, found a string"), "\(english.stderr)")
        #expect(english.stderr.contains("hint: put the value in square brackets: \"body\": [\"Nội dung công văn.\"]"))
        let vietnamese = try Run.program(cli, ["check", "--lang", "vi", Self.wrongTypes], environment: Self.neutral)
        #expect(vietnamese.status == english.status)
        #expect(vietnamese.stderr.contains("lỗi[MODEL.TYPE]"), "\(vietnamese.stderr)")
        #expect(vietnamese.stderr.contains("gợi ý:"))
        #expect(vietnamese.stderr.contains("\"signers\": [{\"title\": \"GIÁM ĐỐC\", \"name\": \"Nguyễn Văn An\"}]"))
        // The environment chooses when --lang is not given, VANBAN_LANG before the locale.
        for environment in [["VANBAN_LANG": "vi"], ["LC_ALL": "vi_VN.UTF-8"], ["LANG": "vi_VN.UTF-8"], ["VANBAN_LANG": "vi", "LANG": "en_GB.UTF-8"]] {
            let chosen = try Run.program(cli, ["check", Self.wrongTypes], environment: Self.neutral.merging(environment) { $1 })
            #expect(chosen.stderr == vietnamese.stderr, "\(environment)")
        }
        let overridden = try Run.program(cli, ["check", "--lang", "en", Self.wrongTypes], environment: ["VANBAN_LANG": "vi"])
        #expect(overridden.stderr == english.stderr)
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let result = try Run.program(cli, ["check", "--lang", "fr", Self.wrongTypes], environment: Self.neutral)
        #expect(result.status == 2)
        #expect(result.stderr.contains("vi, en"), "\(result.stderr)")
    }

    @Test func aMistypedCommandGetsTheClosestOne() throws {
        let typo = try Run.program(cli, ["rendr", "x.json"], environment: Self.neutral)
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("'rendr' is not a vanban command"), "\(typo.stderr)")
        #expect(typo.stderr.contains("did you mean 'vanban render'?"))
        let vietnamese = try Run.program(cli, ["chek"], environment: ["VANBAN_LANG": "vi"])
        #expect(vietnamese.status == 2)
        #expect(vietnamese.stderr.contains("'vanban check'"), "\(vietnamese.stderr)")
        #expect(!vietnamese.stderr.contains("is not a vanban command"))
        // --lang on the command line words it too.
        let asked = try Run.program(cli, ["chek", "--lang", "vi"], environment: Self.neutral)
        #expect(asked.status == 2 && !asked.stderr.contains("is not a vanban command"), "\(asked.stderr)")
        let unknown = try Run.program(cli, ["zzzzzz"], environment: Self.neutral)
        #expect(unknown.status == 2)
        #expect(!unknown.stderr.contains("did you mean"))
    }

    @Test func batchSummaryAndFontsSpeakVietnamese() throws {
        let dir = try Repository.temporaryDirectory()
        let batch = try Run.program(cli, ["batch", "--lang", "vi", Repository.root + "/examples/cong-van.json", "-o", dir.path])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(!batch.stderr.contains("documents in"), "\(batch.stderr)")
        #expect(batch.stderr.contains("vanban batch"))
        let fonts = try Run.program(cli, ["fonts", "--lang", "vi"])
        #expect(fonts.status == 0)
        let english = try Run.program(cli, ["fonts", "--lang", "en"])
        #expect(fonts.text != english.text)
    }

    /// The few messages said before the catalogues are found are the catalogues' own words.
    @Test func bootstrapMessagesMatchTheCatalogues() throws {
        let catalogues = try MessageCatalogues(directory: Repository.resources.messagesDirectory)
        for (key, byLanguage) in Bootstrap.messages {
            for (language, words) in byLanguage {
                let templates = try #require(catalogues[language].templates(key), "\(key)")
                #expect(templates.message == words.message, "\(key) \(language)")
                #expect(templates.hint == words.hint, "\(key) \(language)")
            }
            #expect(Set(byLanguage.keys) == Set(Language.allCases), "\(key)")
        }
    }

    /// Numbers with decimals in Vietnamese messages take a decimal comma (28,8 MB), in English a point.
    @Test func vietnameseNumbersTakeADecimalComma() {
        let megabytes: [String: MessageArgument] = ["megabytes": .fixed(28.8, digits: 1)]
        #expect(Repository.engine.messages[.vi].text(.batchSummaryMemory, megabytes).contains("28,8"))
        #expect(Repository.engine.messages[.en].text(.batchSummaryMemory, megabytes).contains("28.8"))
    }
}

