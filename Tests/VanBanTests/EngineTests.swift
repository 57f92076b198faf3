import Foundation
import Testing
import VanBan
import VanBanTestSupport

@Suite struct EngineTests {
    @Test func concurrentRendersGiveTheSameBytesAsSerialOnes() async throws {
        let documents = (0..<12).map { n in
            Document(type: "thong-bao", issuer: Issuer(name: ["SỞ NỘI VỤ"]), number: DocumentNumber(seq: n + 1, symbol: "TB-SNV"),
                     date: PartialDate(iso: "2024-03-\(n < 9 ? "0" : "")\(n + 1)"), subject: ["Văn bản số \(n)"],
                     body: (0...n).map { .paragraph(Paragraph("Đoạn \($0) của văn bản \(n): *nghiêng*, **đậm**, nội dung kiểm thử.")) })
        }
        let engine = Repository.engine
        let serial = try documents.map { try engine.render($0, options: .unchecked).pdf }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for (i, document) in documents.enumerated() {
                group.addTask { (i, try engine.render(document, options: .unchecked).pdf) }
            }
            var out = [[UInt8]](repeating: [], count: documents.count)
            for try await (i, pdf) in group { out[i] = pdf }
            return out
        }
        #expect(parallel == serial)
    }

    @Test func unknownProfileIsADiagnostic() {
        do {
            _ = try Repository.engine.render(Document(profile: "../../etc/passwd"))
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.code == "MODEL.UNKNOWN_PROFILE")
            #expect(error.diagnostics.first?.path == "/profile")
        }
    }

    @Test func missingFontsAreADiagnostic() {
        var resources = Repository.resources
        resources.fonts.bold = "/nonexistent/Bold.ttf"
        #expect(throws: DiagnosticError.self) { try Engine(resources: resources) }
    }
}

/// The module graph of docs/architecture.md: only VanBanText and VanBanRender touch C libraries
/// (and the CLI zlib, for the .xlsx registers of `vanban merge`), and each module imports only the modules below it (rendering never sees profiles or the
/// resolver; the programs go through the façade).
@Suite struct ArchitectureTests {
    /// The modules of ours each module may import.
    static let allowed: [String: Set<String>] = [
        "VanBanModel": [],
        "VanBanText": ["VanBanModel", "CHarfBuzz"],
        "VanBanProfile": ["VanBanModel"],
        "VanBanPages": ["VanBanModel"],
        "VanBanLayout": ["VanBanModel", "VanBanProfile", "VanBanPages", "VanBanText"],
        "VanBanRender": ["VanBanModel", "VanBanPages", "VanBanText", "CCairo", "CFreeType"],
        "VanBan": ["VanBanModel", "VanBanProfile", "VanBanPages", "VanBanText", "VanBanLayout", "VanBanRender"],
        "VanBanCommandLine": ["VanBan", "VanBanModel"],
        "VanBanServer": ["VanBan", "VanBanModel"],
        "vanban": ["VanBan", "VanBanCommandLine", "CZlib"],
        "vanban-serve": ["VanBan", "VanBanCommandLine", "VanBanServer"],
    ]
    static let ours: Set<String> = Set(allowed.keys).union(["CHarfBuzz", "CFreeType", "CCairo", "CZlib"])

    @Test(arguments: allowed.keys.sorted())
    func moduleImportsOnlyTheModulesBelowIt(module: String) throws {
        let dir = Repository.root + "/Sources/" + module
        let files = FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").map(String.init)
                guard let i = words.firstIndex(of: "import"), i + 1 < words.count, words[..<i].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                let imported = words[i + 1]
                guard Self.ours.contains(imported) else { continue }
                #expect(Self.allowed[module]!.contains(imported), "\(module)/\(file): \(line)")
            }
        }
    }

    /// The products' surface (VanBan with the model it re-exports, VanBanServer) is documented:
    /// every `public` declaration has a `///` comment, except the members a protocol documents
    /// (`==`, `hash(into:)`, Codable, `description`).
    @Test(arguments: ["VanBanModel", "VanBan", "VanBanServer"])
    func everyPublicSymbolIsDocumented(module: String) throws {
        let dir = Repository.root + "/Sources/" + module
        let files = FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        let conformance = ["init(from decoder", "func encode(to", "static func ==", "static func <", "hash(into", "var description",
                           "var debugDescription", "init(stringLiteral", "init(integerLiteral", "init(arrayLiteral"]
        var undocumented: [String] = []
        for file in files {
            let lines = try String(contentsOfFile: dir + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() {
                var text = line.drop { $0 == " " }
                while text.hasPrefix("@"), let space = text.firstIndex(of: " ") { text = text[text.index(after: space)...] }
                guard text.hasPrefix("public "), !text.hasPrefix("public extension"), !conformance.contains(where: { text.contains($0) })
                else { continue }
                var j = i - 1
                while j >= 0, lines[j].drop(while: { $0 == " " }).hasPrefix("@") { j -= 1 }
                if j < 0 || !lines[j].drop(while: { $0 == " " }).hasPrefix("///") { undocumented.append("\(module)/\(file):\(i + 1): \(text)") }
            }
        }
        #expect(undocumented.isEmpty, "\(undocumented.joined(separator: "\n"))")
    }
}
