import ArgumentParser
import VanBan
import VanBanCommandLine

/// Options that decide how documents are read and rendered, shared by `render` and `batch`.
struct PDFOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Creation date for the PDF metadata (ISO 8601), instead of the document's date.",
                                            valueName: "timestamp"))
    var created: String?

    @Flag(name: .long, help: "Append empty signature fields (one per signer, one per seal) as an incremental update.")
    var signFields = false

    @Option(name: .long, help: ArgumentHelp("A folder image files may come from besides the document's own (repeatable).", valueName: "dir"))
    var allowDir: [String] = []

    @Option(name: .long, help: ArgumentHelp("Largest JSON document accepted, in bytes (default 8 MB).", valueName: "bytes"))
    var maxInputBytes: Int?

    @Option(name: .long, help: ArgumentHelp("Most pages one document may have (default 2000).", valueName: "n"))
    var maxPages: Int?

    @Flag(name: .long, help: "Render even when the thể thức checks find errors (they are reported as warnings).")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Tone-mark style the checks expect: old (hòa, thủy) or new (hoà, thuỷ); default: the profile's, else one style per document.",
                                            valueName: "style"))
    var toneStyle: ToneStyle?

    /// The render options for a document in `baseDirectory`; malformed values are usage errors.
    func renderOptions(baseDirectory: String? = nil) throws -> RenderOptions {
        var limits = InputLimits.standard
        if let maxInputBytes {
            guard (1...InputLimits.largestInput).contains(maxInputBytes) else {
                throw CLIError("--max-input-bytes must be from 1 to \(InputLimits.largestInput) (1 GB)")
            }
            limits.inputBytes = maxInputBytes
        }
        if let maxPages {
            guard (1...InputLimits.mostPages).contains(maxPages) else { throw CLIError("--max-pages must be from 1 to \(InputLimits.mostPages)") }
            limits.pages = maxPages
        }
        var options = RenderOptions(baseDirectory: baseDirectory, signatureFields: signFields, limits: limits, enforceChecks: !force,
                                    toneStyle: toneStyle)
        if !allowDir.isEmpty { options.allowedDirectories = (baseDirectory.map { [$0] } ?? []) + allowDir }
        if let created {
            guard let timestamp = Timestamp(iso: created) else {
                throw CLIError("--created '\(created)' is not an ISO 8601 timestamp", hint: "e.g. 2024-03-05T09:30:15+07:00")
            }
            options.created = timestamp
        }
        return options
    }
}

extension ToneStyle: ExpressibleByArgument {}
