/// MD5 (RFC 1321), used only for the PDF file identifier `/ID`, which ISO 32000-1 §14.4
/// suggests computing with MD5. Not for security.
///
/// Written for speed (the identifier is computed for every document of a batch): whole blocks
/// are read straight from the caller's bytes, the 64 steps are unrolled, and only the last one or
/// two blocks are copied for padding.
public struct MD5 {
    private var a: UInt32 = 0x67452301, b: UInt32 = 0xefcdab89, c: UInt32 = 0x98badcfe, d: UInt32 = 0x10325476
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() { pending.reserveCapacity(64) }

    /// The 16-byte digest of `message`.
    public static func hash(_ message: [UInt8]) -> [UInt8] {
        var md5 = MD5()
        md5.update(message)
        return md5.finish()
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            offset = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0.baseAddress!) }
            pending.removeAll(keepingCapacity: true)
        }
        while bytes.count - offset >= 64 {
            compress(bytes.baseAddress! + offset)
            offset += 64
        }
        if offset < bytes.count { pending.append(contentsOf: bytes[offset...]) }
    }

    /// The digest; the value must not be updated afterwards.
    public mutating func finish() -> [UInt8] {
        let bitLength = length &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for i in 0..<8 { tail.append(UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(i)))) }
        tail.withUnsafeBytes { raw in
            for block in stride(from: 0, to: raw.count, by: 64) { compress(raw.baseAddress! + block) }
        }
        var digest: [UInt8] = []
        digest.reserveCapacity(16)
        for word in [a, b, c, d] {
            for i in 0..<4 { digest.append(UInt8(truncatingIfNeeded: word >> (8 * UInt32(i)))) }
        }
        return digest
    }

    // The four auxiliary functions and one step (RFC 1321 §3.4).
    @inline(__always) private static func f(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { z ^ (x & (y ^ z)) }
    @inline(__always) private static func g(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { y ^ (z & (x ^ y)) }
    @inline(__always) private static func h(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { x ^ y ^ z }
    @inline(__always) private static func i(_ x: UInt32, _ y: UInt32, _ z: UInt32) -> UInt32 { y ^ (x | ~z) }
    @inline(__always) private static func step(_ a: inout UInt32, _ b: UInt32, _ f: UInt32, _ m: UInt32, _ t: UInt32, _ s: UInt32) {
        let sum = a &+ f &+ m &+ t
        a = b &+ (sum << s | sum >> (32 - s))
    }

    /// One 64-byte block; the constants are T[i] = floor(2^32 × |sin(i + 1)|) (RFC 1321 §3.4).
    private mutating func compress(_ block: UnsafeRawPointer) {
        var m: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32,
                UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &m) { $0.copyMemory(from: UnsafeRawBufferPointer(start: block, count: 64)) }
        // MD5 words are little-endian, as is every platform Swift runs VanBan on (x86-64, arm64).
        var a = self.a, b = self.b, c = self.c, d = self.d
        typealias S = MD5
        S.step(&a, b, S.f(b, c, d), m.0, 0xd76aa478, 7); S.step(&d, a, S.f(a, b, c), m.1, 0xe8c7b756, 12)
        S.step(&c, d, S.f(d, a, b), m.2, 0x242070db, 17); S.step(&b, c, S.f(c, d, a), m.3, 0xc1bdceee, 22)
        S.step(&a, b, S.f(b, c, d), m.4, 0xf57c0faf, 7); S.step(&d, a, S.f(a, b, c), m.5, 0x4787c62a, 12)
        S.step(&c, d, S.f(d, a, b), m.6, 0xa8304613, 17); S.step(&b, c, S.f(c, d, a), m.7, 0xfd469501, 22)
        S.step(&a, b, S.f(b, c, d), m.8, 0x698098d8, 7); S.step(&d, a, S.f(a, b, c), m.9, 0x8b44f7af, 12)
        S.step(&c, d, S.f(d, a, b), m.10, 0xffff5bb1, 17); S.step(&b, c, S.f(c, d, a), m.11, 0x895cd7be, 22)
        S.step(&a, b, S.f(b, c, d), m.12, 0x6b901122, 7); S.step(&d, a, S.f(a, b, c), m.13, 0xfd987193, 12)
        S.step(&c, d, S.f(d, a, b), m.14, 0xa679438e, 17); S.step(&b, c, S.f(c, d, a), m.15, 0x49b40821, 22)

        S.step(&a, b, S.g(b, c, d), m.1, 0xf61e2562, 5); S.step(&d, a, S.g(a, b, c), m.6, 0xc040b340, 9)
        S.step(&c, d, S.g(d, a, b), m.11, 0x265e5a51, 14); S.step(&b, c, S.g(c, d, a), m.0, 0xe9b6c7aa, 20)
        S.step(&a, b, S.g(b, c, d), m.5, 0xd62f105d, 5); S.step(&d, a, S.g(a, b, c), m.10, 0x02441453, 9)
        S.step(&c, d, S.g(d, a, b), m.15, 0xd8a1e681, 14); S.step(&b, c, S.g(c, d, a), m.4, 0xe7d3fbc8, 20)
        S.step(&a, b, S.g(b, c, d), m.9, 0x21e1cde6, 5); S.step(&d, a, S.g(a, b, c), m.14, 0xc33707d6, 9)
        S.step(&c, d, S.g(d, a, b), m.3, 0xf4d50d87, 14); S.step(&b, c, S.g(c, d, a), m.8, 0x455a14ed, 20)
        S.step(&a, b, S.g(b, c, d), m.13, 0xa9e3e905, 5); S.step(&d, a, S.g(a, b, c), m.2, 0xfcefa3f8, 9)
        S.step(&c, d, S.g(d, a, b), m.7, 0x676f02d9, 14); S.step(&b, c, S.g(c, d, a), m.12, 0x8d2a4c8a, 20)

        S.step(&a, b, S.h(b, c, d), m.5, 0xfffa3942, 4); S.step(&d, a, S.h(a, b, c), m.8, 0x8771f681, 11)
        S.step(&c, d, S.h(d, a, b), m.11, 0x6d9d6122, 16); S.step(&b, c, S.h(c, d, a), m.14, 0xfde5380c, 23)
        S.step(&a, b, S.h(b, c, d), m.1, 0xa4beea44, 4); S.step(&d, a, S.h(a, b, c), m.4, 0x4bdecfa9, 11)
        S.step(&c, d, S.h(d, a, b), m.7, 0xf6bb4b60, 16); S.step(&b, c, S.h(c, d, a), m.10, 0xbebfbc70, 23)
        S.step(&a, b, S.h(b, c, d), m.13, 0x289b7ec6, 4); S.step(&d, a, S.h(a, b, c), m.0, 0xeaa127fa, 11)
        S.step(&c, d, S.h(d, a, b), m.3, 0xd4ef3085, 16); S.step(&b, c, S.h(c, d, a), m.6, 0x04881d05, 23)
        S.step(&a, b, S.h(b, c, d), m.9, 0xd9d4d039, 4); S.step(&d, a, S.h(a, b, c), m.12, 0xe6db99e5, 11)
        S.step(&c, d, S.h(d, a, b), m.15, 0x1fa27cf8, 16); S.step(&b, c, S.h(c, d, a), m.2, 0xc4ac5665, 23)

        S.step(&a, b, S.i(b, c, d), m.0, 0xf4292244, 6); S.step(&d, a, S.i(a, b, c), m.7, 0x432aff97, 10)
        S.step(&c, d, S.i(d, a, b), m.14, 0xab9423a7, 15); S.step(&b, c, S.i(c, d, a), m.5, 0xfc93a039, 21)
        S.step(&a, b, S.i(b, c, d), m.12, 0x655b59c3, 6); S.step(&d, a, S.i(a, b, c), m.3, 0x8f0ccc92, 10)
        S.step(&c, d, S.i(d, a, b), m.10, 0xffeff47d, 15); S.step(&b, c, S.i(c, d, a), m.1, 0x85845dd1, 21)
        S.step(&a, b, S.i(b, c, d), m.8, 0x6fa87e4f, 6); S.step(&d, a, S.i(a, b, c), m.15, 0xfe2ce6e0, 10)
        S.step(&c, d, S.i(d, a, b), m.6, 0xa3014314, 15); S.step(&b, c, S.i(c, d, a), m.13, 0x4e0811a1, 21)
        S.step(&a, b, S.i(b, c, d), m.4, 0xf7537e82, 6); S.step(&d, a, S.i(a, b, c), m.11, 0xbd3af235, 10)
        S.step(&c, d, S.i(d, a, b), m.2, 0x2ad7d2bb, 15); S.step(&b, c, S.i(c, d, a), m.9, 0xeb86d391, 21)

        self.a = self.a &+ a; self.b = self.b &+ b; self.c = self.c &+ c; self.d = self.d &+ d
    }
}
