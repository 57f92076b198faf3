import ArgumentParser
import VanBan
import VanBanCommandLine

/// `vanban check DOC.json…`: the thể thức checks without rendering.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check documents against the thể thức rules of their profile, without rendering.",
        discussion: """
            Reports decoding problems, the thể thức rules (each with its clause: ND30.PL1.II.7.AUTHORITY_PREFIX, \
            HD36.B7.LAST_DISTRIBUTION, …), image problems and layout problems (a missing glyph). With --fix, the \
            corrections that are certain are written back into each file (standard input: to standard output) and \
            what is left is reported. Exit status: 0 when no document has an error, 1 otherwise, 2 for a usage problem.
            """)

    @Argument(help: ArgumentHelp("JSON documents (- for standard input).", valueName: "input.json"))
    var inputs: [String]

    @Flag(name: .long, help: "Write the certain corrections back into each file.")
    var fix = false

    @Option(name: .long, help: ArgumentHelp("Diagnostics as text (like a compiler) or as JSON lines.", valueName: "text|json"))
    var format: DiagnosticFormat = .text

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @OptionGroup var pdfOptions: PDFOptions
    @OptionGroup var resourceOptions: ResourceOptions

    func run() throws {
        let engine: Engine
        do {
            engine = try Engine(resources: try resourceOptions.locate())
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        }
        var failed = false
        for input in inputs {
            do {
                let base = input == "-" ? "." : FilePath.folder(of: input)
                let options = try pdfOptions.renderOptions(baseDirectory: base)
                let json = try CLIOutput.read(input, limit: options.limits.inputBytes)
                var result = engine.check(json: json, options: options)
                if fix, let corrected = result.corrected {
                    let text = Array((corrected.serialized(indent: 2) + "\n").utf8)
                    try CLIOutput.writeAtomically(text, to: input)
                    let count = result.correctionCount
                    if !quiet, format == .text {
                        CLIOutput.writeStandardError(CLIOutput.text(.cliCorrected, ["file": .text(input), "count": .number(count)]) + "\n")
                    }
                    result = engine.check(json: text, options: options)
                }
                let shown = quiet ? result.diagnostics.filter { $0.severity == .error } : result.diagnostics
                CLIOutput.print(shown, file: input, format: format, to: format == .json && !(fix && input == "-") ? 1 : 2, fix: result.fix(for:))
                failed = failed || result.hasErrors
            } catch let error as CLIError {
                throw CLIOutput.fail(error)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
