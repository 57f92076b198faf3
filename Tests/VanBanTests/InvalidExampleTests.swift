import Foundation
import Testing
import VanBanTestSupport

/// `examples/invalid/*.json` give exactly the diagnostics of their `.diagnostics` golden.
@Suite struct InvalidExampleTests {
    static let folder = Repository.root + "/examples/invalid"
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".json") }.sorted()

    @Test func thereAreInvalidExamples() { #expect(Self.names.count >= 12) }

    @Test(arguments: names)
    func diagnosticsMatchTheGolden(name: String) throws {
        let result = try Run.program(Repository.cli.path, ["check", "--format", "json", Self.folder + "/" + name])
        let golden = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name.dropLast(5) + ".diagnostics"))
        let actual = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let expected = try #require(try JSONSerialization.jsonObject(with: golden) as? [String: Any])
        #expect((actual["file"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } == expected["file"] as? String)
        let a = try JSONSerialization.data(withJSONObject: actual["diagnostics"] ?? [], options: [.sortedKeys])
        let e = try JSONSerialization.data(withJSONObject: expected["diagnostics"] ?? [], options: [.sortedKeys])
        #expect(String(decoding: a, as: UTF8.self) == String(decoding: e, as: UTF8.self))
        // Errors give exit status 1; warnings alone give 0.
        let hasErrors = (expected["diagnostics"] as? [[String: Any]] ?? []).contains { $0["severity"] as? String == "error" }
        #expect(result.status == (hasErrors ? 1 : 0))
    }
}
