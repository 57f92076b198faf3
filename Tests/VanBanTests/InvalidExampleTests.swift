import Foundation
import Testing
import VanBanTestSupport

/// `examples/invalid/*.json` give exactly the diagnostics of their goldens: `.diagnostics` in
/// English, `.vi.diagnostics` in Vietnamese.
@Suite struct InvalidExampleTests {
    static let folder = Repository.root + "/examples/invalid"
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    @Test func thereAreInvalidExamples() { #expect(Self.names.count >= 12) }

    @Test(arguments: names, ["en", "vi"])
    func diagnosticsMatchTheGolden(name: String, language: String) throws {
        let result = try Run.program(Repository.cli.path, ["check", "--format", "json", "--lang", language, Self.folder + "/" + name])
        let suffix = language == "en" ? ".diagnostics" : ".\(language).diagnostics"
        let golden = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name.dropLast(5) + suffix))
        let actual = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let expected = try #require(try JSONSerialization.jsonObject(with: golden) as? [String: Any])
        #expect((actual["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } == expected["file"] as? String)
        let a = try JSONSerialization.data(withJSONObject: actual["diagnostics"] ?? [], options: [.sortedKeys])
        let e = try JSONSerialization.data(withJSONObject: expected["diagnostics"] ?? [], options: [.sortedKeys])
        #expect(String(decoding: a, as: UTF8.self) == String(decoding: e, as: UTF8.self))
        #expect(actual["lang"] as? String == language)
        // Every placeholder was filled: no `{name}` is left in a message or a hint.
        for item in actual["diagnostics"] as? [[String: Any]] ?? [] {
            for member in ["message", "hint"] {
                let text = item[member] as? String ?? ""
                #expect(text.range(of: #"\{[a-z]+(\|[^}]*)?\}"#, options: .regularExpression) == nil, "\(name): \(text)")
            }
        }
        // Errors give exit status 1; warnings alone give 0.
        let hasErrors = (expected["diagnostics"] as? [[String: Any]] ?? []).contains { $0["severity"] as? String == "error" }
        #expect(result.status == (hasErrors ? 1 : 0))
    }
}
