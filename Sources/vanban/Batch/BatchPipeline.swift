import VanBan
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// What `vanban batch` and `vanban merge` share once they have their documents (docs/architecture.md,
/// "Batch"): the output folder, the workers, the progress and the report, `--shard`, Ctrl-C,
/// and the exit status (0; 1 when a document failed; 130 when interrupted).
struct BatchPipeline {
    /// The subcommand, for the progress and summary lines.
    var command: String
    var output: String
    var report: String?
    var quiet: Bool
    var workers: Int
    var settings: BatchSettings
    var shard: Shard

    /// Renders the items `forEach` gives whose index is in the shard. `name` is asked for every
    /// item in input order — those of other shards too — so every PDF gets the name one whole
    /// run would give it. `total` is the number of items when known (for the progress line).
    func run(engine: Engine, total: Int?, forEach: ((BatchItem) -> Bool) -> Void, name: @escaping (BatchItem) -> String) throws -> Int32 {
        try Folders.create(output)
        // A shard leaves the others' temporary files alone: on a shared volume their process
        // numbers mean nothing here (a whole run clears what a crashed one left).
        if shard == .whole { TemporaryFiles.removeStaleBelow(output) }
        let reportFile = try report.map(Self.openReport)
        defer { if let reportFile { close(reportFile) } }

        Interrupt.install()
        let monitor = BatchMonitor(command: command, total: quiet ? nil : total.map(shard.count), quiet: quiet, report: reportFile)
        let queue = JobQueue(capacity: workers * 4)
        let group = BatchWorkers.start(workers, queue: queue, engine: engine, settings: settings) { monitor.record($0) }
        let outputFolder = output.count > 1 && output.hasSuffix("/") ? String(output.dropLast()) : output
        forEach { item in
            let name = name(item)
            guard shard.includes(item.index) else { return true }
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

    /// `--jobs`, checked, or the cores this process may use.
    static func workerCount(_ jobs: Int?) throws -> Int {
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
