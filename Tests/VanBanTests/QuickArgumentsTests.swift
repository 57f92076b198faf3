import Foundation
import Testing
import VanBanTestSupport

/// `vanban render` reads its plain arguments without ArgumentParser (`QuickRenderArguments`,
/// docs/performance.md). Each option, run once that way and once through ArgumentParser (a `--`
/// before the input sends the arguments there), must give the same exit status, messages and
/// files, byte for byte.
@Suite struct QuickArgumentsTests {
    let cli = Repository.cli.path

    static let cases: [[String]] = [
        [], ["-q"], ["--quiet"], ["--pdfa"], ["--sign-fields"], ["--format", "json"], ["--format=json"],
        ["--to", "png", "--dpi", "30", "--page", "2"], ["--to=svg"], ["--boxes", "@boxes"],
        ["--allow-dir", "/tmp", "--allow-dir", "/var"], ["--max-input-bytes", "100000"], ["--max-pages", "5"], ["--max-pages", "1"],
        ["--max-pages", "0"], ["--tone-style", "new"], ["--tone-style", "bad"], ["--created", "2024-05-06"],
        ["--resources", "@root"], ["--font-dir", "@fonts"], ["--fallback-font", "@fonts/LiberationSerif-Regular.ttf"],
        ["--lang", "vi"], ["--lang=en"], ["--lang", "fr"], ["--force"], ["-o", "@other"],
    ]

    @Test(arguments: cases)
    func bothReadersAgree(options: [String]) throws {
        for input in [Repository.root + "/examples/cong-van-405-CV-BTGTU.json", Repository.root + "/examples/invalid/bad-images.json"] {
            let dir = try Repository.temporaryDirectory()
            func run(_ name: String, throughArgumentParser: Bool) throws -> (ProcessResult, [String: Data]) {
                let folder = dir.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let given = options.map {
                    $0.replacingOccurrences(of: "@boxes", with: folder.appendingPathComponent("boxes.json").path)
                        .replacingOccurrences(of: "@root", with: Repository.root)
                        .replacingOccurrences(of: "@fonts", with: Repository.root + "/fonts")
                        .replacingOccurrences(of: "@other", with: folder.appendingPathComponent("other.pdf").path)
                }
                let output = ["-o", folder.appendingPathComponent("out").path, "--created", "2026-01-01T00:00:00Z"]
                let arguments = ["render"] + output + given + (throughArgumentParser ? ["--", input] : [input])
                let result = try Run.program(cli, arguments, environment: ["VANBAN_LANG": "en"])
                var files: [String: Data] = [:]
                for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                    files[file] = try Data(contentsOf: folder.appendingPathComponent(file))
                }
                return (result, files)
            }
            let (quick, quickFiles) = try run("quick", throughArgumentParser: false)
            let (full, fullFiles) = try run("full", throughArgumentParser: true)
            #expect(quick.status == full.status, "\(options): \(quick.stderr) | \(full.stderr)")
            #expect(quick.stderr.replacingOccurrences(of: "/quick/", with: "/") == full.stderr.replacingOccurrences(of: "/full/", with: "/"), "\(options)")
            #expect(quick.stdout == full.stdout, "\(options)")
            #expect(quickFiles == fullFiles, "\(options): \(quickFiles.keys.sorted()) \(fullFiles.keys.sorted())")
        }
    }
}
