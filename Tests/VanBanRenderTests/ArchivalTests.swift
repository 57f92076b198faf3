import Foundation
import Testing
import VanBan
import VanBanModel
import VanBanPages
import VanBanTestSupport

/// PDF/A-2u and the tagged structure (docs/pdfa.md: each clause and the test that checks it). No
/// PDF/A validator is packaged for these machines (veraPDF is not in Debian), so these checks,
/// made with poppler and qpdf on every example, are the evidence.
@Suite struct ArchivalTests {
    static func render(_ path: String, pdfa: Bool = true, fields: Bool = false) throws -> (Rendered, URL) {
        let json = try Data(contentsOf: URL(fileURLWithPath: path))
        var options = RenderOptions(baseDirectory: URL(fileURLWithPath: path).deletingLastPathComponent().path, signatureFields: fields)
        options.pdfa = pdfa
        let rendered = try Repository.engine.render(json: Array(json), options: options)
        return (rendered, try Run.write(rendered.pdf))
    }

    /// `pdfinfo` fields (`Title:` → value).
    static func info(_ file: URL) throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try Run.program("pdfinfo", ["-isodates", file.path]).text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    static func xmp(_ file: URL, _ element: String) throws -> String? {
        let metadata = try Run.program("pdfinfo", ["-meta", file.path]).text
        guard let open = metadata.range(of: "<\(element)>"), let close = metadata.range(of: "</\(element)>") else { return nil }
        var value = String(metadata[open.upperBound..<close.lowerBound])
        // <rdf:Alt><rdf:li …>value</rdf:li></rdf:Alt>
        while let tag = value.range(of: "<[^>]*>", options: .regularExpression) { value.removeSubrange(tag) }
        return value.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }

