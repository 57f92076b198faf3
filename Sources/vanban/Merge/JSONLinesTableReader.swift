import VanBan

/// Reads a register kept as JSON Lines (docs/merge.md, "Data files"): one object per line, its
/// members the columns (in the order they first appear), its line number the row's. Strings,
/// numbers and booleans are cells; an array of strings fills a list slot item by item; null is
/// an empty cell. Blank lines are skipped.
enum JSONLinesTableReader {
    static func read(_ bytes: [UInt8], file: String) throws(DiagnosticError) -> DataTable {
        var columns: [String] = []
        var indexes: [String: Int] = [:]
        var rows: [DataRow] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
            let value: JSONValue
            do { value = try JSONParser.parse(Array(line)) } catch {
                var diagnostic = error.diagnostic
                diagnostic.path = String(lineNumber)
                throw DiagnosticError([diagnostic])
            }
            guard case .object(let members) = value else {
                throw DiagnosticError([Diagnostic(.error, .dataNotAnObject, path: String(lineNumber), ["found": value.kind])])
            }
            var cells: [CellValue] = Array(repeating: .empty, count: columns.count)
            for member in members {
                guard let name = DataTable.columnName(member.key) else { continue }
                let index: Int
                if let known = indexes[name] {
                    index = known
                } else {
                    index = columns.count
                    indexes[name] = index
                    columns.append(name)
                    cells.append(.empty)
                }
                cells[index] = cell(member.value)
            }
            rows.append(DataRow(number: lineNumber, cells: cells))
        }
        return DataTable(columns: columns, rows: rows)
    }

    private static func cell(_ value: JSONValue) -> CellValue {
        switch value {
        case .null: .empty
        case .bool(let flag): .boolean(flag)
        case .number(let number): .number(number)
        case .string(let text): text.trimmingSpaces().isEmpty ? .empty : .text(TextNormalizer.nfc(text.trimmingSpaces()))
        case .array(let items): .list(items.map { item in
            if case .string(let text) = item { return TextNormalizer.nfc(text) }
            return item.serialized(indent: nil)
        })
        case .object: .text(value.serialized(indent: nil))
        }
    }
}
