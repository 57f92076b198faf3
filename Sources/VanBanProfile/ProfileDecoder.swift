import VanBanModel

/// Reads a profile file (`layouts/*.json`) into a `Profile`. A profile may `extend` another:
/// its members are merged over the base's, object by object.
public enum ProfileDecoder {
    /// Decodes the bytes of a profile file; `load` returns the bytes of a base profile by id.
    public static func decode(_ bytes: [UInt8], load: (String) -> [UInt8]? = { _ in nil }) throws(DiagnosticError) -> Profile {
        let json = try resolveExtends(try parse(bytes), load: load, depth: 0)
        var reader = JSONObjectReader(json, path: "", what: .thingProfile)
        let profile = read(&reader)
        reader.reportUnknownKeys()
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let profile else {
            throw DiagnosticError(errors.isEmpty ? reader.diagnostics : errors)
        }
        return profile
    }

    private static func parse(_ bytes: [UInt8]) throws(DiagnosticError) -> JSONValue {
        do { return try JSONParser.parse(bytes) } catch { throw DiagnosticError([error.diagnostic]) }
    }

    /// Replaces `"extends": "base"` by the base file with this one merged over it.
    private static func resolveExtends(_ json: JSONValue, load: (String) -> [UInt8]?, depth: Int) throws(DiagnosticError) -> JSONValue {
        guard case .string(let base)? = json["extends"] else { return json }
        guard depth < 8, let bytes = load(base) else {
            throw DiagnosticError([Diagnostic(.error, .profileExtends, path: "/extends", ["base": .text(base)])])
        }
        let parent = try resolveExtends(try parse(bytes), load: load, depth: depth + 1)
        guard case .object(var members) = json else { return json }
        members.removeAll { $0.key == "extends" }
        return merge(parent, .object(members))
    }

    /// `overlay` over `base`: objects merge member by member, anything else is replaced.
    static func merge(_ base: JSONValue, _ overlay: JSONValue) -> JSONValue {
        guard case .object(var merged) = base, case .object(let top) = overlay else { return overlay }
        for member in top {
            if let i = merged.firstIndex(where: { $0.key == member.key }) {
                merged[i].value = merge(merged[i].value, member.value)
            } else {
                merged.append(member)
            }
        }
        return .object(merged)
    }

    private static func read(_ r: inout JSONObjectReader) -> Profile? {
        let id = r.string("id")
        let name = r.string("name") ?? id ?? ""
        _ = r.value("validFrom")
        _ = r.value("validUntil")
        _ = r.value("select")
        let page = r.object("page") { p -> PageSize in
            let size = p.string("size") ?? "A4"
            if size != "A4" {
                p.problem(at: "size", .profilePage, ["size": .text(size)])
            }
            return p.bool("landscape") == true ? PageSize.a4.landscape : .a4
        } ?? .a4
        let margins = r.object("margins") { m in
            Margins(top: m.length("top") ?? .mm(20), bottom: m.length("bottom") ?? .mm(20),
                    left: m.length("left") ?? .mm(30), right: m.length("right") ?? .mm(15))
        }
        let pageNumber = r.object("pageNumber") { p -> PageNumberStyle in
            _ = p.value("range")
            return PageNumberStyle(size: .pt(p.number("size", in: 6...72) ?? 14), firstShown: p.int("from", in: 1...1000) ?? 2,
                                   top: p.length("top") ?? .mm(10))
        }
        let header = r.object("header") { h in
            HeaderGeometry(rightMin: h.number("rightMin", in: 0.3...0.8) ?? 0.55, rightMax: h.number("rightMax", in: 0.3...0.8) ?? 0.64,
                           padding: h.length("padding") ?? .mm(2), datePlacement: h.named("datePlacement", DatePlacement.self, else: .profileValueDatePlacement) ?? .numberLine,
                           spaceAfter: h.length("spaceAfter") ?? .pt(12))
        } ?? HeaderGeometry()
        let signature = r.object("signature") { s in
            SignatureGeometry(space: s.length("space") ?? .mm(25), spaceBefore: s.length("spaceBefore") ?? .pt(12),
                              spaceBetweenRows: s.length("spaceBetweenRows") ?? .pt(12), boxWidth: s.length("boxWidth") ?? .mm(50),
                              sealSize: s.length("sealSize") ?? .mm(35))
        } ?? SignatureGeometry()
        let closing = r.string("closing") ?? ""
        var elements: [String: ElementStyle] = [:]
        _ = r.object("styles") { s in
            for key in s.keys where !key.hasPrefix("$") {
                if let element = s.object(key, readElement) { elements[key] = element }
            }
        }
        var typeOrder: [String] = []
        let types = r.object("types") { t -> [String: DocumentTypeStyle] in
            var types: [String: DocumentTypeStyle] = [:]
            for key in t.keys where !key.hasPrefix("$") {
                if let type = t.object(key, readType) {
                    types[key] = type
                    typeOrder.append(key)
                }
            }
            return types
        } ?? [:]
        for element in Element.allCases where elements[element.rawValue] == nil {
            r.problem(at: "styles", .profileMissingStyle, ["element": .text(element.rawValue)])
        }
        for key in elements.keys where Element(rawValue: key) == nil {
            r.problem(at: "styles", .profileUnknownElement, ["element": .text(key), "elements": .texts(Element.allCases.map(\.rawValue))],
                      severity: .warning)
        }
        if id == nil { r.problem(at: "id", .profileMissingId) }
        let font = r.object("font") { f in (family: f.string("family"), compatible: f.stringArray("compatible") ?? []) }
        let table = r.object("table") { t in
            TableGeometry(padding: t.length("padding") ?? .mm(1.5), verticalPadding: t.length("verticalPadding") ?? .pt(2),
                          border: t.length("border") ?? .pt(0.5))
        }
        guard let id, let margins else { return nil }
        var profile = Profile(id: id, name: name, page: page, margins: margins, pageNumber: pageNumber, elements: elements,
                              header: header, signature: signature, closing: closing, types: types)
        profile.typeOrder = typeOrder
        if let family = font?.family { profile.fontFamily = family }
        profile.compatibleFamilies = font?.compatible ?? []
        if let table { profile.table = table }
        if let lint = r.object("lint", LintSettings.read) { profile.lint = lint }
        return profile
    }

