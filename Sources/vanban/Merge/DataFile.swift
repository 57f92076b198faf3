import VanBan
import VanBanCommandLine

/// The data file of `vanban merge`, read whole into a table by the format its extension names
/// (docs/merge.md, "Data files"). The file is bounded like a batch's documents (`--max-input-bytes`).
enum DataFile {
    enum Format {
        case csv(defaultSeparator: Unicode.Scalar?)
        case xlsx
        case jsonLines
    }

    static func format(of path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".csv") || lower.hasSuffix(".txt") { return .csv(defaultSeparator: nil) }
        if lower.hasSuffix(".tsv") || lower.hasSuffix(".tab") { return .csv(defaultSeparator: "\t") }
        if lower.hasSuffix(".xlsx") { return .xlsx }
        if BatchSource.isJSONLines(path) { return .jsonLines }
        return nil
    }

    /// The table of `path`; its problems are diagnostics about the file (printed with its name).
    static func read(_ path: String, sheet: String?, delimiter: Unicode.Scalar?, legacy: Bool, limit: Int) throws -> DataTable {
        guard let format = format(of: path) else {
            throw DiagnosticError([Diagnostic(.error, .dataFormat, path: "", ["file": .text(path)])])
        }
        let bytes = try CLIOutput.read(path, limit: limit)
        guard bytes.count <= limit else {
            throw DiagnosticError([Diagnostic(.error, .dataTooLarge, path: "", ["file": .text(path), "limit": InputLimits.describe(bytes: limit)])])
        }
        switch format {
        case .csv(let separator): return try CSVReader.read(bytes, file: path, delimiter: delimiter ?? separator, legacy: legacy)
        case .xlsx:
            var reader = try XLSXReader(bytes, file: path)
            return try reader.read(sheet: sheet)
        case .jsonLines: return try JSONLinesTableReader.read(bytes, file: path)
        }
    }
}
