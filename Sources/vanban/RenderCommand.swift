import ArgumentParser
import VanBan
import VanBanCommandLine

/// `vanban render INPUT.json -o OUT.pdf`
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one JSON document to PDF (or a page as PNG or SVG, or PostScript).",
        discussion: "Diagnostics go to standard error as FILE:/json/pointer: severity[CODE]: message (or JSON with --format json). The thể thức checks of `vanban check` run first: their errors stop the render unless --force. On any error nothing is written and the exit status is 1.")

    @Argument(help: ArgumentHelp("The JSON document (- for standard input).", valueName: "input.json"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the PDF (- for standard output).", valueName: "out.pdf"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Output format; default: from the output's extension (.pdf, .png, .svg, .ps).",
                                            valueName: "pdf|png|svg|ps"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Resolution of a PNG (default 96).", valueName: "dpi"))
    var dpi: String?

    @Option(name: .long, help: ArgumentHelp("The page a PNG or SVG shows, from 1 (default 1).", valueName: "n"))
    var page: String?

    @Option(name: .long, help: ArgumentHelp("Write the signature, seal, number, date and stamp boxes as JSON.", valueName: "boxes.json"))
    var boxes: String?

    @Flag(name: .shortAndLong, help: "Do not print warnings.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Diagnostics as text (like a compiler) or as one JSON line.", valueName: "text|json"))
    var format: DiagnosticFormat = .text

    @OptionGroup var pdfOptions: PDFOptions
    @OptionGroup var resourceOptions: ResourceOptions

    /// The format an output file's extension names: PDF for `-` and a name without one; an
    /// extension VanBan does not write is a usage error (`-o x.docx`).
    static func format(of output: String) throws(CLIError) -> String {
        let name = FilePath.lastComponent(output)
        guard output != "-", let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "pdf" }
        let ext = name[name.index(after: dot)...].lowercased()
        guard RenderSettings.FormatName(rawValue: ext) != nil else {
            throw CLIError(.cliOutputFormat, ["path": .text(output), "formats": .texts(RenderSettings.FormatName.allCases.map(\.rawValue))])
        }
        return ext
    }

    func run() throws {
        do {
            let resources = try resourceOptions.locate()
            // Image paths in the document are relative to its folder.
            var settings = try pdfOptions.settings(baseDirectory: input == "-" ? "." : FilePath.folder(of: input))
            try settings.read([(.format, try to ?? Self.format(of: output)), (.dpi, dpi), (.page, page)])
            let options = settings.options
            let engine = try Engine(resources: resources)
            let json = try CLIOutput.read(input, limit: options.limits.inputBytes)
            let rendered = try engine.render(json: json, options: options)
            if !quiet || format == .json { CLIOutput.print(quiet ? [] : rendered.diagnostics, file: input, format: format) }
            try CLIOutput.writeAtomically(rendered.output, to: output, removingStale: true)
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
