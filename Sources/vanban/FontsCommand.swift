import ArgumentParser
import VanBan
import VanBanCommandLine

/// `vanban fonts`: the faces in use and what they cover.
struct FontsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fonts",
        abstract: "List the faces in use and their coverage of Vietnamese.")

    @OptionGroup var resourceOptions: ResourceOptions

    func run() throws {
        do {
            let engine = try Engine(resources: try resourceOptions.locate())
            for face in engine.faceReports {
                print("\(face.role): \(face.family) \(face.style) — \(face.version)")
                print("  file: \(face.path)")
                print("  glyphs: \(face.glyphCount), code points: \(face.codePoints), units per em: \(face.unitsPerEm)")
                guard face.role != "fallback" else { continue }
                print("  Vietnamese letters: \(face.letters.covered)/\(face.letters.total), "
                      + "combining marks: \(face.marks.covered)/\(face.marks.total), "
                      + "punctuation: \(face.punctuation.covered)/\(face.punctuation.total)")
                print("  metrics: ascender \(face.ascender), descender \(face.descender), line gap \(face.lineGap) "
                      + "(single line = \((face.singleLine * 1000).rounded() / 1000) em)")
                if !face.missing.isEmpty { print("  missing: \(face.missing.map(String.codePoint).joined(separator: " "))") }
            }
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "fonts")
            throw ExitCode(1)
        }
    }
}