    private static func readType(_ r: inout JSONObjectReader) -> DocumentTypeStyle {
        var type = DocumentTypeStyle(name: r.string("name"), code: r.string("code"),
                                     subjectUnderNumber: r.bool("subjectUnderNumber") ?? false, decision: r.string("decision"),
                                     headerDate: r.bool("headerDate") ?? true, closing: r.string("closing"))
        type.addresseeLabel = r.string("addresseeLabel")
        type.label = r.string("label")
        type.codeVariants = r.stringArray("codeVariants") ?? []
        return type
    }

    static func readElement(_ r: inout JSONObjectReader) -> ElementStyle {
        var style = ParagraphStyle(size: .pt(r.number("size", in: 4...72) ?? 14))
        style.base = InlineStyle(bold: r.bool("bold") ?? false, italic: r.bool("italic") ?? false,
                                 underline: r.bool("underline") ?? false)
        if let align = r.named("align", Alignment.self, else: .profileValueAlignment) { style.alignment = align }
        style.firstLineIndent = r.length("firstLineIndent") ?? .zero
        style.spaceBefore = r.length("spaceBefore") ?? .zero
        style.spaceAfter = r.length("spaceAfter") ?? .zero
        style.uppercase = r.bool("uppercase") ?? false
        style.balanced = r.bool("balanced") ?? (style.alignment == .center)  // centred lines break to even lengths unless the profile says not
        if let spacing = r.object("lineSpacing", { s -> LineSpacing? in
            if let m = s.number("multiple", in: 0.5...3) { return .multiple(m) }
            if let e = s.length("exact") { return .exact(e) }
            return nil
        }) {
            style.lineSpacing = spacing ?? .multiple(1)
        }
        style.sizeRange = readRange(&r, "range")
        if let size = style.sizeRange, !size.contains(style.size.points) {
            r.problem(at: "size", .profileRange, ["size": .decimal(style.size.points), "low": .decimal(size.lowerBound), "high": .decimal(size.upperBound)])
        }
        style.rule = r.object("rule") { s in
            RuleStyle(ratio: s.number("ratio", in: 0.05...1) ?? 1.0 / 3.0, thickness: s.length("thickness") ?? .pt(0.5),
                      gap: s.length("gap") ?? .pt(4), spaceAfter: s.length("spaceAfter") ?? .zero)
        }
        var element = ElementStyle(paragraph: style)
        element.text = r.string("text")
        element.format = r.string("format")
        element.prefix = r.string("prefix")
        element.punctuation = r.object("punctuation") { p in
            ListPunctuation(prefix: p.string("prefix") ?? "", separator: p.string("separator") ?? "", final: p.string("final") ?? "",
                            finalBeforeDecision: p.string("finalBeforeDecision"))
        }
        element.offset = r.length("offset")
        element.digits = r.int("digits", in: 1...6)
        if let months = r.array("paddedMonths", { value, _, _ -> Int? in
            if case .number(let n) = value { return Int(n) }
            return nil
        }) {
            element.paddedMonths = Set(months)
        }
        element.enabled = r.bool("enabled") ?? true
        if let color = r.string("color") {
            if let parsed = parseColor(color) {
                element.paragraph.color = parsed
            } else {
                r.problem(at: "color", .profileValueColor, ["value": .text(color)])
            }
        }
        element.frame = r.object("frame") { f in
            var widths: [String: Length] = [:]
            _ = f.object("widths") { w in
                for key in w.keys { if let width = w.length(key) { widths[key] = width } }
            }
            return FrameStyle(height: f.length("height") ?? .mm(8), widths: widths, thickness: f.length("thickness") ?? .pt(0.75),
                              padding: f.length("padding") ?? .mm(2))
        }
        return element
    }

    /// `#RRGGBB`.
    static func parseColor(_ text: String) -> Color? {
        guard text.count == 7, text.hasPrefix("#"), let value = Int(text.dropFirst(), radix: 16) else { return nil }
        return Color(red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255, blue: Double(value & 0xFF) / 255)
    }

    private static func readRange(_ r: inout JSONObjectReader, _ key: String) -> ClosedRange<Double>? {
        guard let values = r.array(key, { value, _, _ -> Double? in
            if case .number(let n) = value { return n }
            return nil
        }) else { return nil }
        guard values.count == 2, values[0] <= values[1] else {
            r.problem(at: key, .profileValueRange)
            return nil
        }
        return values[0]...values[1]
    }
}
