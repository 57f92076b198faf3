/// Turns JSON into a `Document`, collecting every problem as a diagnostic with its JSON pointer
/// (wrong types, bad dates, unknown keys) instead of stopping at the first one.
public enum DocumentDecoder {
    /// Parses and decodes; throws `DiagnosticError` when there are errors, returns the warnings.
    public static func decode(_ bytes: [UInt8]) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw DiagnosticError([error.diagnostic])
        }
        return try decode(json)
    }

    /// Decodes a parsed JSON value.
    public static func decode(_ json: JSONValue) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        var r = JSONObjectReader(json, path: "", what: "a document", example: "{ \"type\": \"cong-van\", \"body\": [ … ] }")
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
                r.problem(at: "date", code: "MODEL.BAD_DATE", message: "'\(date)' is not a date",
                          hint: "write YYYY-MM-DD (\"2024-03-05\"); YYYY-MM or YYYY leave the rest blank for a draft")
            }
        }
        if let created = r.string("created") {
            d.created = Timestamp(iso: created)
            if d.created == nil {
                r.problem(at: "created", code: "MODEL.BAD_TIMESTAMP", message: "'\(created)' is not a timestamp",
                          hint: "write it as ISO 8601, e.g. \"2024-03-05T09:30:15+07:00\"")
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
        d.keywords = r.lines("keywords") ?? []
        r.reportUnknownKeys()
        let diagnostics = r.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticError(diagnostics.filter { $0.severity == .error } + diagnostics.filter { $0.severity != .error })
        }
        return (d, diagnostics)
    }

    static func decodeSigner(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Signer? {
        var r = JSONObjectReader(value, path: path, what: "a signer",
                                 example: "{ \"authority\": \"KT. GIÁM ĐỐC\", \"title\": \"PHÓ GIÁM ĐỐC\", \"name\": \"Nguyễn Văn A\" }")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let signer = Signer(caption: r.lines("caption") ?? [], authority: r.lines("authority") ?? [], title: r.lines("title") ?? [],
                            name: r.string("name"), after: r.lines("after") ?? [])
        r.reportUnknownKeys()
        return signer
    }

    static func decodeAttachment(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Attachment? {
        var r = JSONObjectReader(value, path: path, what: "an attached text",
                                 example: "{ \"type\": \"quy-che\", \"subject\": \"…\", \"body\": [ … ] }")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let type = r.string("type")
        if type == nil {
            r.problem(at: "type", code: "MODEL.MISSING_FIELD", message: "an attached text needs its type",
                      hint: "add \"type\": \"quy-che\" (or quy-dinh, ke-hoach, …)")
        }
        var attachment = Attachment(type: type ?? "")
        attachment.title = r.string("title")
        attachment.subject = r.lines("subject") ?? []
        attachment.reference = r.string("reference")
        attachment.body = r.array("body", decodeBlock) ?? []
        attachment.signers = r.array("signers", decodeSigner)
        r.reportUnknownKeys()
        return attachment
    }

    /// A block: a string (a paragraph) or an object whose key says what it is.
    static func decodeBlock(_ value: JSONValue, _ path: String, _ diagnostics: inout [Diagnostic]) -> Block? {
        if case .string(let text) = value { return .paragraph(Paragraph(text)) }
        let kinds = "text, heading, center, list, break"
        var r = JSONObjectReader(value, path: path, what: "a block",
                                 example: "a string, or an object with one of: \(kinds)")
        defer { diagnostics += r.diagnostics }
        guard case .object = value else { return nil }
        let keys = Set(r.keys)
        let block: Block?
        if keys.contains("heading") {
            let label = r.string("heading") ?? ""
            block = .heading(Heading(label, title: r.string("title"), text: r.string("text")))
        } else if keys.contains("center") {
            block = r.string("center").map(Block.center)
        } else if keys.contains("list") {
            block = .list(ListBlock(r.stringArray("list") ?? [], marker: r.string("marker") ?? "-"))
        } else if keys.contains("break") {
            if r.string("break") != "page" {
                r.problem(at: "break", code: "MODEL.VALUE", message: "unknown break", hint: "write { \"break\": \"page\" }")
            }
            block = .pageBreak
        } else if keys.contains("text") {
            let text = r.string("text") ?? ""
            let align = r.string("align")
            if let align, !["left", "center", "right", "justify"].contains(align) {
                r.problem(at: "align", code: "MODEL.VALUE", message: "unknown alignment '\(align)'",
                          hint: "use left, center, right or justify")
            }
            let style = r.string("style")
            if let style, !["regular", "italic", "bold", "bold-italic"].contains(style) {
                r.problem(at: "style", code: "MODEL.VALUE", message: "unknown style '\(style)'",
                          hint: "use italic, bold or bold-italic (or *…* markup inside the text)")
            }
            block = .paragraph(Paragraph(text, align: align, indent: r.bool("indent"), style: style))
        } else if keys.contains("table") {
            r.problem(at: "table", code: "MODEL.UNSUPPORTED", message: "tables are not supported yet",
                      hint: "until tables arrive, write the rows as paragraphs or lists")
            _ = r.value("table")
            block = nil
        } else {
            diagnostics.append(Diagnostic(.error, code: "MODEL.BLOCK", path: path,
                                          message: "this object is not a block VanBan knows",
                                          hint: "a block is a string, or an object with one of: \(kinds)"))
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
