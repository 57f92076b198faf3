/// `Document` → JSON in the shape `DocumentDecoder` reads (defaults left out), so a document
/// survives a round trip and tools can write corrected files.
public enum DocumentEncoder {
    /// The document as JSON, leaving out values equal to their defaults.
    public static func json(_ d: Document) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        func add(_ key: String, _ value: JSONValue?) { if let value { m.append((key, value)) } }
        add("profile", .string(d.profile))
        add("type", .string(d.type))
        if !d.issuer.isEmpty {
            var issuer: [(key: String, value: JSONValue)] = []
            if !d.issuer.parent.isEmpty { issuer.append(("parent", lines(d.issuer.parent))) }
            if !d.issuer.name.isEmpty { issuer.append(("name", lines(d.issuer.name))) }
            add("issuer", .object(issuer))
        }
        add("issuedBy", d.issuedBy.map(JSONValue.string))
        if let number = d.number {
            var n: [(key: String, value: JSONValue)] = []
            if let seq = number.seq { n.append(("seq", .number(Double(seq)))) }
            if let symbol = number.symbol { n.append(("symbol", .string(symbol))) }
            add("number", .object(n))
        }
        add("place", d.place.map(JSONValue.string))
        add("date", d.date.map { .string($0.iso) })
        add("created", d.created.map { .string($0.iso) })
        add("title", d.title.map(JSONValue.string))
        add("subject", d.subject.isEmpty ? nil : lines(d.subject))
        add("authority", d.authority.isEmpty ? nil : lines(d.authority))
        add("addressees", d.addressees.isEmpty ? nil : .array(d.addressees.map(JSONValue.string)))
        add("addresseeLabel", d.addresseeLabel.map(JSONValue.string))
        add("bases", d.bases.isEmpty ? nil : .array(d.bases.map(JSONValue.string)))
        add("decision", d.decision.map(JSONValue.string))
        add("body", d.body.isEmpty ? nil : .array(d.body.map(block)))
        add("closing", d.closing.map(JSONValue.string))
        add("signers", d.signers.isEmpty ? nil : .array(d.signers.map(signer)))
        add("distribution", d.distribution.isEmpty ? nil : .array(d.distribution.map(JSONValue.string)))
        add("drafter", d.drafter.map(JSONValue.string))
        add("contact", d.contact.isEmpty ? nil : lines(d.contact))
        add("attachments", d.attachments.isEmpty ? nil : .array(d.attachments.map(attachment)))
        add("appendices", d.appendices.isEmpty ? nil : .array(d.appendices.map(appendix)))
        if !d.marks.isEmpty {
            var marks: [(key: String, value: JSONValue)] = []
            for (key, value) in [("urgency", d.marks.urgency), ("secrecy", d.marks.secrecy), ("circulation", d.marks.circulation),
                                 ("draft", d.marks.draft)] {
                if let value { marks.append((key, .string(value))) }
            }
            add("marks", .object(marks))
        }
        add("copy", d.copy.map(copy))
        add("keywords", d.keywords.isEmpty ? nil : .array(d.keywords.map(JSONValue.string)))
        add("signingInfo", d.signingInfo.map { .object([("text", .string($0.text)), ("time", .string($0.time.iso))]) })
        return .object(m)
    }

    private static func lines(_ lines: [String]) -> JSONValue {
        lines.count == 1 ? .string(lines[0]) : .array(lines.map(JSONValue.string))
    }

    static func block(_ block: Block) -> JSONValue {
        switch block {
        case .paragraph(let p):
            guard p.align != nil || p.indent != nil || p.style != nil else { return .string(p.text) }
            var m: [(key: String, value: JSONValue)] = [("text", .string(p.text))]
            if let align = p.align { m.append(("align", .string(align.rawValue))) }
            if let indent = p.indent { m.append(("indent", .bool(indent))) }
            if let style = p.style { m.append(("style", .string(style.name))) }
            return .object(m)
        case .heading(let h):
            var m: [(key: String, value: JSONValue)] = [("heading", .string(h.label))]
            if let title = h.title { m.append(("title", .string(title))) }
            if let text = h.text { m.append(("text", .string(text))) }
            if let style = h.style { m.append(("style", .string(style.name))) }
            return .object(m)
        case .center(let text):
            return .object([("center", .string(text))])
        case .list(let list):
            return .object(listMembers(list))
        case .table(let table):
            return .object([("table", tableJSON(table))])
        case .together(let blocks):
            return .object([("together", .array(blocks.map(DocumentEncoder.block)))])
        case .pageBreak:
            return .object([("break", .string("page"))])
        }
    }

    private static func listMembers(_ list: ListBlock) -> [(key: String, value: JSONValue)] {
        var m: [(key: String, value: JSONValue)] = [("list", .array(list.items.map { item in
            guard let sub = item.sublist else { return .string(item.text) }
            return .object([("text", .string(item.text))] + listMembers(sub))
        }))]
        if list.marker != "-" { m.append(("marker", .string(list.marker))) }
        return m
    }

    private static func cell(_ c: TableCell) -> JSONValue {
        guard c.colspan != 1 || c.rowspan != 1 || c.align != nil || c.valign != nil || c.style != nil else { return .string(c.text) }
        var m: [(key: String, value: JSONValue)] = [("text", .string(c.text))]
        if c.colspan != 1 { m.append(("colspan", .number(Double(c.colspan)))) }
        if c.rowspan != 1 { m.append(("rowspan", .number(Double(c.rowspan)))) }
        if let align = c.align { m.append(("align", .string(align.rawValue))) }
        if let valign = c.valign { m.append(("valign", .string(valign.rawValue))) }
        if let style = c.style { m.append(("style", .string(style.name))) }
        return .object(m)
    }

    private static func tableJSON(_ t: Table) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        if !t.columns.isEmpty {
            m.append(("columns", .array(t.columns.map { column in
                let width: JSONValue
                switch column.width {
                case .relative(let n): width = .number(n)
                case .fixed(let l): width = .string("\(l.millimetres)mm")
                case .fit: width = .string("auto")
                case .automatic: width = .number(1)
                }
                guard let align = column.align else { return width }
                return .object([("width", width), ("align", .string(align.rawValue))])
            })))
        }
        if !t.header.isEmpty { m.append(("header", .array(t.header.map { .array($0.map(cell)) }))) }
        m.append(("rows", .array(t.rows.map { row in
            switch row {
            case .cells(let cells): .array(cells.map(cell))
            case .group(let text): .object([("group", .string(text))])
            case .styled(let cells, let numbered, let style):
                .object([("cells", .array(cells.map(cell)))] + (numbered ? [] : [("numbered", .bool(false))])
                        + (style.map { [("style", JSONValue.string($0.name))] } ?? []))
            }
        })))
        if t.numbered { m.append(("numbered", .bool(true))) }
        if let size = t.size { m.append(("size", .number(size))) }
        if let caption = t.caption { m.append(("caption", .string(caption))) }
        if let unit = t.unit { m.append(("unit", .string(unit))) }
        return .object(m)
    }

    static func appendix(_ a: Appendix) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        if !a.title.isEmpty { m.append(("title", lines(a.title))) }
        if let label = a.label { m.append(("label", .string(label))) }
        if let reference = a.reference { m.append(("reference", .string(reference))) }
        if a.landscape { m.append(("landscape", .bool(true))) }
        if !a.body.isEmpty { m.append(("body", .array(a.body.map(block)))) }
        return .object(m)
    }

    static func copy(_ c: CopyBlock) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [("form", .string(c.form))]
        var issuer: [(key: String, value: JSONValue)] = []
        if !c.issuer.parent.isEmpty { issuer.append(("parent", lines(c.issuer.parent))) }
        if !c.issuer.name.isEmpty { issuer.append(("name", lines(c.issuer.name))) }
        if !issuer.isEmpty { m.append(("issuer", .object(issuer))) }
        if let number = c.number {
            var n: [(key: String, value: JSONValue)] = []
            if let seq = number.seq { n.append(("seq", .number(Double(seq)))) }
            if let symbol = number.symbol { n.append(("symbol", .string(symbol))) }
            m.append(("number", .object(n)))
        }
        if let place = c.place { m.append(("place", .string(place))) }
        if let date = c.date { m.append(("date", .string(date.iso))) }
        if !c.signers.isEmpty { m.append(("signers", .array(c.signers.map(signer)))) }
        if !c.distribution.isEmpty { m.append(("distribution", .array(c.distribution.map(JSONValue.string)))) }
        return .object(m)
    }

    static func signer(_ s: Signer) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = []
        if !s.caption.isEmpty { m.append(("caption", lines(s.caption))) }
        if !s.authority.isEmpty { m.append(("authority", lines(s.authority))) }
        if !s.title.isEmpty { m.append(("title", lines(s.title))) }
        if let name = s.name { m.append(("name", .string(name))) }
        if !s.after.isEmpty { m.append(("after", lines(s.after))) }
        if let signature = s.signature { m.append(("signature", .string(signature))) }
        if let seal = s.seal { m.append(("seal", .string(seal))) }
        if let size = s.sealSize { m.append(("sealSize", .string("\(size.millimetres)mm"))) }
        return .object(m)
    }

    static func attachment(_ a: Attachment) -> JSONValue {
        var m: [(key: String, value: JSONValue)] = [("type", .string(a.type))]
        if let title = a.title { m.append(("title", .string(title))) }
        if !a.subject.isEmpty { m.append(("subject", lines(a.subject))) }
        if let reference = a.reference { m.append(("reference", .string(reference))) }
        if !a.body.isEmpty { m.append(("body", .array(a.body.map(block)))) }
        if let signers = a.signers { m.append(("signers", .array(signers.map(signer)))) }
        if !a.appendices.isEmpty { m.append(("appendices", .array(a.appendices.map(appendix)))) }
        return .object(m)
    }
}

/// `Codable` through the diagnostic decoder: decoding errors carry the JSON pointer and hint of
/// the first problem in their description.
extension Document: Codable {
    public init(from decoder: any Decoder) throws {
        let json = try JSONValue(from: decoder)
        self = try DocumentDecoder.decode(json).0
    }

    public func encode(to encoder: any Encoder) throws {
        try DocumentEncoder.json(self).encode(to: encoder)
    }
}
