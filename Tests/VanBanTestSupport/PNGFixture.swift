/// PNG files made in memory for tests: real ones (stored deflate blocks, correct checksums) and
/// broken ones (a header that lies, a bad checksum, cut short, data that is not deflate).
public enum PNGFixture {
    /// A `width` × `height` RGBA image of one colour.
    public static func solid(width: Int, height: Int, rgba: [UInt8] = [200, 0, 0, 255]) -> [UInt8] {
        var raw: [UInt8] = []
        for _ in 0..<height {
            raw.append(0)
            for _ in 0..<width { raw += rgba }
        }
        return file(width: width, height: height, idat: zlibStored(raw))
    }

    /// A PNG whose header claims `width` × `height` and whose data is `idat` as given.
    public static func file(width: Int, height: Int, idat: [UInt8], badChecksum: Bool = false) -> [UInt8] {
        var header: [UInt8] = []
        header += be32(UInt32(truncatingIfNeeded: width)) + be32(UInt32(truncatingIfNeeded: height))
        header += [8, 6, 0, 0, 0]  // 8 bits, RGBA, deflate, no filter method, not interlaced
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", idat, badChecksum: badChecksum)
            + chunk("IEND", [])
    }

    /// `bytes` in a zlib stream of stored (uncompressed) deflate blocks.
    public static func zlibStored(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let count = min(65535, bytes.count - offset)
            let final: UInt8 = offset + count == bytes.count ? 1 : 0
            out += [final, UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += bytes[offset..<(offset + count)]
            offset += count
        } while offset < bytes.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        return out + be32(b << 16 | a)
    }

    /// `data:image/png;base64,…`
    public static func dataURL(_ png: [UInt8]) -> String {
        "data:image/png;base64," + Data(png).base64EncodedString()
    }

    static func chunk(_ type: String, _ data: [UInt8], badChecksum: Bool = false) -> [UInt8] {
        let body = Array(type.utf8) + data
        return be32(UInt32(data.count)) + body + be32(crc32(body) ^ (badChecksum ? 1 : 0))
    }

    static func be32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        ~bytes.reduce(~UInt32(0)) { table[Int(($0 ^ UInt32($1)) & 0xFF)] ^ ($0 >> 8) }
    }
}

import Foundation
