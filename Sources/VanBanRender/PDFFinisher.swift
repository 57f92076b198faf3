import VanBanModel

/// What Cairo 1.16 cannot do, done on its finished bytes in one rewrite through `PDFFile`
/// (docs/architecture.md, "PDF output"; docs/pdfa.md): writes the creation and modification
/// dates as real PDF dates (`D:…`, which Cairo 1.16 omits) or none at all; gives the catalog the
/// document's language, `/MarkInfo` (the structure Cairo's tags built is the content's) and
/// `/ViewerPreferences`; adds the PDF/A-2u parts when asked (`Archival`); and adds the `/ID` the
/// trailer lacks.
enum PDFFinisher {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The date handed to Cairo so it writes a `/CreationDate` entry we can find and replace.
    static let placeholderDate = "2000-01-01T00:00:00+07:00"
    /// The language of every document (BCP 47): `/Lang` and `dc:language`.
    static let language = "vi-VN"

    /// The finished file: dates fixed (`created`, or no date when nil), the catalog completed,
    /// PDF/A-2u when `archival`, `/ID` added (`identifier`, or the MD5 of the file when nil).
    static func finish(_ pdf: [UInt8], created: Timestamp?, identifier: [UInt8]? = nil, figureDescriptions: [String] = [],
                       archival: Archival? = nil) throws(Failure) -> [UInt8] {
        do {
            var file = try PDFFile(pdf)
            try rewriteDates(&file, created: created)
            try describeFigures(&file, figureDescriptions)
            try scopeHeaderCells(&file)
            var catalog = try addDocumentElement(&file, catalog: try file.object(file.root))
            catalog = PDFSyntax.insert("/Lang \(PDFSyntax.textString(language)) /MarkInfo << /Marked true >>"
                                       + " /ViewerPreferences << /DisplayDocTitle true >>", into: catalog)
            if let archival { catalog = try archival.add(to: &file, catalog: catalog, created: created) }
            try file.replace(file.root, with: catalog)
            return try file.finish(identifier: identifier)
        } catch {
            throw Failure(description: error.description)
        }
    }

    private static func rewriteDates(_ file: inout PDFFile, created: Timestamp?) throws(PDFFile.Failure) {
        guard let info = file.info else { return }
        let text = try file.object(info)
        guard let key = text.firstRange(of: "/CreationDate ("), let close = text[key.upperBound...].firstIndex(of: ")") else { return }
        var start = key.lowerBound
        // Take the white space before the key too, so that a removed date leaves no blank line.
        while start > text.startIndex, text[text.index(before: start)] == " " || text[text.index(before: start)] == "\n" {
            start = text.index(before: start)
        }
        let replacement = created.map { "\n   /CreationDate (\($0.pdfDate))\n   /ModDate (\($0.pdfDate))" } ?? ""
        try file.replace(info, with: String(text[..<start]) + replacement + text[text.index(after: close)...])
    }

    /// `/Alt` on every `Figure` element, in the order the figures were drawn: by page, then by
    /// their marked-content number (`/K`), which Cairo gives in drawing order.
    private static func describeFigures(_ file: inout PDFFile, _ descriptions: [String]) throws(PDFFile.Failure) {
        guard !descriptions.isEmpty else { return }
        let pages = try file.pages()
        var figures: [(page: Int, mcid: Int, object: Int, text: String)] = []
        for number in file.objects(containing: "/S /Figure") {
            let text = try file.object(number)
            guard let page = PDFSyntax.reference(after: "/Pg", in: text).flatMap({ pages.firstIndex(of: $0) }),
                  let mcid = PDFSyntax.integer(after: "/K", in: text) else { continue }
            figures.append((page, mcid, number, text))
        }
        figures.sort { ($0.page, $0.mcid) < ($1.page, $1.mcid) }
        for (figure, description) in zip(figures, descriptions) where !description.isEmpty {
            try file.replace(figure.object, with: PDFSyntax.insert("/Alt \(PDFSyntax.textString(description))", into: figure.text))
        }
    }

    /// Header cells head their column (`/Scope /Column`, ISO 32000-1 §14.8.5.7, table 348): a
    /// table's header rows are column headings.
    private static func scopeHeaderCells(_ file: inout PDFFile) throws(PDFFile.Failure) {
        for number in file.objects(containing: "/S /\(StructureType.headerCell.rawValue)") {
            let text = try file.object(number)
            guard !text.contains("/Scope") else { continue }
            try file.replace(number, with: PDFSyntax.insert("/A << /O /Table /Scope /Column >>", into: text))
        }
    }

    /// One `Document` element under the structure tree root, holding what Cairo put there
    /// (ISO 32000-1 §14.8.4.2; readers expect a single root element). The old root object becomes
    /// the `Document` (its children's `/P` already point at it) and a new root holds it: two
    /// objects written, none of the children touched. Returns the catalog pointing at the new root.
    private static func addDocumentElement(_ file: inout PDFFile, catalog: String) throws(PDFFile.Failure) -> String {
        guard let rootNumber = PDFSyntax.reference(after: "/StructTreeRoot", in: catalog),
              let rootEntry = catalog.firstRange(of: "/StructTreeRoot \(rootNumber) 0 R") else { return catalog }
        let root = try file.object(rootNumber)
        guard let children = PDFSyntax.references(in: "/K", of: root), !children.isEmpty,
              let parentTree = PDFSyntax.reference(after: "/ParentTree", in: root) else { return catalog }
        let list = children.map { "\($0) 0 R" }.joined(separator: " ")
        let newRoot = file.append("<< /Type /StructTreeRoot /ParentTree \(parentTree) 0 R /K [\(rootNumber) 0 R] >>")
        try file.replace(rootNumber, with: "<< /Type /StructElem /S /\(StructureType.document.rawValue) /P \(newRoot) 0 R /K [\(list)] >>")
        return String(catalog[..<rootEntry.lowerBound]) + "/StructTreeRoot \(newRoot) 0 R" + catalog[rootEntry.upperBound...]
    }

}

/// What the last bytes of one of VanBan's PDFs tell without parsing the file: its identifier,
/// whether signature fields were added, its page count.
public enum PDFIdentifier {
    /// Upper-case hexadecimal digits of `bytes`.
    public static func hexadecimal(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first file identifier of a finished PDF (in its last trailer), from the file's last
    /// bytes (the last 2 KB are plenty), as upper-case hexadecimal.
    public static func read(fromEnd tail: [UInt8]) -> String? {
        guard let key = tail.lastRange(of: Array("/ID [<".utf8)) else { return nil }
        let start = key.upperBound
        guard let close = tail.firstIndex(of: UInt8(ascii: ">"), from: start), close - start == 32 else { return nil }
        return String(decoding: tail[start..<close], as: UTF8.self)
    }

    /// Whether the file ends with VanBan's signature-field update.
    public static func hasSignatureFields(fromEnd tail: [UInt8]) -> Bool {
        tail.lastRange(of: Array("/FT /Sig".utf8)) != nil
    }

    /// The number of pages of a PDF, through its page tree (`PDFFile`); nil when it cannot be read.
    public static func pageCount(of pdf: [UInt8]) -> Int? {
        (try? PDFFile(pdf))?.pagesCount
    }
}

