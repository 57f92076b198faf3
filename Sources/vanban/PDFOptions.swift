import ArgumentParser
import VanBan

/// Options that change the PDF's bytes, shared by `render` and `batch`.
struct PDFOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Creation date for the PDF metadata (ISO 8601), instead of the document's date.",
                                            valueName: "timestamp"))
    var created: String?

    @Flag(name: .long, help: "Append empty signature fields (one per signer, one per seal) as an incremental update.")
    var signFields = false

    /// The render options; a malformed `--created` is a usage error.
    func renderOptions(baseDirectory: String? = nil) throws -> RenderOptions {
        var options = RenderOptions(baseDirectory: baseDirectory, signatureFields: signFields)
        if let created {
            guard let timestamp = Timestamp(iso: created) else {
                throw CLIError("--created '\(created)' is not an ISO 8601 timestamp", hint: "e.g. 2024-03-05T09:30:15+07:00")
            }
            options.created = timestamp
        }
        return options
    }
}
