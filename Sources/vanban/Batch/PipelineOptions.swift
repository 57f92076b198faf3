import ArgumentParser
import VanBan
import VanBanCommandLine

/// The options of the commands that render many documents through `BatchPipeline` — `batch`
/// (one document per input) and `merge` (one per row of a register) — and the pipeline they make.
struct PipelineOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the PDFs (created when missing).", valueName: "outdir"))
    var output: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Parallel workers (default: the cores this process may use, container CPU quota included).", valueName: "n"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp("Write one JSON line per document (per row for merge): input, output, status, pages, milliseconds, diagnostics.",
                                            valueName: "report.jsonl"))
    var report: String?

    @Option(name: .long, help: ArgumentHelp("Render only part K of N: the inputs (rows) whose number i (from 1) has (i-1) mod N = K-1; names are those of the whole run (docs/scale.md).",
                                            valueName: "K/N"))
    var shard: String?

    @Flag(name: .long, help: "Do not re-render a document whose PDF exists and was made from the same document, images, fonts, profiles and VanBan version.")
    var skipUnchanged = false

    @Flag(name: .long, help: "Also write NAME.boxes.json next to every PDF (see render --boxes).")
    var boxes = false

    @Flag(name: .shortAndLong, help: "No progress, no warnings, no summary unless something failed (errors are still printed).")
    var quiet = false

    @OptionGroup var pdfOptions: PDFOptions

    /// The pipeline of `command` (`batch`, `merge`) rendering with `options`.
    func pipeline(command: String, options: RenderOptions) throws -> BatchPipeline {
        BatchPipeline(
            command: command, output: output, report: report, quiet: quiet, workers: try BatchPipeline.workerCount(jobs),
            settings: BatchSettings(options: options, extraImageFolders: pdfOptions.allowDir, boxes: boxes, skipUnchanged: skipUnchanged),
            shard: try shard.map(Shard.init(parsing:)) ?? .whole)
    }
}
