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

/// Appends empty `/Sig` fields to a finished PDF as an incremental update (`PDFUpdate`, ISO
/// 32000-1 §7.5.6): every original byte stays where it was; after it come the widget annotations
/// (printable, with an empty appearance, as PDF/A-2 asks of every annotation: docs/pdfa.md), an
/// `/AcroForm`, the catalog and the pages rewritten to point at them.
public enum SignatureFieldWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `pdf` with `fields` added.
    public static func append(_ fields: [SignatureField], to pdf: [UInt8]) throws(Failure) -> [UInt8] {
        guard !fields.isEmpty else { return pdf }
        do {
            let file = try PDFFile(pdf)
            let pages = try file.pages()
            var update = PDFUpdate(file)
            var widgetsByPage: [Int: [Int]] = [:]
            var widgets: [Int] = []
            for field in fields {
                guard field.page < pages.count else {
                    throw Failure(description: "field \(field.name) is on page \(field.page + 1) of \(pages.count)")
                }
                let widget = update.reserve(), appearance = update.reserve()
                let r = field.rect
                let (width, height) = (format(r.x2 - r.x1), format(r.y2 - r.y1))
                update.set(appearance, "<< /Type /XObject /Subtype /Form /BBox [0 0 \(width) \(height)] /Length 0 >>", stream: [])
                // /F 4: printed (ISO 32000-1, table 165); /AP: what a viewer shows before signing.
                update.set(widget, "<< /Type /Annot /Subtype /Widget /FT /Sig /T \(PDFSyntax.textString(field.name)) /F 4"
                    + " /Rect [\(format(r.x1)) \(format(r.y1)) \(format(r.x2)) \(format(r.y2))] /P \(pages[field.page]) 0 R"
                    + " /AP << /N \(appearance) 0 R >> >>")
                widgetsByPage[field.page, default: []].append(widget)
                widgets.append(widget)
            }
            let form = update.reserve()
            // SigFlags 1: the document contains signature fields (ISO 32000-1, table 219).
            update.set(form, "<< /Fields [\(widgets.map { "\($0) 0 R" }.joined(separator: " "))] /SigFlags 1 >>")
            update.set(file.root, PDFSyntax.insert("/AcroForm \(form) 0 R", into: try file.object(file.root)))
            for (page, annotations) in widgetsByPage.sorted(by: { $0.key < $1.key }) {
                try addAnnotations(annotations, toPage: pages[page], of: file, update: &update)
            }
            return try update.write()
        } catch let error as PDFFile.Failure {
            throw Failure(description: error.description)
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// The page's `/Annots` with `widgets` added: a new array, the page's own array, or the array
    /// object it refers to (`/Annots 12 0 R`) rewritten.
    private static func addAnnotations(_ widgets: [Int], toPage number: Int, of file: PDFFile,
                                       update: inout PDFUpdate) throws(PDFFile.Failure) {
        let page = try file.object(number)
        let refs = widgets.map { "\($0) 0 R" }.joined(separator: " ")
        guard let annots = page.firstRange(of: "/Annots") else {
            update.set(number, PDFSyntax.insert("/Annots [\(refs)]", into: page))
            return
        }
        let value = page[annots.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
        if value.first == "[" {
            update.set(number, String(page[...value.startIndex]) + refs + " " + page[page.index(after: value.startIndex)...])
        } else if let array = PDFSyntax.reference(after: "/Annots", in: page) {
            let text = try file.object(array)
            guard let open = text.firstIndex(of: "[") else { throw PDFFile.Failure(description: "object \(array) is not an /Annots array") }
            update.set(array, String(text[...open]) + refs + " " + text[text.index(after: open)...])
        } else {
            throw PDFFile.Failure(description: "page \(number) has an /Annots VanBan cannot read")
        }
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
