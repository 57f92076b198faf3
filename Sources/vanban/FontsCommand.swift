import ArgumentParser
import VanBan
import VanBanCommandLine
import VanBanText

/// `vanban fonts`: the faces in use and what they cover.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: "List the faces in use and their coverage of Vietnamese.")

    @OptionGroup var resourceOptions: ResourceOptions

    func run() throws {
        do {
            let engine = try Engine(resources: try resourceOptions.locate())
            for style in FontStyle.allCases {
                let face = engine.fonts.face(style)
                let coverage = FontCoverage(face: face)
                print("\(style): \(face.familyName) \(face.styleName) — \(face.version)")
                print("  file: \(face.path)")
                print("  glyphs: \(face.glyphCount), code points: \(coverage.codePoints), units per em: \(face.unitsPerEm)")
                print("  Vietnamese letters: \(coverage.vietnameseLetters.covered)/\(coverage.vietnameseLetters.total), "
                      + "combining marks: \(coverage.combiningMarks.covered)/\(coverage.combiningMarks.total), "
                      + "punctuation: \(coverage.punctuation.covered)/\(coverage.punctuation.total)")
                let m = face.metrics
                print("  metrics: ascender \(m.ascender), descender \(m.descender), line gap \(m.lineGap) "
                      + "(single line = \((m.singleLineFactor * 1000).rounded() / 1000) em)")
                if !coverage.missing.isEmpty {
                    let list = coverage.missing.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                    print("  missing: \(list)")
                }
            }
            if let fallback = engine.fonts.fallback {
                print("fallback: \(fallback.familyName) \(fallback.styleName) — \(fallback.version)")
                print("  file: \(fallback.path)")
                print("  glyphs: \(fallback.glyphCount), code points: \(FontCoverage(face: fallback).codePoints)")
            }
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "fonts")
            throw ExitCode(1)
        }
    }
}
