import VanBan

/// Reads a CSV register (RFC 4180, as spreadsheets save it: docs/merge.md, "CSV"): quoted cells
/// with `""` for a quote and line ends inside, CRLF or LF, the separator given or taken from
/// the header line (tab, `;` or `,`, whichever it has most of). The first non-empty line names
/// the columns; a row's number is the line it starts on; empty lines are skipped.
enum CSVReader {
    /// The separators recognised in a header line, in the order that breaks a tie.
    static let separators: [Unicode.Scalar] = [",", ";", "\t"]

    static func read(_ bytes: [UInt8], file: String, delimiter: Unicode.Scalar?, legacy: Bool = false) throws(DiagnosticError) -> DataTable {
        let text = try DataTextDecoder.decode(bytes, file: file, legacy: legacy).text
        let scalars = Array(text.unicodeScalars)
        let separator = delimiter ?? detectSeparator(scalars)
        var records = try records(scalars, separator: separator, file: file)
        records.removeAll { $0.cells.allSatisfy { $0.trimmingSpaces().isEmpty } }
        guard let header = records.first else {
            throw DiagnosticError([Diagnostic(.error, .dataNoHeader, path: "", ["file": .text(file)])])
        }
        let columns = header.cells.map(DataTable.columnName)
        try DataHeader.checkUnique(columns, line: header.line)
        let rows = records.dropFirst().map { record in
            DataRow(number: record.line, cells: record.cells.map { cell in
                let trimmed = cell.trimmingSpaces()
                return trimmed.isEmpty ? .empty : .text(TextNormalizer.nfc(trimmed))
            })
        }
        return DataTable(columns: columns, rows: Array(rows))
    }

    /// The separator the header line (up to its first line end outside quotes) has most of.
    static func detectSeparator(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, separators.contains(scalar) { counts[scalar, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ","
        var most = 0
        for separator in separators where counts[separator, default: 0] > most {
            best = separator
            most = counts[separator, default: 0]
        }
        return best
    }

    /// One record: its cells and the line it starts on.
    struct Record {
        var cells: [String]
        var line: Int
    }

    /// Splits the text into records. A quote opens a quoted cell only at the start of a cell;
    /// an unclosed one is an error naming the line it opened on.
    static func records(_ scalars: [Unicode.Scalar], separator: Unicode.Scalar, file: String) throws(DiagnosticError) -> [Record] {
        var records: [Record] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var i = 0
        var atCellStart = true
        func endCell() {
            cells.append(String(cell))
            cell = String.UnicodeScalarView()
            atCellStart = true
        }
        func endRecord() {
            endCell()
            records.append(Record(cells: cells, line: recordLine))
            cells = []
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if atCellStart && scalar == "\"" {
                let opened = line
                i += 1
                var closed = false
                while i < scalars.count {
                    let inner = scalars[i]
                    if inner == "\"" {
                        if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                            cell.append("\"")
                            i += 2
                            continue
                        }
                        closed = true
                        i += 1
                        break
                    }
                    if inner == "\n" || (inner == "\r" && (i + 1 >= scalars.count || scalars[i + 1] != "\n")) { line += 1 }
                    cell.append(inner)
                    i += 1
                }
                guard closed else {
                    throw DiagnosticError([Diagnostic(.error, .dataQuote, path: String(opened), ["line": .number(opened)])])
                }
                atCellStart = false
                continue
            }
            atCellStart = false
            if scalar == separator {
                endCell()
            } else if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            } else {
                cell.append(scalar)
            }
            i += 1
        }
        if !cells.isEmpty || !cell.isEmpty { endRecord() }
        return records
    }
}

/// Checks on a header row shared by every data format.
enum DataHeader {
    /// Two columns with one name would make a slot ambiguous.
    static func checkUnique(_ columns: [String?], line: Int) throws(DiagnosticError) {
        var seen: Set<String> = []
        for case let name? in columns where !seen.insert(name).inserted {
            throw DiagnosticError([Diagnostic(.error, .dataDuplicateColumn, path: String(line), ["column": .text(name)])])
        }
    }
}
