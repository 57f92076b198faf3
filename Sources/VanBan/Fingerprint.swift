#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBanModel
import VanBanProfile
import VanBanRender
import VanBanText

/// VanBan's version, part of every PDF's identifier.
public enum VanBanVersion {
    /// `major.minor.patch`; also `vanban --version`, the HTTP `Server` header and `/healthz`.
    public static let string = "0.8.0"
}

/// What the bytes of a PDF depend on, hashed. The result is the file identifier `/ID` of the PDF
/// (ISO 32000-1 §14.4: "based on the contents"; the same input always gives the same file, so the
/// identifier of the input is the identifier of the output), and it lets `vanban batch
/// --skip-unchanged` see from an existing PDF's last bytes that it is already up to date.
enum Fingerprint {
    /// VanBan's version, the faces (name, size and whole-file checksum of each, as loaded) and
    /// every profile file of the layouts folder.
    static func resources(fonts: FontBook, profiles: ProfileStore) -> [UInt8] {
        var md5 = MD5()
        md5.update(Array("VanBan \(VanBanVersion.string)\n".utf8))
        func add(_ face: FontFace, _ role: String) {
            let bytes = face.bytes
            // `head.checkSumAdjustment` makes the whole file sum to a constant: a checksum of it.
            var adjustment: [UInt8] = []
            if let head = TableDirectory.range(of: "head", in: bytes), head.count >= 12 { adjustment = Array(bytes[(head.lowerBound + 8)..<(head.lowerBound + 12)]) }
            md5.update(Array("\(role)|\(face.familyName)|\(face.styleName)|\(bytes.count)|".utf8) + adjustment)
        }
        for style in FontStyle.allCases { add(fonts.face(style), "\(style)") }
        if let fallback = fonts.fallback { add(fallback, "fallback") }
        for file in profiles.names.map({ $0 + ".json" }).sorted() {
            md5.update(Array("\n\(file)\n".utf8))
            md5.update(profiles.fileBytes(String(file.dropLast(5))) ?? [])
        }
        return md5.finish()
    }

    /// The identifier of one render: the resources, the options that change the bytes, the
    /// images and the document's source.
    static func render(source: [UInt8], resources: [UInt8], options: RenderOptions, images: [String: PNGImage]) -> [UInt8] {
        var md5 = MD5()
        md5.update(resources)
        md5.update(Array("\ncreated:\(options.created?.iso ?? "")\n".utf8))
        if options.pdfa { md5.update(Array("pdfa:2u\n".utf8)) }
        for reference in images.keys.sorted() {
            md5.update(Array("image:\(reference)\n".utf8))
            md5.update(MD5.hash(images[reference]!.bytes))
        }
        md5.update(Array("source:\n".utf8))
        md5.update(source)
        return md5.finish()
    }
}

extension Engine {
    /// The page count of an existing PDF, given its last bytes (for the identifier) and a way to
    /// read the whole file (for the page tree, read only when the identifier matches), when it is
    /// exactly what rendering `json` with `options` would write now (the same identifier and
    /// signature fields); nil otherwise, and when its pages cannot be counted
    /// (`vanban batch --skip-unchanged`).
    public func pageCountIfCurrent(json: [UInt8], options: RenderOptions, existingTail tail: [UInt8],
                                   wholeFile: () -> [UInt8]?) throws(DiagnosticError) -> Int? {
        guard let existing = PDFIdentifier.read(fromEnd: tail), try identifier(json: json, options: options) == existing,
              PDFIdentifier.hasSignatureFields(fromEnd: tail) == options.signatureFields else { return nil }
        return wholeFile().flatMap(PDFIdentifier.pageCount(of:))
    }
}
