import VanBanModel

/// An empty signature field to add: its name, page (0-based) and rectangle in PDF points
/// (origin bottom-left).
public struct SignatureField: Sendable, Hashable {
    public var name: String
    public var page: Int
    public var rect: (x1: Double, y1: Double, x2: Double, y2: Double)

    public init(name: String, page: Int, rect: (x1: Double, y1: Double, x2: Double, y2: Double)) {
        self.name = name
        self.page = page
        self.rect = rect
    }

    public static func == (a: SignatureField, b: SignatureField) -> Bool {
        a.name == b.name && a.page == b.page && a.rect == b.rect
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(name); hasher.combine(page) }
}

/// Appends empty `/Sig` fields to a finished PDF as an incremental update (ISO 32000-1 §7.5.6):
/// every original byte stays where it was; after it come the widget annotations, an `/AcroForm`,
/// the catalog and the pages rewritten to point at them, a cross-reference section for those
/// objects and a trailer with `/Prev`. Works on the classic table Cairo writes.
public enum SignatureFieldWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `pdf` with `fields` added.
    public static func append(_ fields: [SignatureField], to pdf: [UInt8]) throws(Failure) -> [UInt8] {
        guard !fields.isEmpty else { return pdf }
        let original: CrossReference
        do { original = try CrossReference(pdf) } catch { throw Failure(description: "no classic cross-reference table") }
        let trailer = try trailerText(pdf)
        guard let root = reference(after: "/Root", in: trailer), let previous = startxref(pdf) else {
            throw Failure(description: "the trailer has no /Root")
        }
        let catalog = try dictionary(of: root, in: pdf, xref: original)
        guard let pagesRoot = reference(after: "/Pages", in: catalog) else { throw Failure(description: "the catalog has no /Pages") }
        let pages = try pageObjects(pagesRoot, in: pdf, xref: original)

        var next = original.size
        var objects: [(number: Int, body: String)] = []
        var widgetsByPage: [Int: [Int]] = [:]
        var widgets: [Int] = []
        for field in fields {
            guard field.page < pages.count else { throw Failure(description: "field \(field.name) is on page \(field.page + 1) of \(pages.count)") }
            let number = next
            next += 1
            let r = field.rect
            objects.append((number, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (\(field.name)) /F 4"
                + " /Rect [\(format(r.x1)) \(format(r.y1)) \(format(r.x2)) \(format(r.y2))] /P \(pages[field.page]) 0 R >>"))
            widgetsByPage[field.page, default: []].append(number)
            widgets.append(number)
        }
        let form = next
        next += 1
        // SigFlags 1: the document contains signature fields (ISO 32000-1, table 219).
        objects.append((form, "<< /Fields [\(widgets.map { "\($0) 0 R" }.joined(separator: " "))] /SigFlags 1 >>"))
        objects.append((root, insert("/AcroForm \(form) 0 R", into: catalog)))
        for (page, annotations) in widgetsByPage.sorted(by: { $0.key < $1.key }) {
            let text = try dictionary(of: pages[page], in: pdf, xref: original)
            objects.append((pages[page], addAnnotations(annotations, to: text)))
        }
        return try write(objects, after: pdf, size: next, root: root, info: reference(after: "/Info", in: trailer),
                         previous: previous, firstID: identifier(in: trailer))
    }

    private static func write(_ objects: [(number: Int, body: String)], after pdf: [UInt8], size: Int, root: Int, info: Int?,
                              previous: Int, firstID: String?) throws(Failure) -> [UInt8] {
        var out = pdf
        if out.last != 0x0A { out.append(0x0A) }
        var offsets: [Int: Int] = [:]
        for object in objects {
            offsets[object.number] = out.count
            out += Array("\(object.number) 0 obj\n\(object.body)\nendobj\n".utf8)
        }
        let xrefOffset = out.count
        var table = "xref\n"
        let numbers = offsets.keys.sorted()
        var i = 0
        while i < numbers.count {
            var j = i
            while j + 1 < numbers.count, numbers[j + 1] == numbers[j] + 1 { j += 1 }
            table += "\(numbers[i]) \(j - i + 1)\n"
            for n in numbers[i]...numbers[j] { table += String.zeroPadded(offsets[n]!, width: 10) + " 00000 n \n" }
            i = j + 1
        }
        let newID = MD5.hash(out).map { String.hexadecimal($0, width: 2) }.joined()
        var trailer = "trailer\n<< /Size \(size) /Root \(root) 0 R"
        if let info { trailer += " /Info \(info) 0 R" }
        trailer += " /Prev \(previous) /ID [<\(firstID ?? newID)> <\(newID)>] >>\nstartxref\n\(xrefOffset)\n%%EOF\n"
        out += Array((table + trailer).utf8)
        return out
    }

    // MARK: reading the original

    private static func trailerText(_ pdf: [UInt8]) throws(Failure) -> String {
        guard let start = pdf.lastRange(of: Array("trailer".utf8)), let end = pdf.lastRange(of: Array("startxref".utf8)),
              start.upperBound < end.lowerBound else { throw Failure(description: "no trailer") }
        return String(decoding: pdf[start.upperBound..<end.lowerBound], as: UTF8.self)
    }

    private static func startxref(_ pdf: [UInt8]) -> Int? {
        guard let range = pdf.lastRange(of: Array("startxref".utf8)) else { return nil }
        return CrossReference.integer(in: pdf, after: range.upperBound)?.value
    }

    /// The object number after `key` in `N 0 R` form.
    static func reference(after key: String, in text: String) -> Int? {
        guard let range = text.firstRange(of: key) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
        return Int(rest.prefix { $0.isNumber })
    }

    private static func identifier(in trailer: String) -> String? {
        guard let range = trailer.firstRange(of: "/ID"), let open = trailer[range.upperBound...].firstIndex(of: "<"),
              let close = trailer[open...].firstIndex(of: ">") else { return nil }
        return String(trailer[trailer.index(after: open)..<close])
    }

    /// The dictionary text of object `number` (between `N 0 obj` and `endobj`).
    private static func dictionary(of number: Int, in pdf: [UInt8], xref: CrossReference) throws(Failure) -> String {
        guard let offset = xref.offset(of: number), let end = pdf.firstRange(of: Array("endobj".utf8), from: offset),
              let objStart = pdf.firstRange(of: Array("obj".utf8), from: offset), objStart.upperBound < end.lowerBound else {
            throw Failure(description: "object \(number) not found")
        }
        return String(decoding: pdf[objStart.upperBound..<end.lowerBound], as: UTF8.self).trimmingSpaces()
    }

    /// Page objects in order, through the page tree.
    private static func pageObjects(_ node: Int, in pdf: [UInt8], xref: CrossReference) throws(Failure) -> [Int] {
        let text = try dictionary(of: node, in: pdf, xref: xref)
        guard text.contains("/Kids") else { return [node] }
        guard let kids = text.firstRange(of: "/Kids"), let open = text[kids.upperBound...].firstIndex(of: "["),
              let close = text[open...].firstIndex(of: "]") else { throw Failure(description: "malformed /Kids") }
        let numbers = text[text.index(after: open)..<close].split(separator: " ", omittingEmptySubsequences: true)
            .map { $0.trimmingSpaces() }
        var pages: [Int] = []
        var i = 0
        while i + 2 < numbers.count {
            if let n = Int(numbers[i]), numbers[i + 2] == "R" {
                pages += try pageObjects(n, in: pdf, xref: xref)
                i += 3
            } else {
                i += 1
            }
        }
        return pages
    }

    /// `entry` added right after the opening `<<` (comments after keys in Cairo's dictionaries stay intact).
    private static func insert(_ entry: String, into dictionary: String) -> String {
        guard let open = dictionary.firstRange(of: "<<") else { return "<< \(entry) >>" }
        return String(dictionary[..<open.upperBound]) + " \(entry)\n" + dictionary[open.upperBound...]
    }

    private static func addAnnotations(_ widgets: [Int], to page: String) -> String {
        let refs = widgets.map { "\($0) 0 R" }.joined(separator: " ")
        if let annots = page.firstRange(of: "/Annots"), let open = page[annots.upperBound...].firstIndex(of: "[") {
            return String(page[...open]) + refs + " " + page[page.index(after: open)...]
        }
        return insert("/Annots [\(refs)]", into: page)
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
