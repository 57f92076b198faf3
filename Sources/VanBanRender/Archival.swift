import VanBanModel

/// What makes the finished file PDF/A-2u (ISO 19005-2, level u; docs/pdfa.md, clause by clause):
/// XMP metadata that says so and repeats the document information dictionary, an sRGB output
/// intent with its ICC profile, and `/CIDToGIDMap /Identity` on the CID fonts Cairo writes without
/// one. The tagged structure, `/Lang`, `/MarkInfo` and the `/ID` are the finisher's, for every file.
public struct Archival: Sendable {
    /// The ICC profile of the output intent (`color/sRGB.icc`, zlib licence).
    public var colourProfile: [UInt8]
    /// `OutputConditionIdentifier` of that profile (ISO 19005-2, 6.2.3).
    public static let outputCondition = "sRGB IEC61966-2.1"

    public init(colourProfile: [UInt8]) { self.colourProfile = colourProfile }

    /// Adds the objects to `file` and returns `catalog` pointing at them.
    func add(to file: inout PDFFile, catalog: String, created: Timestamp?) throws(PDFFile.Failure) -> String {
        for font in file.objects(containing: "/Subtype /CIDFontType2") {
            let text = try file.object(font)
            if !text.contains("/CIDToGIDMap") { try file.replace(font, with: PDFSyntax.insert("/CIDToGIDMap /Identity", into: text)) }
        }
        let info = try file.info.map { number throws(PDFFile.Failure) in try file.object(number) } ?? ""
        let xmp = Array(Self.metadata(info: info, created: created).utf8)
        // Metadata streams stay uncompressed, so that any tool can find them (ISO 19005-2, 6.6.2.1).
        let metadata = file.append("<< /Type /Metadata /Subtype /XML /Length \(xmp.count) >>", stream: xmp)
        let profile = file.append("<< /N 3 /Length \(colourProfile.count) >>", stream: colourProfile)
        let intent = "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(PDFSyntax.textString(Self.outputCondition))"
            + " /Info \(PDFSyntax.textString(Self.outputCondition)) /DestOutputProfile \(profile) 0 R >>"
        return PDFSyntax.insert("/Metadata \(metadata) 0 R /OutputIntents [\(intent)]", into: catalog)
    }

    /// The XMP packet (ISO 16684-1) with the same title, author, subject, keywords, creator,
    /// producer and dates as the information dictionary `info` (ISO 19005-2, 6.6.2.3.1).
    static func metadata(info: String, created: Timestamp?) -> String {
        func text(_ key: String) -> String? { PDFSyntax.text(key, in: info).map(escape) }
        var fields: [String] = ["<dc:format>application/pdf</dc:format>"]
        if let title = text("/Title") { fields.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(title)</rdf:li></rdf:Alt></dc:title>") }
        if let author = text("/Author") { fields.append("<dc:creator><rdf:Seq><rdf:li>\(author)</rdf:li></rdf:Seq></dc:creator>") }
        if let subject = text("/Subject") {
            fields.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(subject)</rdf:li></rdf:Alt></dc:description>")
        }
        fields.append("<dc:language><rdf:Bag><rdf:li>\(PDFFinisher.language)</rdf:li></rdf:Bag></dc:language>")
        if let keywords = text("/Keywords") { fields.append("<pdf:Keywords>\(keywords)</pdf:Keywords>") }
        if let producer = text("/Producer") { fields.append("<pdf:Producer>\(producer)</pdf:Producer>") }
        if let creator = text("/Creator") { fields.append("<xmp:CreatorTool>\(creator)</xmp:CreatorTool>") }
        if let created {
            fields.append("<xmp:CreateDate>\(created.iso)</xmp:CreateDate>")
            fields.append("<xmp:ModifyDate>\(created.iso)</xmp:ModifyDate>")
        }
        fields += ["<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>"]
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
               \(fields.joined(separator: "\n   "))
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
