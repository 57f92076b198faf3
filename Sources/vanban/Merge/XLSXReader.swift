import VanBan

/// Reads a register from an .xlsx workbook (ECMA-376 SpreadsheetML; docs/merge.md, "XLSX"): the
/// first sheet or the one named, shared and inline strings, numbers, booleans, and dates — a
/// number whose cell style has a date format (built-in formats 14–22, or a custom format with
/// d, m or y). The first row with a value names the columns; a header cell merged across
/// columns names the first of them, and the others have no name (slots cannot use them); rows
/// a header merged downwards covers are part of the header.
struct XLSXReader {
    let file: String
    var archive: ZipArchive

    init(_ bytes: [UInt8], file: String) throws(DiagnosticError) {
        self.file = file
        archive = try ZipArchive(bytes, file: file)
    }

    /// The table of the sheet named `sheet` (NFC-compared), or of the first sheet.
    mutating func read(sheet wanted: String?) throws(DiagnosticError) -> DataTable {
        let workbookPath = try self.workbookPath()
        let workbook = try part(workbookPath)
        var sheets: [(name: String, relationship: String)] = []
        var date1904 = false
        var scanner = XMLScanner(workbook, file: file, entry: workbookPath)
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, _) = event else { continue }
            if name == "workbookPr", let value = attributes["date1904"] { date1904 = value == "1" || value == "true" }
            if name == "sheet", let sheetName = attributes["name"], let id = attributes["id"] { sheets.append((TextNormalizer.nfc(sheetName), id)) }
        }
        let chosen: (name: String, relationship: String)
        if let wanted {
            let nfc = TextNormalizer.nfc(wanted)
            guard let found = sheets.first(where: { $0.name == nfc }) else {
                throw DiagnosticError([Diagnostic(.error, .xlsxSheet, path: "", ["file": .text(file), "sheet": .text(wanted),
                                                                                "sheets": .list(sheets.map { .text($0.name) })])])
            }
            chosen = found
        } else {
            guard let first = sheets.first else { throw missing(workbookPath + " <sheet>") }
            chosen = first
        }
        let relationships = try self.relationships(of: workbookPath)
        guard let sheetPath = relationships.first(where: { $0.id == chosen.relationship })?.target else {
            throw missing(Self.relationshipsPath(of: workbookPath) + " " + chosen.relationship)
        }
        func typed(_ type: String, or standard: String) -> String {
            relationships.first { $0.type.hasSuffix("/" + type) }?.target ?? standard
        }
        let strings = try sharedStrings(typed("sharedStrings", or: "xl/sharedStrings.xml"))
        let dateStyles = try self.dateStyles(typed("styles", or: "xl/styles.xml"))
        return try table(try part(sheetPath), entry: sheetPath, strings: strings, dateStyles: dateStyles,
                         dateBase: date1904 ? .nineteenOFour : .nineteenHundred)
    }

    private func missing(_ entry: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.error, .xlsxPartMissing, path: "", ["file": .text(file), "entry": .text(entry)])])
    }

    private mutating func part(_ name: String) throws(DiagnosticError) -> [UInt8] {
        guard let bytes = try archive.read(name) else { throw missing(name) }
        return bytes
    }

    /// The workbook part the package's relationships name (`xl/workbook.xml` when they do not).
    private mutating func workbookPath() throws(DiagnosticError) -> String {
        let entry = "_rels/.rels"
        guard let bytes = try archive.read(entry) else { return "xl/workbook.xml" }
        var scanner = XMLScanner(bytes, file: file, entry: entry)
        while let event = try scanner.next() {
            guard case .start("Relationship", let attributes, _) = event, attributes["Type"]?.hasSuffix("/officeDocument") == true,
                  let target = attributes["Target"] else { continue }
            return Self.resolve(target, from: "")
        }
        return "xl/workbook.xml"
    }

    /// `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`.
    static func relationshipsPath(of part: String) -> String {
        let folder = FilePath.folder(of: part)
        let name = FilePath.lastComponent(part)
        return (folder == "." || folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
    }

    /// The relationships of `part`: id, type, and the target as a path in the archive.
    private mutating func relationships(of part: String) throws(DiagnosticError) -> [(id: String, type: String, target: String)] {
        let entry = Self.relationshipsPath(of: part)
        let folder = FilePath.folder(of: part)
        var scanner = XMLScanner(try self.part(entry), file: file, entry: entry)
        var found: [(id: String, type: String, target: String)] = []
        while let event = try scanner.next() {
            guard case .start("Relationship", let attributes, _) = event, let id = attributes["Id"], let target = attributes["Target"] else { continue }
            found.append((id, attributes["Type"] ?? "", Self.resolve(target, from: folder == "." ? "" : folder)))
        }
        return found
    }

    /// A relationship's target as a path in the archive: `/xl/a.xml` from the root, anything
    /// else from `folder`, with `..` and `.` resolved (never above the root).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            switch piece {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    /// The shared strings (`<si>`: its `<t>` texts, phonetic runs `<rPh>` left out).
    private mutating func sharedStrings(_ entry: String) throws(DiagnosticError) -> [String] {
        guard let bytes = try archive.read(entry) else { return [] }
        var scanner = XMLScanner(bytes, file: file, entry: entry)
        var strings: [String] = []
        var current: String?
        var phonetic = false
        while let event = try scanner.next() {
            switch event {
            case .start("si", _, let empty):
                current = ""
                if empty { strings.append(""); current = nil }
            case .end("si"):
                strings.append(current ?? "")
                current = nil
            case .start("rPh", _, let empty): phonetic = !empty
            case .end("rPh"): phonetic = false
            case .start("t", _, false):
                let text = try scanner.text(until: "t")
                if !phonetic { current? += text }
            default: break
            }
        }
        return strings
    }

    /// The cell styles (`cellXfs` indexes) whose number format shows a date.
    private mutating func dateStyles(_ entry: String) throws(DiagnosticError) -> Set<Int> {
        guard let bytes = try archive.read(entry) else { return [] }
        var scanner = XMLScanner(bytes, file: file, entry: entry)
        var custom: [Int: String] = [:]
        var inCellFormats = false
        var style = 0
        var dates: Set<Int> = []
        while let event = try scanner.next() {
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { custom[id] = code }
            case .start("cellXfs", _, let empty): inCellFormats = !empty
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes, _) where inCellFormats:
                let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
                if (14...22).contains(id) || custom[id].map(Self.isDateFormat) == true { dates.insert(style) }
                style += 1
            default: break
            }
        }
        return dates
    }

    /// A custom number format shows a date when, outside quoted text, escapes and `[…]`
    /// sections, it has d or y, or m without h or s (minutes).
    static func isDateFormat(_ code: String) -> Bool {
        var letters = ""
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket { letters.append(character) }
            }
        }
        return letters.contains("d") || letters.contains("y") || (letters.contains("m") && !letters.contains("h") && !letters.contains("s"))
    }

    /// The most columns a sheet has (Excel's own limit, XFD).
    static let mostColumns = 16_384

    private func table(_ bytes: [UInt8], entry: String, strings: [String], dateStyles: Set<Int>,
                       dateBase: SpreadsheetDate.Base) throws(DiagnosticError) -> DataTable {
        var scanner = XMLScanner(bytes, file: file, entry: entry)
        var rows: [(number: Int, cells: [Int: CellValue])] = []
        var merges: [(first: CellReference, last: CellReference)] = []
        var rowNumber = 0
        var cells: [Int: CellValue] = [:]
        var cell: (column: Int, type: String, style: Int)?
        var value: String?
        var nextColumn = 0
        func malformed(_ detail: String) -> DiagnosticError {
            DiagnosticError([Diagnostic(.error, .xlsxXml, path: "", ["file": .text(file), "entry": .text(entry + " " + detail), "offset": .number(0)])])
        }
        while let event = try scanner.next() {
            switch event {
            case .start("row", let attributes, let empty):
                let given = attributes["r"].flatMap { Int($0) }
                rowNumber = given ?? (rowNumber + 1)
                guard (1...1_048_576).contains(rowNumber) else { throw malformed("row \(attributes["r"] ?? "")") }
                cells = [:]
                nextColumn = 0
                if empty { rows.append((rowNumber, [:])) }
            case .end("row"):
                rows.append((rowNumber, cells))
            case .start("c", let attributes, let empty):
                var column = nextColumn
                if let reference = attributes["r"] {
                    guard let parsed = CellReference(reference) else { throw malformed(reference) }
                    column = parsed.column
                }
                guard column < Self.mostColumns else { throw malformed("column \(column + 1)") }
                nextColumn = column + 1
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                value = nil
                if empty { cell = nil }
            case .start("v", _, false):
                value = try scanner.text(until: "v")
            case .start("t", _, false) where cell?.type == "inlineStr":
                value = (value ?? "") + (try scanner.text(until: "t"))
            case .end("c"):
                if let current = cell, let value {
                    guard let parsed = Self.value(value, type: current.type, dateStyle: dateStyles.contains(current.style),
                                                  strings: strings, dateBase: dateBase) else { throw malformed("cell \(value)") }
                    cells[current.column] = parsed
                }
                cell = nil
            case .start("mergeCell", let attributes, _):
                let parts = (attributes["ref"] ?? "").split(separator: ":").compactMap { CellReference(String($0)) }
                if parts.count == 2 { merges.append((parts[0], parts[1])) }
            default: break
            }
        }
        guard let headerIndex = rows.firstIndex(where: { $0.cells.values.contains { !$0.isBlank } }) else {
            throw DiagnosticError([Diagnostic(.error, .dataNoHeader, path: "", ["file": .text(file)])])
        }
        let header = rows[headerIndex]
        let width = (header.cells.keys.max() ?? 0) + 1
        var columns: [String?] = (0..<width).map { header.cells[$0].flatMap { DataTable.columnName($0.text) } }
        // A header merged across columns names the first; downwards, it covers the rows below it.
        var headerEnd = header.number
        for merge in merges where merge.first.row == header.number {
            headerEnd = max(headerEnd, merge.last.row)
            if merge.last.column > merge.first.column {
                for covered in (merge.first.column + 1)...merge.last.column where covered < columns.count { columns[covered] = nil }
            }
        }
        try DataHeader.checkUnique(columns, line: header.number)
        let dataRows = rows[(headerIndex + 1)...].filter { $0.number > headerEnd }.map { DataRow(number: $0.number, values: $0.cells) }.filter { !$0.isBlank }
        return DataTable(columns: columns, rows: dataRows, dateBase: dateBase)
    }

    /// A cell's value from its type (`t`), its `<v>` or inline text, and whether its style is a date.
    static func value(_ raw: String, type: String, dateStyle: Bool, strings: [String], dateBase: SpreadsheetDate.Base) -> CellValue? {
        switch type {
        case "s":
            guard let index = Int(raw.trimmingSpaces()), strings.indices.contains(index) else { return nil }
            return text(strings[index])
        case "str", "inlineStr": return text(raw)
        case "e": return .spreadsheetError(raw.trimmingSpaces())
        case "b": return .boolean(raw.trimmingSpaces() == "1" || raw.trimmingSpaces() == "true")
        case "d": return PartialDate(iso: String(raw.trimmingSpaces().prefix(10))).flatMap { date in
            date.month.flatMap { month in date.day.flatMap { CalendarDate(year: date.year, month: month, day: $0) } }
        }.map(CellValue.date) ?? text(raw)
        default:
            let trimmed = raw.trimmingSpaces()
            if trimmed.isEmpty { return .empty }
            guard let number = Double(trimmed), number.isFinite else { return nil }
            if dateStyle, let date = SpreadsheetDate.date(serial: number, base: dateBase) { return .date(date) }
            return .number(number)
        }
    }

    private static func text(_ raw: String) -> CellValue {
        let trimmed = raw.trimmingSpaces()
        return trimmed.isEmpty ? .empty : .text(TextNormalizer.nfc(trimmed))
    }
}

