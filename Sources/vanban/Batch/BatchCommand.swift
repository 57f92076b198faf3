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

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(name: .long, help: ArgumentHelp("Output name template, e.g. '{number}-{date}' (default: the input's name, or <file>-<line>).",
                                            valueName: "template"))
    var name: String?

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
        let options = try pipelineOptions.pdfOptions.renderOptions()
        let pipeline = try pipelineOptions.pipeline(command: "batch", options: options)
        var namer = try OutputNamer(template: name)
        var source = try BatchSource(arguments: inputs)
        source.limit = options.limits.inputBytes
        let engine = try Engine(resources: resources)
        return try pipeline.run(engine: engine, total: pipelineOptions.quiet ? nil : source.count(), forEach: source.forEach) { item in
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
