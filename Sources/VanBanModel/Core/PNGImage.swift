/// A PNG image: its bytes and pixel size. Checked, not decoded (drawing decodes it); its size on
/// the page comes from the profile (a signature box, a seal), never from the file's resolution.
public struct PNGImage: Sendable, Hashable {
    /// The PNG file's bytes, as given.
    public let bytes: [UInt8]
    /// Width in pixels, from the IHDR chunk.
    public let width: Int
    /// Height in pixels, from the IHDR chunk.
    public let height: Int

    public static func == (a: PNGImage, b: PNGImage) -> Bool { a.bytes == b.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes.count); hasher.combine(width); hasher.combine(height) }

    /// Why bytes are not a usable PNG (worded by the catalogues' `MODEL.IMAGE/…`).
    public enum Problem: Error, Sendable, Equatable {
        case notPNG, truncated, empty
        /// Wider or taller than `maxSide` pixels.
        case tooLarge(width: Int, height: Int)
    }

    /// The widest and tallest image drawn: Cairo's image surfaces stop at 32767 pixels, and a
    /// header may claim up to 2³² − 1 (whose square does not fit in a 64-bit integer).
    public static let maxSide = 32767

    /// Checks the signature and reads the header (IHDR).
    public init(bytes: [UInt8]) throws(Problem) {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { throw .notPNG }
        guard bytes.count >= 33, bytes[12..<16].elementsEqual(Array("IHDR".utf8)) else { throw .truncated }
        func be32(_ at: Int) -> Int { Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3]) }
        let width = be32(16), height = be32(20)
        guard width > 0, height > 0 else { throw .empty }
        guard width <= Self.maxSide, height <= Self.maxSide else { throw .tooLarge(width: width, height: height) }
        self.bytes = bytes
        self.width = width
        self.height = height
    }

    /// Height over width.
    public var aspect: Double { Double(height) / Double(width) }
}

/// `data:` URLs (RFC 2397) with base64 content.
public enum DataURL {
    /// The bytes of a `data:…;base64,…` URL; nil when it is not one.
    public static func decode(_ url: String) -> [UInt8]? {
        guard url.hasPrefix("data:"), let comma = url.firstIndex(of: ","),
              url[..<comma].hasSuffix(";base64") else { return nil }
        return Base64.decode(url[url.index(after: comma)...])
    }

    /// `bytes` as a `data:` URL of `mediaType`.
    public static func encode(_ bytes: [UInt8], mediaType: String) -> String {
        "data:" + mediaType + ";base64," + Base64.encode(bytes)
    }
}