/// `B12` → column 1 (from 0), row 12.
struct CellReference {
    var column: Int
    var row: Int

    init?(_ text: String) {
        var column = 0
        var digits = ""
        for scalar in text.unicodeScalars {
            if digits.isEmpty, ("A"..."Z").contains(scalar) {
                column = column * 26 + Int(scalar.value - 64)
                guard column <= XLSXReader.mostColumns else { return nil }
            } else if ("0"..."9").contains(scalar), digits.count < 8 {
                digits.unicodeScalars.append(scalar)
            } else if scalar != "$" {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }
}

/// Spreadsheet date serials: days since 1899-12-30 (Excel's 1900 system, which counts a
/// 29 February 1900 that never was: serial 60) or since 1904-01-01.
enum SpreadsheetDate {
    enum Base {
        case nineteenHundred, nineteenOFour
    }

    /// The day of `serial` (its time of day dropped); nil outside years 1–9999 or for serial 60.
    static func date(serial: Double, base: Base) -> CalendarDate? {
        guard serial.isFinite, serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let daysFrom1970: Int
        switch base {
        case .nineteenHundred:
            guard whole != 60 else { return nil }
            daysFrom1970 = whole < 60 ? whole - 25_568 : whole - 25_569
        case .nineteenOFour:
            daysFrom1970 = whole - 24_107
        }
        return civil(daysFrom1970)
    }

    /// The calendar date `days` after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    static func civil(_ days: Int) -> CalendarDate? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)
    }
}
