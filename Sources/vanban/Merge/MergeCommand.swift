import ArgumentParser
import VanBan
import VanBanCommandLine

/// `vanban merge TEMPLATE.json DATA.csv|DATA.xlsx|DATA.jsonl -o OUTDIR` (docs/merge.md).
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Mail merge: one document per row of a spreadsheet (CSV, XLSX) or JSON Lines register.",
        discussion: """
            The template is a document whose strings hold slots: {{Column}} is the row's cell of that \
            column (the header row's name); {{Column|;}} makes a list of the cell split at ';' (as a \
            whole array item it becomes the items); {{Column?}} may be empty (as a whole value, the \
            member or item is then left out). A slot that is a whole "date" takes dd/mm/yyyy, \
            yyyy-mm-dd or a spreadsheet date and writes yyyy-mm-dd; a whole "seq" takes a number. \
            A column the data lacks stops the merge before anything is rendered; a row with an empty \
            cell fails alone (data.csv:17:Column: …) and the others are rendered, as in vanban batch: \
            exit status 1 when a row failed, 2 for a usage problem. Each row renders exactly as its \
            filled template, written as compact JSON, would with vanban batch. Names: --name \
            '{{Số}}-{{Họ tên}}', else <data file>-<row>, e.g. danh-sach-000002 (docs/merge.md).
            """)

    @Argument(help: ArgumentHelp("The template: a JSON document with {{Column}} slots.", valueName: "template.json"))
    var template: String

    @Argument(help: ArgumentHelp("The register: .csv, .tsv, .txt (Unicode Text), .xlsx or .jsonl.", valueName: "data"))
    var data: String

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp("Output name from the row's columns, e.g. '{{Số}}-{{Họ tên}}' (default: <data file>-<row>).",
                                            valueName: "pattern"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The sheet of an .xlsx file (default: the first).", valueName: "name"))
    var sheet: String?

    @Option(name: .long, help: ArgumentHelp("The CSV separator: , ; or \\t (default: the one the header line has most of).", valueName: "char"))
    var delimiter: String?

    /// `--encoding`: how a CSV without a byte-order mark is read.
    enum TextEncoding: String, ExpressibleByArgument, CaseIterable {
        case utf8 = "utf-8"
        case windows1258 = "windows-1258"
    }

    @Option(name: .long, help: ArgumentHelp("A CSV's encoding when it has no byte-order mark: utf-8 (default) or windows-1258 (Excel's \"CSV (Comma delimited)\" on a Vietnamese Windows).",
                                            valueName: "name"))
    var encoding: TextEncoding = .utf8

    @OptionGroup var resourceOptions: ResourceOptions

    /// Diagnostics about one input file, printed with its name.
    struct InputProblem: Error {
        var file: String
        var diagnostics: [Diagnostic]
    }

    func run() throws {
        let exitStatus: Int32
        do {
            exitStatus = try runMerge()
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        } catch let problem as InputProblem {
            CLIOutput.print(problem.diagnostics, file: problem.file)
            throw ExitCode(2)
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "vanban")
            throw ExitCode(2)
        }
        if exitStatus != 0 { throw ExitCode(exitStatus) }
    }

    private func runMerge() throws -> Int32 {
        let resources = try resourceOptions.locate()
        let options = try pipelineOptions.pdfOptions.renderOptions()
        let pipeline = try pipelineOptions.pipeline(command: "merge", options: options)
        let separator = try delimiter.map(Self.separator)

        // Everything is checked before anything is rendered: the template, the data, the columns.
        let mergeTemplate: MergeTemplate
        do { mergeTemplate = try MergeTemplate(try CLIOutput.read(template, limit: options.limits.inputBytes), limits: options.limits) } catch let error as DiagnosticError {
            throw InputProblem(file: template, diagnostics: error.diagnostics)
        }
        let table: DataTable
        do { table = try DataFile.read(data, sheet: sheet, delimiter: separator, legacy: encoding == .windows1258, limit: options.limits.inputBytes) } catch let error as DiagnosticError {
            throw InputProblem(file: data, diagnostics: error.diagnostics)
        }
        let missing = mergeTemplate.missingColumns(in: table, dataFile: data)
        guard missing.isEmpty else { throw InputProblem(file: template, diagnostics: missing) }
        var namer: MergeNamer
        do { namer = try MergeNamer(pattern: name, table: table, dataFile: data) } catch let error as DiagnosticError {
            throw InputProblem(file: "vanban", diagnostics: error.diagnostics)
        }

        let source = MergeSource(template: mergeTemplate, table: table, dataFile: data, baseDirectory: FilePath.folder(of: template))
        let engine = try Engine(resources: resources)
        return try pipeline.run(engine: engine, total: table.rows.count, forEach: source.forEach) { item in
            namer.name(for: item, row: table.rows[item.index - 1], table: table)
        }
    }

    /// `--delimiter`: one character; `\t` or `tab` for a tab.
    static func separator(_ text: String) throws -> Unicode.Scalar {
        if text == "\\t" || text.lowercased() == "tab" { return "\t" }
        guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, scalar != "\"", scalar != "\n", scalar != "\r" else {
            throw CLIError(.cliDelimiter, ["value": .text(text)])
        }
        return scalar
    }
}
