import VanBan

/// A document whose strings hold slots (docs/merge.md): parsed once, checked against the data's
/// columns before anything is rendered, then filled from each row.
struct MergeTemplate {
    /// The template as parsed.
    let value: JSONValue
    /// Every slot, with the JSON pointer of the string it is in, in document order.
    let slots: [(slot: TemplateSlot, pointer: String)]

    /// The members whose value is a date or a number in the document model (docs/model.md): a
    /// string that is one slot fills them with a date (`yyyy-mm-dd`) or a number.
    static let dateMembers: Set<String> = ["date"]
    static let numberMembers: Set<String> = ["seq", "colspan", "rowspan", "size"]

    /// Parses the template; bad JSON or a malformed slot is a diagnostic with its place.
    init(_ bytes: [UInt8], limits: InputLimits) throws(DiagnosticError) {
        guard bytes.count <= limits.inputBytes else {
            throw DiagnosticError([Diagnostic(.error, .dataTooLarge, path: "", ["file": .text("template"), "limit": InputLimits.describe(bytes: limits.inputBytes)])])
        }
        do { value = try JSONParser.parse(bytes, maxDepth: limits.depth) } catch { throw DiagnosticError([error.diagnostic]) }
        var slots: [(TemplateSlot, String)] = []
        var problems: [Diagnostic] = []
        func walk(_ value: JSONValue, _ pointer: String) {
            switch value {
            case .string(let text):
                guard text.contains("{{") else { return }
                guard let pieces = TemplatePiece.pieces(text) else {
                    problems.append(Self.malformedSlot(text, path: pointer))
                    return
                }
                for case .slot(let slot) in pieces { slots.append((slot, pointer)) }
            case .array(let items):
                for (i, item) in items.enumerated() { walk(item, JSONPointer.appending(pointer, index: i)) }
            case .object(let members):
                for member in members { walk(member.value, JSONPointer.appending(pointer, key: member.key)) }
            default: break
            }
        }
        walk(value, "")
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        self.slots = slots
    }

    /// A string whose `{{` has no `}}` or whose slot has no column name.
    static func malformedSlot(_ text: String, path: String) -> Diagnostic {
        Diagnostic(.error, .mergeSlot, path: path, ["text": .text(text.count > 60 ? String(text.prefix(60)) + "…" : text),
                                                   "slot": "{{Họ tên}}", "list": "{{Nơi nhận|;}}", "optional": "{{Ghi chú?}}"])
    }

    /// One diagnostic per column the template names and the table does not have (path: the
    /// pointer of its first slot).
    func missingColumns(in table: DataTable, dataFile: String) -> [Diagnostic] {
        var reported: Set<String> = []
        return slots.filter { table.column(named: $0.slot.column) == nil && reported.insert($0.slot.column).inserted }.map {
            Diagnostic(.error, .mergeMissingColumn, path: $0.pointer, ["slot": .text($0.slot.written), "column": .text($0.slot.column),
                                                                      "file": .text(dataFile), "columns": .list(table.names.map { .text($0) })])
        }
    }

    /// The document of `row`, or the row's problems: each located by its column (the monitor
    /// prints them as `data.csv:17:Họ tên: error[…]`).
    func fill(_ row: DataRow, table: DataTable) -> Result<JSONValue, DiagnosticError> {
        var filler = RowFiller(row: row, table: table)
        if let extra = row.firstValue(atOrPast: table.columns.count) {
            filler.problems.append(Diagnostic(.error, .mergeExtraCells, path: "", ["column": .number(extra + 1), "columns": .number(table.columns.count)]))
        }
        let filled = filler.fill(value, pointer: "", member: nil)
        guard filler.problems.isEmpty else { return .failure(DiagnosticError(filler.problems)) }
        return .success(filled.first ?? .null)
    }
}

/// Fills one row into a template, collecting every problem of the row.
private struct RowFiller {
    let row: DataRow
    let table: DataTable
    var problems: [Diagnostic] = []

    init(row: DataRow, table: DataTable) {
        self.row = row
        self.table = table
    }

    func cell(_ slot: TemplateSlot) -> CellValue {
        guard let column = table.column(named: slot.column) else { return .empty }
        return row[column]
    }

    /// The slot's cell; a spreadsheet error in it fails the row (it would print `#N/A`).
    private mutating func checked(_ slot: TemplateSlot, pointer: String) -> CellValue {
        let cell = cell(slot)
        if case .spreadsheetError(let code) = cell {
            problems.append(Diagnostic(.error, .mergeErrorCell, path: slot.column, ["value": .text(code), "slot": .text(slot.written),
                                                                                    "pointer": .text(pointer)]))
        }
        return cell
    }

