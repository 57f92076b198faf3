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
            never sees half a file; the same input always gives the same bytes.

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
        let workers = try workerCount()
        let options = try pdfOptions.renderOptions()
        let settings = BatchSettings(options: options, extraImageFolders: pdfOptions.allowDir, boxes: boxes, skipUnchanged: skipUnchanged)
        var namer = try OutputNamer(template: name)
        var source = try BatchSource(arguments: inputs)
        source.limit = options.limits.inputBytes
        try Folders.create(output)
        TemporaryFiles.removeStaleBelow(output)
        let reportFile = try report.map(Self.openReport)
        defer { if let reportFile { close(reportFile) } }
        let engine = try Engine(resources: resources)

        Interrupt.install()
        let monitor = BatchMonitor(total: quiet ? nil : source.count(), quiet: quiet, report: reportFile)
        let queue = JobQueue(capacity: workers * 4)
        let group = BatchWorkers.start(workers, queue: queue, engine: engine, settings: settings) { monitor.record($0) }
        let outputFolder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        source.forEach { item in
            let document = namer.needsDocument && item.problem == nil ? try? DocumentDecoder.decode(item.bytes).0 : nil
            let name = namer.name(for: item, document: document)
            var job = BatchJob(item: item, output: "\(outputFolder)/\(name).pdf")
            if name.contains("/") {
                do { try Folders.create(FilePath.folder(of: job.output)) } catch { job.item.problem = "\(error)" }
            }
            queue.push(job)
            return !Interrupt.requested
        }
        queue.close(workers: workers)
        group.wait()
        monitor.finish(reportPath: report, interrupted: Interrupt.requested)
        if let reportFile, let report {
            // A report that could not be written whole (a full disk) fails the run: a truncated
            // report would tell the next step that documents are missing or done.
            let flushed = fsync(reportFile) == 0 || errno == EINVAL
            if let problem = monitor.reportProblem ?? (flushed ? nil : String(cString: strerror(errno))) {
                throw CLIError(.cliReport, ["path": .text(report), "reason": .text(problem)])
            }
        }
        if Interrupt.requested { return 130 }
        return monitor.counts.failed > 0 ? 1 : 0
    }

    private func workerCount() throws -> Int {
        if let jobs {
            guard (1...256).contains(jobs) else { throw CLIError(.cliOptionRange, ["option": "--jobs", "value": .number(jobs), "low": "1", "high": "256"]) }
            return jobs
        }
        return Processors.available
    }

    private static func openReport(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CLIError(.cliReportOpen, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
        return fd
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
