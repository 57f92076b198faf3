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

    @Flag(name: .long, help: "Write PDF/A-2u (XMP metadata, sRGB output intent; docs/pdfa.md).")
    var pdfa = false

    @Flag(name: .long, help: "Render even when the thể thức checks find errors (they are reported as warnings).")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Tone-mark style the checks expect: old (hòa, thủy) or new (hoà, thuỷ); default: the profile's, else one style per document.",
                                            valueName: "style"))
    var toneStyle: String?

    /// The render settings for a document in `baseDirectory`, in the CLI's language; malformed
    /// values are usage errors.
    func settings(baseDirectory: String? = nil) throws -> RenderSettings {
        var limits = InputLimits.standard
        if let maxInputBytes {
            guard (1...InputLimits.largestInput).contains(maxInputBytes) else {
                throw CLIError(.cliOptionRange, ["option": "--max-input-bytes", "value": .number(maxInputBytes), "low": "1", "high": .number(InputLimits.largestInput)])
            }
            limits.inputBytes = maxInputBytes
        }
        if let maxPages {
            guard (1...InputLimits.mostPages).contains(maxPages) else {
                throw CLIError(.cliOptionRange, ["option": "--max-pages", "value": .number(maxPages), "low": "1", "high": .number(InputLimits.mostPages)])
            }
            limits.pages = maxPages
        }
        var options = RenderOptions(baseDirectory: baseDirectory, signatureFields: signFields, limits: limits, enforceChecks: !force)
        options.language = CLIOutput.language
        options.pdfa = pdfa
        if !allowDir.isEmpty { options.allowedDirectories = (baseDirectory.map { [$0] } ?? []) + allowDir }
        var settings = RenderSettings(base: options)
        try settings.read([(.created, created), (.toneStyle, toneStyle)])
        return settings
    }

    /// The render options for a document in `baseDirectory` (see `settings`).
    func renderOptions(baseDirectory: String? = nil) throws -> RenderOptions {
        try settings(baseDirectory: baseDirectory).options
    }
}

extension RenderSettings {
    /// Reads the options given (a nil value was not given); a bad value is a usage error.
    mutating func read(_ given: [(Name, String?)]) throws(CLIError) {
        for case let (name, text?) in given {
            do { try read(name, text) } catch { throw CLIError(error.key, error.arguments) }
        }
    }
}
