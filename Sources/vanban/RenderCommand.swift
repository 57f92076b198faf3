import ArgumentParser
import VanBan
import VanBanModel

/// `vanban render INPUT.json -o OUT.pdf`
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one JSON document to PDF.",
        discussion: "Diagnostics go to standard error as FILE:/json/pointer: severity[CODE]: message (or JSON with --format json). The thể thức checks of `vanban check` run first: their errors stop the render unless --force. On any error nothing is written and the exit status is 1.")

    @Argument(help: ArgumentHelp("The JSON document (- for standard input).", valueName: "input.json"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF (- for standard output).", valueName: "out.pdf"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Write the signature, seal, number, date and stamp boxes as JSON.", valueName: "boxes.json"))
    var boxes: String?

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Diagnostics as text (like a compiler) or as one JSON line.", valueName: "text|json"))
    var format: DiagnosticFormat = .text

    @OptionGroup var pdfOptions: PDFOptions
    @OptionGroup var resourceOptions: ResourceOptions

    func run() throws {
        do {
            // Image paths in the document are relative to its folder.
            let options = try pdfOptions.renderOptions(
                baseDirectory: input == "-" ? "." : (input.lastIndex(of: "/").map { String(input[..<$0]) } ?? "."))
            let engine = try Engine(resources: try resourceOptions.locate())
            let json = try CLIOutput.read(input)
            let rendered = try engine.render(json: json, options: options)
            if !quiet || format == .json { CLIOutput.print(quiet ? [] : rendered.diagnostics, file: input, format: format) }
            try CLIOutput.writeAtomically(rendered.pdf, to: output)
            if let boxes {
                try CLIOutput.writeAtomically(Array(SignatureBox.json(rendered.boxes, pages: rendered.pageCount).utf8), to: boxes)
            }
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: input, format: format)
            throw ExitCode(1)
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        }
    }
}
