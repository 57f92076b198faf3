#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VanBanModel
import VanBanRender

/// Loads the signature and seal images a document names: `data:` URLs, or files relative to the
/// document's folder. A file must resolve (symbolic links followed) inside the allowed folders —
/// the document's own folder by default — so a document can never read other files of the
/// machine; every image is bounded in size. Every problem is a diagnostic with the JSON pointer of
/// the reference.
enum ImageLoader {
    static func load(_ document: Document, options: RenderOptions) throws(DiagnosticError) -> [String: PNGImage] {
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
        for (i, attachment) in document.attachments.enumerated() { collect(attachment.signers ?? [], "/attachments/\(i)/signers") }
        guard !references.isEmpty else { return [:] }
        let roots = (options.allowedDirectories ?? options.baseDirectory.map { [$0] } ?? []).compactMap(realPath)
        var images: [String: PNGImage] = [:]
        var problems: [Diagnostic] = []
        func problem(_ path: String, code: String = "MODEL.IMAGE", _ message: String, _ hint: String) {
            problems.append(Diagnostic(.error, code: code, path: path, message: message, hint: hint))
        }
        let scaleDown = "scale the image down (a seal needs about 600 × 600 pixels)"
        for (reference, path) in references where images[reference] == nil {
            let bytes: [UInt8]
            let what: String
            if reference.hasPrefix("data:") {
                // Base64 is 4/3 of the bytes: refuse before decoding.
                guard reference.utf8.count / 4 * 3 <= options.limits.imageBytes + 3 else {
                    problem(path, code: "MODEL.IMAGE_TOO_LARGE", "the data: URL holds about \(InputLimits.describe(bytes: reference.utf8.count / 4 * 3)); an image may be at most \(InputLimits.describe(bytes: options.limits.imageBytes))",
                            scaleDown)
                    continue
                }
                guard let decoded = DataURL.decode(reference) else {
                    problem(path, "cannot read the data: URL", "write data:image/png;base64,<base64 of the PNG file>")
                    continue
                }
                bytes = decoded
                what = "the data: URL"
            } else {
                guard let baseDirectory = options.baseDirectory else {
                    problem(path, "the image '\(reference)' is a file, but this document has no folder to read it from",
                            "give the image as a data:image/png;base64,… URL")
                    continue
                }
                let file = reference.hasPrefix("/") ? reference : baseDirectory + "/" + reference
                guard let resolved = realPath(file) else {
                    problem(path, "cannot read '\(reference)'", "the path is relative to the document's folder; check that the file exists")
                    continue
                }
                guard roots.contains(where: { resolved == $0 || resolved.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                    problem(path, code: "MODEL.IMAGE_OUTSIDE", "'\(reference)' is outside the folders images may come from",
                            "keep images in the document's folder, allow another folder (vanban --allow-dir), or use a data: URL")
                    continue
                }
                switch FileBytes.readRegularFile(resolved, limit: options.limits.imageBytes) {
                case .bytes(let read): bytes = read
                case .notRegular:
                    problem(path, "'\(reference)' is not a regular file (a folder, a device or a pipe)", "name a PNG file")
                    continue
                case .tooLarge:
                    problem(path, code: "MODEL.IMAGE_TOO_LARGE", "'\(reference)' is larger than \(InputLimits.describe(bytes: options.limits.imageBytes))",
                            scaleDown)
                    continue
                case .unreadable(let reason):
                    problem(path, "cannot read '\(reference)': \(reason)", "check that the file is readable")
                    continue
                }
                what = "'\(reference)'"
            }
            do {
                let image = try PNGImage(bytes: bytes)
                // Both sides are at most PNGImage.maxSide: the product cannot overflow.
                guard image.width * image.height <= options.limits.imagePixels else {
                    problem(path, code: "MODEL.IMAGE_TOO_LARGE",
                            "\(what) is \(image.width) × \(image.height) pixels; an image may have at most \(options.limits.imagePixels / 1_000_000) megapixels",
                            scaleDown)
                    continue
                }
                guard PNGDecoder.decodes(image) else {
                    problem(path, "\(what) is damaged: its pixels cannot be decoded (the file is cut short, a checksum is wrong, or the data is not PNG)",
                            "open the image in an image editor and save it again as PNG")
                    continue
                }
                images[reference] = image
            } catch {
                if case .tooLarge = error {
                    problem(path, code: "MODEL.IMAGE_TOO_LARGE", "\(what) is \(error)", scaleDown)
                } else {
                    problem(path, "\(what) is \(error)", "signature and seal images are PNG files (with a transparent background)")
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return images
    }

    /// The absolute path with symbolic links, `.` and `..` resolved; nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
