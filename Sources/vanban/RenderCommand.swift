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

    @Option(name: .long, help: ArgumentHelp("Output format; default: from the output's extension (.png, .svg, .ps), else PDF.",
                                            valueName: "pdf|png|svg|ps"))
    var to: OutputKind?

    @Option(name: .long, help: ArgumentHelp("Resolution of a PNG (default 96).", valueName: "dpi"))
    var dpi: Double = 96

    @Option(name: .long, help: ArgumentHelp("The page a PNG or SVG shows, from 1 (default 1).", valueName: "n"))
    var page: Int = 1

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
            var options = try pdfOptions.renderOptions(
                baseDirectory: input == "-" ? "." : FilePath.folder(of: input))
            options.format = (to ?? OutputKind(path: output)).format(dpi: dpi)
            options.page = page
            let engine = try Engine(resources: try resourceOptions.locate())
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

/// `--to`: what `render` writes.
enum OutputKind: String, ExpressibleByArgument, CaseIterable {
    case pdf, png, svg, ps

    /// The kind an output file's extension names (PDF for any other name, and for `-`).
    init(path: String) {
        let lowered = path.lowercased()
        self = Self.allCases.first { $0 != .pdf && lowered.hasSuffix(".\($0.rawValue)") } ?? .pdf
    }

    func format(dpi: Double) -> OutputFormat {
        switch self {
        case .pdf: .pdf
        case .png: .png(dpi: dpi)
        case .svg: .svg
        case .ps: .ps
        }
    }
}
