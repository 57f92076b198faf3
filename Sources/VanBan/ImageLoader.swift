import VanBanModel

/// Loads the signature and seal images a document names: `data:` URLs, or files relative to the
/// document's folder. Every problem is a diagnostic with the JSON pointer of the reference.
enum ImageLoader {
    static func load(_ document: Document, baseDirectory: String?) throws(DiagnosticError) -> [String: PNGImage] {
        var references: [(String, String)] = []
        func collect(_ signers: [Signer], _ path: String) {
            for (i, signer) in signers.enumerated() {
                let base = JSONPointer.appending(path, index: i)
                if let s = signer.signature { references.append((s, JSONPointer.appending(base, key: "signature"))) }
                if let s = signer.seal { references.append((s, JSONPointer.appending(base, key: "seal"))) }
            }
        }
        collect(document.signers, "/signers")
        if let copy = document.copy { collect(copy.signers, "/copy/signers") }
        guard !references.isEmpty else { return [:] }
        var images: [String: PNGImage] = [:]
        var problems: [Diagnostic] = []
        for (reference, path) in references where images[reference] == nil {
            let bytes: [UInt8]?
            let what: String
            if reference.hasPrefix("data:") {
                bytes = DataURL.decode(reference)
                what = "the data: URL"
            } else if let baseDirectory {
                let file = reference.hasPrefix("/") ? reference : baseDirectory + "/" + reference
                bytes = FileBytes.read(file)
                what = "'\(reference)'"
            } else {
                problems.append(Diagnostic(.error, code: "MODEL.IMAGE", path: path,
                                           message: "the image '\(reference)' is a file, but this document has no folder to read it from",
                                           hint: "give the image as a data:image/png;base64,… URL"))
                continue
            }
            guard let bytes else {
                problems.append(Diagnostic(.error, code: "MODEL.IMAGE", path: path, message: "cannot read \(what)",
                                           hint: reference.hasPrefix("data:") ? "write data:image/png;base64,<base64 of the PNG file>"
                                               : "the path is relative to the document's folder; check that the file exists"))
                continue
            }
            do {
                images[reference] = try PNGImage(bytes: bytes)
            } catch {
                problems.append(Diagnostic(.error, code: "MODEL.IMAGE", path: path, message: "\(what) is \(error)",
                                           hint: "signature and seal images are PNG files (with a transparent background)"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return images
    }
}
