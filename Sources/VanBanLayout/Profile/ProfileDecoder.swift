import VanBanModel

/// Reads a profile file (`layouts/*.json`) into a `Profile`, with diagnostics that point into
/// the file.
public enum ProfileDecoder {
    /// Decodes the bytes of a profile file.
    public static func decode(_ bytes: [UInt8]) throws(DiagnosticError) -> Profile {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { throw DiagnosticError([error.diagnostic]) }
        var reader = JSONObjectReader(json, path: "", what: "a profile")
        let id = reader.string("id")
        let name = reader.string("name") ?? id ?? ""
        let page = reader.object("page") { r -> PageSize in
            let size = r.string("size") ?? "A4"
            if size != "A4" {
                r.problem(at: "size", code: "PROFILE.PAGE", message: "unsupported page size '\(size)'",
                          hint: "official documents use \"A4\" (NĐ30 PL I, I.1)")
            }
            return r.bool("landscape") == true ? PageSize.a4.landscape : .a4
        } ?? .a4
        let margins = reader.object("margins") { r in
            Margins(top: r.length("top") ?? .mm(20), bottom: r.length("bottom") ?? .mm(20),
                    left: r.length("left") ?? .mm(30), right: r.length("right") ?? .mm(15))
        }
        let pageNumber = reader.object("pageNumber") { r in
            PageNumberStyle(size: .pt(r.number("size", in: 6...72) ?? 14),
                            firstShown: Int(r.number("from", in: 1...1000) ?? 2),
                            top: r.length("top") ?? .mm(10))
        }
        var title: ParagraphStyle?
        var body: ParagraphStyle?
        _ = reader.object("styles") { r in
            title = r.object("title", readStyle)
            body = r.object("body", readStyle)
        }
        if id == nil { reader.problem(at: "id", code: "PROFILE.MISSING", message: "the profile has no id", hint: "add \"id\": \"nd30\"") }
        if margins == nil { reader.problem(at: "margins", code: "PROFILE.MISSING", message: "the profile has no margins", hint: nil) }
        if title == nil || body == nil {
            reader.problem(at: "styles", code: "PROFILE.MISSING", message: "the profile needs styles.title and styles.body", hint: nil)
        }
        reader.reportUnknownKeys()
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let id, let margins, let title, let body else {
            throw DiagnosticError(errors.isEmpty ? reader.diagnostics : errors)
        }
        return Profile(id: id, name: name, page: page, margins: margins, pageNumber: pageNumber, title: title, body: body)
    }

    private static func readStyle(_ r: inout JSONObjectReader) -> ParagraphStyle {
        var style = ParagraphStyle(size: .pt(r.number("size", in: 4...72) ?? 14))
        style.base = InlineStyle(bold: r.bool("bold") ?? false, italic: r.bool("italic") ?? false,
                                 underline: r.bool("underline") ?? false)
        if let align = r.string("align") {
            if let a = Alignment(rawValue: align) {
                style.alignment = a
            } else {
                r.problem(at: "align", code: "PROFILE.VALUE", message: "unknown alignment '\(align)'",
                          hint: "use one of: \(Alignment.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        style.firstLineIndent = r.length("firstLineIndent") ?? .zero
        style.spaceBefore = r.length("spaceBefore") ?? .zero
        style.spaceAfter = r.length("spaceAfter") ?? .zero
        style.uppercase = r.bool("uppercase") ?? false
        if let spacing = r.object("lineSpacing", { s -> LineSpacing? in
            if let m = s.number("multiple", in: 0.5...3) { return .multiple(m) }
            if let e = s.length("exact") { return .exact(e) }
            return nil
        }) {
            style.lineSpacing = spacing ?? .multiple(1)
        }
        style.rule = r.object("rule") { s in
            RuleStyle(ratio: s.number("ratio", in: 0.05...1) ?? 1.0 / 3.0,
                      thickness: s.length("thickness") ?? .pt(0.5), gap: s.length("gap") ?? .pt(4))
        }
        return style
    }
}
