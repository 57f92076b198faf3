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
        func problem(_ path: String, _ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
            problems.append(Diagnostic(.error, key, path: path, arguments))
        }
        let limit = InputLimits.describe(bytes: options.limits.imageBytes)
        for (reference, path) in references where images[reference] == nil {
            let bytes: [UInt8]
            let what: MessageArgument
            if reference.hasPrefix("data:") {
                // Base64 is 4/3 of the bytes: refuse before decoding.
                guard reference.utf8.count / 4 * 3 <= options.limits.imageBytes + 3 else {
                    problem(path, .modelImageTooLargeDataUrl, ["size": InputLimits.describe(bytes: reference.utf8.count / 4 * 3), "limit": limit])
                    continue
                }
                guard let decoded = DataURL.decode(reference) else {
                    problem(path, .modelImageDataUrl)
                    continue
                }
                bytes = decoded
                what = .term(.imageDataUrl)
            } else {
                guard let baseDirectory = options.baseDirectory else {
                    problem(path, .modelImageNoFolder, ["file": .text(reference)])
                    continue
                }
                let file = reference.hasPrefix("/") ? reference : baseDirectory + "/" + reference
                guard let resolved = realPath(file) else {
                    problem(path, .modelImageMissing, ["file": .text(reference)])
                    continue
                }
                guard roots.contains(where: { resolved == $0 || resolved.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) else {
                    problem(path, .modelImageOutside, ["file": .text(reference)])
                    continue
                }
                switch FileBytes.readRegularFile(resolved, limit: options.limits.imageBytes) {
                case .bytes(let read): bytes = read
                case .notRegular:
                    problem(path, .modelImageNotRegular, ["file": .text(reference)])
                    continue
                case .tooLarge:
                    problem(path, .modelImageTooLargeFile, ["file": .text(reference), "limit": limit])
                    continue
                case .unreadable(let reason):
                    problem(path, .modelImageUnreadable, ["file": .text(reference), "reason": .text(reason)])
                    continue
                }
                what = .text("'\(reference)'")
            }
            do {
                let image = try PNGImage(bytes: bytes)
                // Both sides are at most PNGImage.maxSide: the product cannot overflow.
                guard image.width * image.height <= options.limits.imagePixels else {
                    problem(path, .modelImageTooLargePixels, ["image": what, "width": .number(image.width), "height": .number(image.height),
                                                              "limit": .number(options.limits.imagePixels / 1_000_000)])
                    continue
                }
                guard PNGDecoder.decodes(image) else {
                    problem(path, .modelImageDamaged, ["image": what])
                    continue
                }
                images[reference] = image
            } catch {
                switch error {
                case .tooLarge(let width, let height):
                    problem(path, .modelImageTooLargeSide, ["image": what, "width": .number(width), "height": .number(height),
                                                            "limit": .number(PNGImage.maxSide)])
                case .notPNG: problem(path, .modelImageNotPng, ["image": what])
                case .truncated: problem(path, .modelImageTruncated, ["image": what])
                case .empty: problem(path, .modelImageEmpty, ["image": what])
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
