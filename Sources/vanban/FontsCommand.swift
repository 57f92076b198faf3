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
                print(CLIOutput.text(.fontsFace, ["role": .term(face.role.term), "family": .text(face.family), "style": .text(face.style),
                                                  "version": .text(face.version), "file": .text(face.path)]))
                print(CLIOutput.text(.fontsCounts, ["glyphs": .number(face.glyphCount), "codePoints": .number(face.codePoints),
                                                    "unitsPerEm": .number(face.unitsPerEm)]))
                guard face.role != .fallback else { continue }
                print(CLIOutput.text(.fontsCoverage, [
                    "letters": "\(face.letters.covered)/\(face.letters.total)", "marks": "\(face.marks.covered)/\(face.marks.total)",
                    "punctuation": "\(face.punctuation.covered)/\(face.punctuation.total)",
                ]))
                print(CLIOutput.text(.fontsMetrics, ["ascender": .number(face.ascender), "descender": .number(face.descender),
                                                     "lineGap": .number(face.lineGap), "single": "\((face.singleLine * 1000).rounded() / 1000)"]))
                if !face.missing.isEmpty { print(CLIOutput.text(.fontsMissing, ["characters": .words(face.missing.map { .text(String.codePoint($0)) })])) }
            }
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "fonts")
            throw ExitCode(1)
        }
    }
}
