import ArgumentParser
import VanBan
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// `vanban batch INPUT... -o OUTDIR`
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render many documents: JSON files, folders, JSON Lines files or standard input.",
        discussion: """
            Inputs: .json files; folders (every *.json below them, in path order); .jsonl/.ndjson files \
            and - (standard input), one document per line. One bad document never stops the batch: its \
            diagnostics are printed and reported, and the exit status is 1 when any document failed \
            (2 for a usage problem). Every PDF is written to a temporary file and renamed, so a reader \
            never sees half a file; the same input always gives the same bytes. --shard K/N renders \
            one part of the inputs on one of N machines, under the names of the whole batch.

            Name placeholders: \(OutputNamer.fields.map { "{\($0.name)} \($0.meaning)" }.joined(separator: "; ")).
            """)

    @Argument(help: ArgumentHelp("JSON files, folders, JSON Lines files, or - for JSON Lines on standard input.", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the PDFs (created when missing).", valueName: "outdir"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Output name template, e.g. '{number}-{date}' (default: the input's name, or <file>-<line>).",
                                            valueName: "template"))
    var name: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Parallel workers (default: the cores this process may use, container CPU quota included).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Write one JSON line per document: input, output, status, pages, milliseconds, diagnostics.",
                                            valueName: "report.jsonl"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Render only part K of N: the inputs whose number i (from 1) has (i-1) mod N = K-1; names are those of the whole batch (docs/scale.md).",
                                            valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Do not re-render a document whose PDF exists and was made from the same input, images, fonts, profiles and VanBan version.")
    var skipUnchanged = false

    @Flag(name: .long, help: "Also write NAME.boxes.json next to every PDF (see render --boxes).")
    var boxes = false

    @Flag(name: .shortAndLong, help: "No progress, no warnings, no summary unless something failed (errors are still printed).")
    var quiet = false

    @OptionGroup var pdfOptions: PDFOptions
    @OptionGroup var resourceOptions: ResourceOptions

    func run() throws {
        let exitStatus: Int32
        do {
            exitStatus = try runBatch()
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "vanban")
            throw ExitCode(2)
        }
        if exitStatus != 0 { throw ExitCode(exitStatus) }
    }

    private func runBatch() throws -> Int32 {
        let resources = try resourceOptions.locate()
        let options = try pdfOptions.renderOptions()
        let pipeline = BatchPipeline(
            command: "batch", output: output, report: report, quiet: quiet, workers: try BatchPipeline.workerCount(jobs),
            settings: BatchSettings(options: options, extraImageFolders: pdfOptions.allowDir, boxes: boxes, skipUnchanged: skipUnchanged),
            shard: try shard.map(Shard.init(parsing:)) ?? .whole)
        var namer = try OutputNamer(template: name)
        var source = try BatchSource(arguments: inputs)
        source.limit = options.limits.inputBytes
        let engine = try Engine(resources: resources)
        return try pipeline.run(engine: engine, total: quiet ? nil : source.count(), forEach: source.forEach) { item in
            let document = namer.needsDocument && item.problem == nil ? try? DocumentDecoder.decode(item.bytes).0 : nil
            return namer.name(for: item, document: document)
        }
    }
}

/// `mkdir -p`.
enum Folders {
    static func create(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw CLIError(.cliNotAFolder, ["path": .text(path)]) }
            return
        }
        let parent = FilePath.folder(of: path)
        if parent != path, parent != "." { try create(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw CLIError(.cliMkdir, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))])
        }
    }
}