    /// The filled value: none (an optional slot left empty drops its member or item), one, or
    /// several (a list slot in an array gives its items).
    mutating func fill(_ value: JSONValue, pointer: String, member: String?) -> [JSONValue] {
        switch value {
        case .string(let text):
            guard text.contains("{{"), let pieces = TemplatePiece.pieces(text) else { return [value] }
            if pieces.count == 1, case .slot(let slot) = pieces[0] { return whole(slot, pointer: pointer, member: member) }
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let text): out += text
                case .slot(let slot):
                    let cell = checked(slot, pointer: pointer)
                    if cell.isBlank && !slot.optional { problems.append(empty(slot, pointer)) }
                    out += cell.text
                }
            }
            return [.string(out)]
        case .array(let items):
            var out: [JSONValue] = []
            for (i, item) in items.enumerated() { out += fill(item, pointer: JSONPointer.appending(pointer, index: i), member: nil) }
            return [.array(out)]
        case .object(let members):
            var out: [(key: String, value: JSONValue)] = []
            for m in members {
                let filled = fill(m.value, pointer: JSONPointer.appending(pointer, key: m.key), member: m.key)
                // A list slot as a member's whole value is the list.
                if case .string(let text) = m.value, let pieces = TemplatePiece.pieces(text), pieces.count == 1,
                   case .slot(let slot) = pieces[0], slot.separator != nil {
                    if !filled.isEmpty || !slot.optional { out.append((m.key, .array(filled))) }
                } else if let first = filled.first {
                    out.append((m.key, first))
                }
            }
            return [.object(out)]
        default:
            return [value]
        }
    }

    /// A string that is one slot: a list, a date, a number or a string by where it stands.
    private mutating func whole(_ slot: TemplateSlot, pointer: String, member: String?) -> [JSONValue] {
        let cell = checked(slot, pointer: pointer)
        if cell.isBlank {
            if !slot.optional { problems.append(empty(slot, pointer)) }
            return []
        }
        if let separator = slot.separator {
            let items: [String]
            if case .list(let list) = cell { items = list } else { items = cell.text.parts(separatedBy: separator) }
            let kept = items.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            return kept.map { .string($0) }
        }
        if let member, MergeTemplate.dateMembers.contains(member) {
            guard let iso = Self.isoDate(cell, base: table.dateBase) else {
                problems.append(Diagnostic(.error, .mergeNotADate, path: slot.column, ["value": .text(cell.text), "slot": .text(slot.written), "pointer": .text(pointer)]))
                return [.string(cell.text)]
            }
            return [.string(iso)]
        }
        if let member, MergeTemplate.numberMembers.contains(member) {
            guard let number = Self.number(cell) else {
                problems.append(Diagnostic(.error, .mergeNotANumber, path: slot.column, ["value": .text(cell.text), "slot": .text(slot.written), "pointer": .text(pointer)]))
                return [.string(cell.text)]
            }
            return [.number(number)]
        }
        return [.string(cell.text)]
    }

    private func empty(_ slot: TemplateSlot, _ pointer: String) -> Diagnostic {
        var optional = slot.written
        optional.removeLast(2)
        return Diagnostic(.error, .mergeEmptyCell, path: slot.column, ["slot": .text(slot.written), "pointer": .text(pointer), "optional": .text(optional + "?}}")])
    }

    /// `dd/mm/yyyy`, `d/m/yyyy`, `yyyy-mm-dd`, a spreadsheet date, or a date serial (counted in
    /// the workbook's date system, `base`) → `yyyy-mm-dd`.
    static func isoDate(_ cell: CellValue, base: SpreadsheetDate.Base = .nineteenHundred) -> String? {
        switch cell {
        case .date(let date): return date.iso
        case .number(let serial): return SpreadsheetDate.date(serial: serial, base: base)?.iso
        case .text(let text):
            if let date = DateNotation.dayMonthYear(text) { return date.iso }
            if let date = PartialDate(iso: text), date.day != nil { return date.iso }
            if text.count <= 7, text.allSatisfy({ $0.isASCII && $0.isNumber }), let serial = Double(text) {
                return SpreadsheetDate.date(serial: serial, base: base)?.iso
            }
            return nil
        default: return nil
        }
    }

    /// A finite number from a number cell or its text (`05` → 5).
    static func number(_ cell: CellValue) -> Double? {
        switch cell {
        case .number(let value): return value.isFinite ? value : nil
        case .text(let text):
            guard text.count <= 20, let value = Double(text), value.isFinite else { return nil }
            return value
        default: return nil
        }
    }
}

extension String {
    /// The parts between occurrences of `separator` (no Foundation).
    func parts(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
