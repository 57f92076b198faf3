import VanBan
import VanBanCommandLine

/// The documents of a merge: one per data row, in row order, each the template filled and
/// written as compact JSON (the same bytes `vanban batch` would get from that JSON: docs/merge.md).
struct MergeSource {
    let template: MergeTemplate
    let table: DataTable
    /// The data file as given (diagnostics: `data.csv:17:Họ tên:`).
    let dataFile: String
    /// The folder the template's image paths are relative to.
    let baseDirectory: String

    /// Calls `body` with every row's document in order; stops when it returns false. A row that
    /// cannot be filled is an item with its `refusal`.
    func forEach(_ body: (BatchItem) -> Bool) {
        let stem = BatchSource.stem(FilePath.lastComponent(dataFile))
        for (position, row) in table.rows.enumerated() {
            var item = BatchItem(index: position + 1, input: dataFile, line: row.number, bytes: [], baseDirectory: baseDirectory,
                                 defaultName: "\(stem)-\(String.zeroPadded(row.number, width: 6))")
            switch template.fill(row, table: table) {
            case .success(let document): item.bytes = Array(document.serialized(indent: nil).utf8)
            case .failure(let error): item.refusal = error.diagnostics
            }
            guard body(item) else { return }
        }
    }
}

/// `--name` of `vanban merge`: slots over the row's columns (`{{Số}}-{{Họ tên}}`), made safe and
/// unique as batch names are (`OutputNamer`); a row whose name comes out empty keeps the default.
struct MergeNamer {
    private let pieces: [TemplatePiece]?
    private var namer: OutputNamer

    /// Parses the pattern; a malformed slot or a column the data lacks is a diagnostic at `--name`.
    init(pattern: String?, table: DataTable, dataFile: String) throws {
        namer = try OutputNamer(template: nil)
        guard let pattern else {
            pieces = nil
            return
        }
        guard let pieces = TemplatePiece.pieces(pattern) else { throw DiagnosticError([MergeTemplate.malformedSlot(pattern, path: "--name")]) }
        let missing = pieces.compactMap { piece -> Diagnostic? in
            guard case .slot(let slot) = piece, table.column(named: slot.column) == nil else { return nil }
            return Diagnostic(.error, .mergeMissingColumn, path: "--name", ["slot": .text(slot.written), "column": .text(slot.column),
                                                                           "file": .text(dataFile), "columns": .list(table.names.map { .text($0) })])
        }
        guard missing.isEmpty else { throw DiagnosticError(missing) }
        self.pieces = pieces
    }

    mutating func name(for item: BatchItem, row: DataRow, table: DataTable) -> String {
        var name = OutputNamer.sanitize(item.defaultName, keepFolders: false)
        if let pieces {
            let expanded = pieces.map { piece -> String in
                switch piece {
                case .text(let text): return text
                case .slot(let slot):
                    guard let column = table.column(named: slot.column) else { return "" }
                    return row[column].text
                }
            }.joined()
            let safe = OutputNamer.sanitize(expanded, keepFolders: false)
            if !safe.isEmpty { name = safe }
        }
        return namer.unique(name, index: item.index)
    }
}
