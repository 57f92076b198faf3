/// Turns JSON into a `Document`, collecting every problem as a diagnostic with its JSON pointer
/// (wrong types, bad dates, unknown keys) instead of stopping at the first one.
public enum DocumentDecoder {
    /// Parses, cleans (`InputSanitizer`) and decodes; throws `DiagnosticError` when there are
    /// errors, returns the warnings.
    public static func decode(_ bytes: [UInt8], limits: InputLimits = .standard) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        let (document, warnings, _) = try decodeWithSource(bytes, limits: limits)
        return (document, warnings)
    }

    /// `decode`, also returning the parsed JSON as written (for checks that point into it and
    /// fixes that edit it).
    public static func decodeWithSource(_ bytes: [UInt8], limits: InputLimits = .standard) throws(DiagnosticError)
        -> (Document, [Diagnostic], JSONValue) {
        guard bytes.count <= limits.inputBytes else {
            throw DiagnosticError([Diagnostic(.error, .modelTooLarge, path: "", ["limit": InputLimits.describe(bytes: limits.inputBytes)])])
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes, maxDepth: limits.depth)
        } catch {
            throw DiagnosticError([error.diagnostic])
        }
        let (clean, notes) = InputSanitizer.clean(json, limits: limits)
        if notes.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(notes.errorsFirst)
        }
        let decoded: (Document, [Diagnostic])
        do {
            decoded = try decode(clean)
        } catch {
            throw DiagnosticError(error.diagnostics + notes)
        }
        let cells = decoded.0.tableCellCount
        guard cells <= limits.tableCells else {
            throw DiagnosticError([Diagnostic(.error, .modelTooLargeTables, path: "", ["cells": .number(cells), "limit": .number(limits.tableCells)])])
        }
        return (decoded.0, notes + decoded.1, json)
    }

    /// Decodes a parsed JSON value.
    public static func decode(_ json: JSONValue) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        var r = JSONObjectReader(json, path: "", what: .thingDocument, example: "{ \"type\": \"cong-van\", \"body\": [ … ] }")
        var d = Document()
        if let profile = r.string("profile") { d.profile = profile }
        if let type = r.string("type") { d.type = type }
        d.issuer = r.object("issuer") { i in
            Issuer(parent: i.lines("parent") ?? [], name: i.lines("name") ?? [])
        } ?? Issuer()
        d.issuedBy = r.string("issuedBy")
        d.number = r.object("number") { n in
            DocumentNumber(seq: n.int("seq", in: 0...9_999_999), symbol: n.string("symbol"))
        }
        d.place = r.string("place")
        if let date = r.string("date") {
            d.date = PartialDate(iso: date)
            if d.date == nil {
                r.problem(at: "date", DateNotation.recognised(date)?.key ?? .modelBadDate,
                          ["value": .text(date), "iso": .text(DateNotation.recognised(date)?.iso ?? "")])
            }
        }
        if let created = r.string("created") {
            d.created = Timestamp(iso: created)
            if d.created == nil {
                r.problem(at: "created", .modelBadTimestamp, ["value": .text(created)])
            }
        }
        d.title = r.string("title")
        d.subject = r.lines("subject") ?? []
        d.authority = r.lines("authority") ?? []
        d.addressees = r.lines("addressees") ?? []
        d.addresseeLabel = r.string("addresseeLabel")
        d.bases = r.lines("bases") ?? []
        d.decision = r.string("decision")
        d.body = r.array("body", decodeBlock) ?? []
        d.closing = r.string("closing")
        d.signers = r.array("signers", decodeSigner) ?? []
        d.distribution = r.lines("distribution") ?? []
        d.drafter = r.string("drafter")
        d.contact = r.lines("contact") ?? []
        d.attachments = r.array("attachments", decodeAttachment) ?? []
        d.appendices = r.array("appendices", decodeAppendix) ?? []
        d.marks = r.object("marks") { m in
            Marks(urgency: m.string("urgency"), secrecy: m.string("secrecy"), circulation: m.string("circulation"),
                  draft: m.string("draft"))
        } ?? Marks()
        d.copy = r.object("copy", decodeCopy) ?? nil
        d.signingInfo = r.object("signingInfo") { s -> SigningInfo? in
            let text = s.string("text")
            let time = s.string("time")
            let parsed = time.flatMap(Timestamp.init(iso:))
            if time == nil || parsed == nil {
                if let time {
                    s.problem(at: "time", .modelBadTimestampSigning, ["value": .text(time)])
                } else {
                    s.problem(at: "time", .modelMissingFieldSigningTime)
                }
            }
            guard let text, let parsed else {
                if text == nil { s.problem(at: "text", .modelMissingFieldSigningText) }
                return nil
            }
            return SigningInfo(text: text, time: parsed)
        } ?? nil
        d.keywords = r.lines("keywords") ?? []
        var diagnostics: [Diagnostic]
        if r.hasOnlyUnknownKeys {
            // A wrapper ({"documents": […]}) or some other file: rendering it would give a blank page.
            diagnostics = r.diagnostics + [Diagnostic(.error, .modelNotADocument, path: "", ["keys": .texts(r.keys.count > 5 ? r.keys.prefix(5) + ["…"] : r.keys)])]
        } else {
            r.reportUnknownKeys()
            diagnostics = r.diagnostics
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(diagnostics.errorsFirst)
        }
        return (d, diagnostics)
    }

    static func decodeSigner(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Signer? {
        var r = JSONObjectReader(value, path: path, what: .thingSigner,
                                 example: "{ \"authority\": \"KT. GIÁM ĐỐC\", \"title\": \"PHÓ GIÁM ĐỐC\", \"name\": \"Nguyễn Văn A\" }")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let signer = Signer(caption: r.lines("caption") ?? [], authority: r.lines("authority") ?? [], title: r.lines("title") ?? [],
                            name: r.string("name"), after: r.lines("after") ?? [], signature: r.string("signature"),
                            seal: r.string("seal"),
                            // NĐ30 asks for the seal's real size without giving one; 10–80 mm only
                            // rejects slips such as "36cm" or "3.6mm".
                            sealSize: r.length("sealSize", millimetres: 10...80))
        // A name left empty (or only spaces) is as missing as no name: the block would print without one.
        if signer.name?.trimmingSpaces().isEmpty ?? true, !signer.title.isEmpty || !signer.authority.isEmpty {
            r.problem(at: "name", .modelMissingFieldSignerName)
        }
        r.reportUnknownKeys()
        return signer
    }

    static func decodeAttachment(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Attachment? {
        var r = JSONObjectReader(value, path: path, what: .thingAttachment,
                                 example: "{ \"type\": \"quy-che\", \"subject\": \"…\", \"body\": [ … ] }")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let type = r.string("type")
        if type == nil {
            r.problem(at: "type", .modelMissingFieldAttachmentType)
        }
        var attachment = Attachment(type: type ?? "")
        attachment.title = r.string("title")
        attachment.subject = r.lines("subject") ?? []
        attachment.reference = r.string("reference")
        attachment.body = r.array("body", decodeBlock) ?? []
        attachment.signers = r.array("signers", decodeSigner)
        attachment.appendices = r.array("appendices", decodeAppendix) ?? []
        r.reportUnknownKeys()
        return attachment
    }

    static func decodeAppendix(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Appendix? {
        var r = JSONObjectReader(value, path: path, what: .thingAppendix, example: "{ \"title\": \"DANH SÁCH …\", \"body\": [ … ] }")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let appendix = Appendix(title: r.lines("title") ?? [], label: r.string("label"), reference: r.string("reference"),
                                landscape: r.bool("landscape") ?? false, body: r.array("body", decodeBlock) ?? [])
        r.reportUnknownKeys()
        return appendix
    }

    static func decodeCopy(_ r: inout JSONObjectReader) -> CopyBlock? {
        let form = r.string("form")
        if let form, !["SAO Y", "SAO LỤC", "TRÍCH SAO"].contains(form) {
            r.problem(at: "form", .modelValueCopyForm, ["value": .text(form)])
        } else if form == nil {
            r.problem(at: "form", .modelMissingFieldCopyForm)
        }
        var copy = CopyBlock(form: form ?? "SAO Y")
        copy.issuer = r.object("issuer") { i in Issuer(parent: i.lines("parent") ?? [], name: i.lines("name") ?? []) } ?? Issuer()
        copy.number = r.object("number") { n in DocumentNumber(seq: n.int("seq", in: 0...9_999_999), symbol: n.string("symbol")) }
        copy.place = r.string("place")
        if let date = r.string("date") {
            copy.date = PartialDate(iso: date)
            if copy.date == nil {
                r.problem(at: "date", DateNotation.recognised(date)?.key ?? .modelBadDate,
                          ["value": .text(date), "iso": .text(DateNotation.recognised(date)?.iso ?? "")])
            }
        }
        copy.signers = r.array("signers", decodeSigner) ?? []
        copy.distribution = r.lines("distribution") ?? []
        return copy
    }

    static func decodeListItem(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> ListItem? {
        if case .string(let text) = value { return ListItem(text) }
        var r = JSONObjectReader(value, path: path, what: .thingListItem, example: .alternatives(["\"text\"", "{ \"text\": …, \"list\": [ … ] }"]))
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let text = r.string("text") ?? ""
        let items = r.array("list", decodeListItem)
        let item = ListItem(text, sublist: items.map { ListBlock(items: $0, marker: r.string("marker") ?? "-") })
        r.reportUnknownKeys()
        return item
    }

    static func decodeCell(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> TableCell? {
        if case .string(let text) = value { return TableCell(text) }
        if case .number(let n) = value { return TableCell(n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)) }
        var r = JSONObjectReader(value, path: path, what: .thingCell, example: .alternatives(["\"text\"", "{ \"text\": …, \"colspan\": 2 }"]))
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let cell = TableCell(r.string("text") ?? "", colspan: r.int("colspan", in: 1...100) ?? 1, rowspan: r.int("rowspan", in: 1...10_000) ?? 1,
                             align: r.named("align", Alignment.init(rawValue:), else: .modelValueAlignment),
                             valign: r.named("valign", VerticalAlignment.init(rawValue:), else: .modelValueVerticalAlignment),
                             style: r.named("style", FontStyle.init(name:), else: .modelValueStyle))
        r.reportUnknownKeys()
        return cell
    }

    static func decodeRow(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> TableRow? {
        if case .array(let items) = value {
            var cells: [TableCell] = []
            for (i, item) in items.enumerated() {
                if let cell = decodeCell(item, JSONPointer.appending(path, index: i), &diagnostics) { cells.append(cell) }
            }
            return .cells(cells)
        }
        var r = JSONObjectReader(value, path: path, what: .thingRow, example: .alternatives(["[\"1\", \"…\"]", "{ \"group\": \"I. CẤP XÃ\" }"]))
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        if r.keys.contains("cells") {
            var cells: [TableCell] = []
            var found: [Diagnostic] = []
            let given = r.value("cells")
            if let given, case .array = given {} else {
                r.problem(at: "cells", .modelTypeCells, ["found": given?.kind ?? .term(.kindNull)])
            }
            if case .array(let items)? = given {
                for (i, item) in items.enumerated() {
                    if let cell = decodeCell(item, JSONPointer.appending(JSONPointer.appending(path, key: "cells"), index: i), &found) {
                        cells.append(cell)
                    }
                }
            }
            r.absorb(found)
            let row = TableRow.styled(cells: cells, numbered: r.bool("numbered") ?? true, style: r.named("style", FontStyle.init(name:), else: .modelValueStyle))
            r.reportUnknownKeys()
            return row
        }
        let group = r.string("group")
        r.reportUnknownKeys()
        guard let group else {
            r.problem(at: "group", .modelMissingFieldRow)
            return nil
        }
        return .group(group)
    }

    /// A column's share of the width left is at most this many times another's.
    static let shares: ClosedRange<Double> = 0.01...100
    /// A fixed column is at most as wide as a landscape A4 page's text (297 mm less the margins).
    static let columnMillimetres: ClosedRange<Double> = 1...250

    static func decodeColumn(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> TableColumn? {
        /// The width, or a problem at `at`.
        func width(_ value: JSONValue, at: String) -> TableColumn.Width? {
            func problem(_ key: MessageKey, _ arguments: [String: MessageArgument]) -> TableColumn.Width? {
                diagnostics.append(Diagnostic(.error, key, path: at, arguments))
                return nil
            }
            switch value {
            case .number(let n):
                guard shares.contains(n) else { return problem(.modelRangeShare, ["value": .decimal(n)]) }
                return .relative(n)
            case .string("auto"), .string("fit"): return .fit
            case .string(let s):
                guard let length = Length.parse(s) else { return problem(.modelLengthColumn, ["value": .text(s)]) }
                guard columnMillimetres.contains(length.millimetres) else {
                    return problem(.modelRangeColumn, ["value": .text(s)])
                }
                return .fixed(length)
            default: return problem(.modelValueColumn, ["found": value.kind])
            }
        }
        if case .object = value {
            var r = JSONObjectReader(value, path: path, what: .thingColumn, example: "{ \"width\": 2, \"align\": \"center\" }")
            defer { diagnostics += r.diagnostics }
            let spec = r.value("width").flatMap { width($0, at: JSONPointer.appending(path, key: "width")) }
            let column = TableColumn(width: spec ?? .relative(1), align: r.named("align", Alignment.init(rawValue:), else: .modelValueAlignment))
            r.reportUnknownKeys()
            return column
        }
        return width(value, at: path).map { TableColumn(width: $0) }
    }

    static func decodeTable(_ r: inout JSONObjectReader) -> Table {
        var table = Table()
        table.columns = r.array("columns", decodeColumn) ?? []
        if let header = r.value("header") {
            let base = JSONPointer.appending(r.path, key: "header")
            var diagnostics: [Diagnostic] = []
            if case .array(let items) = header, items.first.map({ if case .array = $0 { true } else { false } }) == true {
                for (i, row) in items.enumerated() {
                    if case .cells(let cells)? = decodeRow(row, JSONPointer.appending(base, index: i), &diagnostics) { table.header.append(cells) }
                }
            } else if case .cells(let cells)? = decodeRow(header, base, &diagnostics) {
                table.header = [cells]
            }
            r.absorb(diagnostics)
        }
        table.rows = r.array("rows", decodeRow) ?? []
        table.numbered = r.bool("numbered") ?? false
        table.size = r.number("size", in: 6...20)
        table.caption = r.string("caption")
        table.unit = r.string("unit")
        if table.columnCount > Table.maxColumns {
            r.problem(at: "rows", .modelRangeColumns, ["count": .number(table.columnCount), "limit": .number(Table.maxColumns)])
        }
        return table
    }

    /// A block: a string (a paragraph) or an object whose key says what it is.
    static func decodeBlock(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Block? {
        if case .string(let text) = value { return .paragraph(Paragraph(text)) }
        var r = JSONObjectReader(value, path: path, what: .thingBlock, example: .term(.exampleBlock))
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let keys = Set(r.keys)
        let block: Block?
        if keys.contains("heading") {
            let label = r.string("heading") ?? ""
            block = .heading(Heading(label, title: r.string("title"), text: r.string("text"),
                                     style: r.named("style", FontStyle.init(name:), else: .modelValueStyle)))
        } else if keys.contains("center") {
            block = r.string("center").map(Block.center)
        } else if keys.contains("list") {
            block = .list(ListBlock(items: r.array("list", decodeListItem) ?? [], marker: r.string("marker") ?? "-"))
        } else if keys.contains("table") {
            block = r.object("table", decodeTable).map(Block.table)
        } else if keys.contains("together") {
            block = .together(r.array("together", decodeBlock) ?? [])
        } else if keys.contains("break") {
            if r.string("break") != "page" {
                r.problem(at: "break", .modelValueBreak)
            }
            block = .pageBreak
        } else if keys.contains("text") {
            let text = r.string("text") ?? ""
            let align = r.named("align", Alignment.init(rawValue:), else: .modelValueAlignment)
            let style = r.named("style", FontStyle.init(name:), else: .modelValueStyle)
            block = .paragraph(Paragraph(text, align: align, indent: r.bool("indent"), style: style))
        } else {
            diagnostics.append(Diagnostic(.error, .modelBlock, path: path))
            return nil
        }
        r.reportUnknownKeys()
        return block
    }
}

/// Levenshtein distance between two short strings (for "did you mean" hints).
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