    static func squeezed(_ text: String) -> String { String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }) }

    @Test(arguments: Repository.examples)
    func everyExampleIsTaggedInReadingOrder(path: String) throws {
        let (rendered, file) = try Self.render(path, pdfa: false)
        #expect(try Self.info(file)["Tagged"] == "yes")
        // The structure holds every line of the page as laid out, in that order (page numbers are not content).
        let structureRun = try Run.program("pdfinfo", ["-struct-text", file.path])
        let structure = structureRun.text
        // One Document element at the root, and nothing poppler finds wrong in the tree.
        #expect(structure.hasPrefix("Document\n"), "\(structure.prefix(80))")
        #expect(!structureRun.stderr.contains("Syntax Warning"), "\(structureRun.stderr.prefix(300))")
        let quoted = structure.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("\"") }
        let model = rendered.layout.lines.filter { $0.role != .pageNumber }.map(\.text).joined()
        #expect(Self.squeezed(quoted.map { String($0.trimmingCharacters(in: .whitespaces).dropFirst().dropLast()) }.joined())
                == Self.squeezed(model))
    }

    @Test(arguments: Repository.examples)
    func everyExampleIsPDFA2u(path: String) throws {
        let (rendered, file) = try Self.render(path)
        let info = try Self.info(file)
        // ISO 19005-2 6.6.2.3.1: the XMP repeats the information dictionary; 6.6.4: part and conformance.
        #expect(try Self.xmp(file, "pdfaid:part") == "2")
        #expect(try Self.xmp(file, "pdfaid:conformance") == "U")
        #expect(try Self.xmp(file, "dc:title") == info["Title"])
        #expect(try Self.xmp(file, "dc:creator") == info["Author"])
        #expect(try Self.xmp(file, "dc:description") == info["Subject"])
        #expect(try Self.xmp(file, "pdf:Producer") == info["Producer"])
        #expect(try Self.xmp(file, "xmp:CreatorTool") == info["Creator"])
        #expect(try Self.xmp(file, "dc:language") == "vi-VN")
        if let created = rendered.layout.info.created {
            #expect(try Self.xmp(file, "xmp:CreateDate") == created.iso)
            #expect(try Self.xmp(file, "xmp:ModifyDate") == created.iso)
            #expect(info["CreationDate"].map { $0.hasPrefix(created.date.iso) } == true)
        }
        // 6.2.11.4: every font embedded, every glyph with Unicode.
        let fonts = try Run.program("pdffonts", [file.path]).text.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 7 && columns[columns.count - 5] == "yes" && columns[columns.count - 3] == "yes", "\(font)")
        }
        // 6.2.3: an output intent with an sRGB ICC profile; 6.1.3: /ID; 6.2.11.3.2: /CIDToGIDMap.
        let pdf = rendered.pdf
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1"))
        let profile = try #require(try Data(contentsOf: URL(fileURLWithPath: Repository.root + "/color/sRGB.icc")))
        #expect(profile.count > 128 && profile[36..<40] == Data("acsp".utf8) && profile[16..<20] == Data("RGB ".utf8))
        #expect(pdf.firstRange(of: Array(profile)) != nil)
        #expect(text.contains("/ID [<"))
        #expect(text.components(separatedBy: "/Subtype /CIDFontType2").count == text.components(separatedBy: "/CIDToGIDMap /Identity").count)
        // 6.1.7, 6.2.8: no encryption, no JavaScript, no interpolated images.
        #expect(!text.contains("/Encrypt") && !text.contains("/JavaScript") && !text.contains("/Interpolate true"))
        #expect(text.contains("/Lang <FEFF") && text.contains("/MarkInfo << /Marked true >>"))
        let check = try Run.program("qpdf", ["--check", file.path])
        #expect(check.status == 0 && check.text.contains("No syntax or stream encoding errors found"), "\(check.text)")
    }

    /// 6.3.2, 6.3.3: annotations are printed and have an appearance.
    @Test func signatureWidgetsArePrintableWithAnAppearance() throws {
        let (rendered, _) = try Self.render(Repository.root + "/examples/cong-van-405-CV-BTGTU.json", fields: true)
        let text = String(decoding: rendered.pdf, as: UTF8.self)
        let widgets = text.components(separatedBy: "/Subtype /Widget").dropFirst()
        #expect(widgets.count == 2)
        for widget in widgets {
            let dictionary = widget.prefix { $0 != "\n" }
            #expect(dictionary.contains("/F 4") && dictionary.contains("/AP << /N "))
        }
    }

    /// Signature and seal images are figures that say what they show (ISO 32000-1 §14.9.3, `/Alt`).
    @Test func figuresSayWhatTheyShow() throws {
        let (rendered, _) = try Self.render(Repository.root + "/examples/cong-van-ky-so.json", pdfa: false)
        let text = String(decoding: rendered.pdf, as: UTF8.self)
        var alternatives: [String] = []
        var rest = text[...]
        while let key = rest.range(of: "/Alt <FEFF") {
            // Each /Alt is in a Figure element's own dictionary.
            let object = rest[key.lowerBound...].prefix { $0 != ">" || true }.prefix(400)
            let dictionaryEnd = object.range(of: "endobj").map { object[..<$0.lowerBound] } ?? object
            #expect(dictionaryEnd.contains("/S /Figure"), "\(dictionaryEnd)")
            let hex = rest[key.upperBound...].prefix { $0 != ">" }
            var units: [UInt16] = []
            var i = hex.startIndex
            while let end = hex.index(i, offsetBy: 4, limitedBy: hex.endIndex), i < hex.endIndex {
                units.append(UInt16(hex[i..<end], radix: 16) ?? 0)
                i = end
            }
            alternatives.append(String(decoding: units, as: UTF16.self))
            rest = rest[key.upperBound...]
        }
        let name = try #require(rendered.layout.line(.signerName)).text
        #expect(alternatives == ["Chữ ký của \(name)", "Dấu đóng trên chữ ký của \(name)"], "\(alternatives)")
    }

    /// A table's header cells say they head their column (`/Scope /Column`).
    @Test func headerCellsHeadTheirColumns() throws {
        let (rendered, file) = try Self.render(Repository.root + "/examples/ke-hoach-ngan-sach.json", pdfa: false)
        let text = String(decoding: rendered.pdf, as: UTF8.self)
        let headers = text.components(separatedBy: "/S /TH").count - 1
        #expect(headers > 0)
        #expect(text.components(separatedBy: "/A << /O /Table /Scope /Column >>").count - 1 == headers)
        #expect(try Run.program("qpdf", ["--check", file.path]).status == 0)
    }
}

