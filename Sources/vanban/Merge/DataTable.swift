import VanBan

/// One cell of a data row, typed as the data file stored it (docs/merge.md, "Data files").
enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// A spreadsheet number (or a JSON number).
    case number(Double)
    /// A spreadsheet number shown with a date format.
    case date(CalendarDate)
    case boolean(Bool)
    /// A JSON Lines array: the items of a list slot as they are.
    case list([String])
    /// A spreadsheet formula's error (`#N/A`, `#REF!`): never printed, the row fails.
    case spreadsheetError(String)

    /// Nothing but white space.
    var isBlank: Bool {
        switch self {
        case .empty: true
        case .text(let text): text.trimmingSpaces().isEmpty
        case .list(let items): items.allSatisfy { $0.trimmingSpaces().isEmpty }
        case .number, .date, .boolean, .spreadsheetError: false
        }
    }

    /// The value as text inside a longer string: a whole number without a decimal point, a date
    /// as Vietnamese writes it (05/03/2024), a list joined with "; ".
    var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value): Self.numberText(value)
        case .date(let date): "\(String.zeroPadded(date.day, width: 2))/\(String.zeroPadded(date.month, width: 2))/\(date.year)"
        case .boolean(let value): value ? "TRUE" : "FALSE"
        case .list(let items): items.joined(separator: "; ")
        case .spreadsheetError(let code): code
        }
    }

    /// A number as a register shows it: whole numbers without a decimal point; others with at
    /// most the 15 significant digits a spreadsheet keeps (`0.1 + 0.2` is `0.3`, not
    /// `0.30000000000000004`).
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        var magnitude = abs(value), exponent = 0
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude > 0 && magnitude < 1 { magnitude *= 10; exponent -= 1 }
        let digits = min(max(14 - exponent, 0), 15)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded.rounded() == rounded && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}

/// One data row: where it is in its file (a CSV line, a spreadsheet row, a JSON Lines line) and
/// the cells that hold something, by column. Sparse, so memory follows what the file holds: a
/// sheet cannot make every row 16,384 cells wide with one cell far to the right.
struct DataRow: Sendable {
    var number: Int
    private var values: [Int: CellValue]

    /// A row from its cells by column (from 0); blank cells are not kept.
    init(number: Int, values: [Int: CellValue]) {
        self.number = number
        self.values = values.filter { !$0.value.isBlank }
    }

    /// A row from its cells in column order.
    init(number: Int, cells: [CellValue]) {
        var values: [Int: CellValue] = [:]
        for (column, cell) in cells.enumerated() where !cell.isBlank { values[column] = cell }
        self.init(number: number, values: values)
    }

    /// The cell of `column` (from 0); empty when the row has nothing there.
    subscript(column: Int) -> CellValue { values[column] ?? .empty }

    /// Whether every cell is blank.
    var isBlank: Bool { values.isEmpty }

    /// The first column at or past `count` that holds a value (a value without a column name).
    func firstValue(atOrPast count: Int) -> Int? { values.keys.filter { $0 >= count }.min() }
}

/// A register read from a data file: its column names (from the header row) and its rows.
struct DataTable: Sendable {
    /// Column names, NFC and trimmed; nil for a column without a name (it cannot be used).
    var columns: [String?]
    var rows: [DataRow]
    /// How the table's date serials count (an XLSX workbook may use the 1904 system); text
    /// registers use Excel's usual 1900 system.
    var dateBase: SpreadsheetDate.Base = .nineteenHundred

    /// The column named `name` (compared in NFC, surrounding spaces ignored).
    func column(named name: String) -> Int? {
        let wanted = TextNormalizer.nfc(name.trimmingSpaces())
        return columns.firstIndex { $0 == wanted }
    }

    /// Column names as the header gives them, for messages.
    var names: [String] { columns.compactMap { $0 } }

    /// A header cell's text as a column name.
    static func columnName(_ raw: String) -> String? {
        let name = TextNormalizer.nfc(raw.trimmingSpaces())
        return name.isEmpty ? nil : name
    }
}
