import Foundation
import Testing
import VanBanModel

/// The catalogues (`messages/<language>.json`) word every message the code can say, in every
/// language, with the same placeholders: no message ever falls back to its raw key.
@Suite struct MessageCatalogueTests {
    static let folder: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("messages")
    }()

    static func catalogue(_ language: Language) throws -> MessageCatalogue {
        try MessageCatalogue(bytes: Array(Data(contentsOf: folder.appendingPathComponent(language.rawValue + ".json"))))
    }

    @Test(arguments: Language.allCases)
    func everyKeyAndTermIsWorded(language: Language) throws {
        let catalogue = try Self.catalogue(language)
        #expect(catalogue.language == language)
        let keys = Set(MessageKey.allCases.map(\.rawValue))
        #expect(keys.subtracting(catalogue.keys).sorted() == [], "missing in \(language)")
        #expect(catalogue.keys.subtracting(keys).sorted() == [], "unused in \(language)")
        let terms = Set(MessageTerm.all.map(\.rawValue))
        #expect(terms.subtracting(catalogue.termKeys).sorted() == [], "terms missing in \(language)")
        #expect(catalogue.termKeys.subtracting(terms).sorted() == [], "terms unused in \(language)")
    }

    @Test(arguments: Language.allCases.filter { $0 != .en })
    func placeholdersAgreeWithEnglish(language: Language) throws {
        let english = try Self.catalogue(.en), other = try Self.catalogue(language)
        for key in MessageKey.allCases {
            let (a, b) = (try #require(english.templates(key)), try #require(other.templates(key)))
            #expect(MessageCatalogue.placeholders(in: a.message) == MessageCatalogue.placeholders(in: b.message), "\(key) message")
            #expect((a.hint == nil) == (b.hint == nil), "\(key): a hint in one language only")
            #expect(MessageCatalogue.placeholders(in: a.hint ?? "") == MessageCatalogue.placeholders(in: b.hint ?? ""), "\(key) hint")
        }
    }

    /// A key is only ever named through its generated member, so the compiler checks that every
    /// key the code reports is in the English catalogue (and the tests above, in every other).
    @Test func keysAreNamedOnlyThroughTheGeneratedMembers() throws {
        let sources = Self.folder.deletingLastPathComponent().appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        for file in files where !file.hasSuffix("Messages/MessageKey.swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("MessageKey(rawValue:"), "\(file)")
        }
    }

    @Test func wordingFillsPlaceholdersTermsAndNumbers() throws {
        let english = try Self.catalogue(.en), vietnamese = try Self.catalogue(.vi)
        let d = Diagnostic(.error, .modelTypeArray, path: "/body", ["found": .term(.kindString)])
        #expect(english.word(d).message == "expected an array, found a string")
        #expect(!vietnamese.word(d).message.contains("{"))
        #expect(vietnamese.word(d).message != english.word(d).message)
        // A variant without a hint of its own takes its code's.
        #expect(english.word(Diagnostic(.error, .jsonSyntaxUtf8, path: "")).hint == english.templates(.jsonSyntax)?.hint)
    }

    /// A language's file is parsed when first needed: a broken file of a language nobody
    /// speaks costs nothing, and one that is prepared is an error at once.
    @Test func catalogueFilesAreParsedWhenNeeded() throws {
        let english = try Array(Data(contentsOf: Self.folder.appendingPathComponent("en.json")))
        let catalogues = try MessageCatalogues { $0 == "en.json" ? english : Array("{ broken".utf8) }
        try catalogues.prepare([.en])
        #expect(catalogues[.en].text(.jsonSyntaxValueMissing).contains("end"))
        #expect(throws: DiagnosticError.self) { try catalogues.prepare([.vi]) }
        // Never prepared and broken: messages are their keys, not a crash.
        #expect(catalogues[.vi].text(.jsonSyntaxValueMissing) == MessageKey.jsonSyntaxValueMissing.rawValue)
        #expect(throws: DiagnosticError.self) { try MessageCatalogues { $0 == "en.json" ? english : nil } }
    }

    @Test func languagesAreChosenLikeTheIssueSays() {
        #expect(Language.fromEnvironment { ["VANBAN_LANG": "vi", "LANG": "en_US.UTF-8"][$0] } == .vi)
        #expect(Language.fromEnvironment { ["LC_ALL": "vi_VN.UTF-8"][$0] } == .vi)
        #expect(Language.fromEnvironment { ["LC_MESSAGES": "C", "LANG": "vi_VN"][$0] } == .en)
        #expect(Language.fromEnvironment { ["LANG": "vi_VN.UTF-8"][$0] } == .vi)
        #expect(Language.fromEnvironment { _ in nil } == .en)
        #expect(Language.preferred(acceptLanguage: "vi-VN,vi;q=0.9,en;q=0.8") == .vi)
        #expect(Language.preferred(acceptLanguage: "fr;q=1, en;q=0.5, vi;q=0.7") == .vi)
        #expect(Language.preferred(acceptLanguage: "vi;q=0, en") == .en)
        #expect(Language.preferred(acceptLanguage: "fr, de") == nil)
        #expect(Language.preferred(acceptLanguage: "*") == nil)
    }
}
