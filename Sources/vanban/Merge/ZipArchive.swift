import CZlib
import VanBan

/// The parts of a zip file (an .xlsx workbook is one: docs/merge.md, "XLSX"), read from memory
/// through the central directory (APPNOTE 6.3, §4.3): stored and deflate entries, each checked
/// against its CRC-32. Everything is bounded before it is unpacked — the number of entries, the
/// size of each part and of all parts read, and the compression ratio — so a zip bomb or a
/// damaged file is a diagnostic, never exhausted memory.
struct ZipArchive {
    struct Entry {
        var name: String
        var method: UInt16
        var flags: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    /// Bounds on what an archive may unpack to.
    struct Bounds {
        var entries = 10_000
        /// One part, unpacked.
        var entryBytes = 32 << 20
        /// Every part read from one archive, unpacked.
        var totalBytes = 64 << 20
        /// Unpacked bytes per packed byte, for parts larger than 1 MB (text XML packs 5–30 to 1).
        var ratio = 200
    }

    let file: String
    let bytes: [UInt8]
    let entries: [String: Entry]
    var bounds: Bounds
    private(set) var bytesRead = 0

    init(_ bytes: [UInt8], file: String, bounds: Bounds = Bounds()) throws(DiagnosticError) {
        self.file = file
        self.bytes = bytes
        self.bounds = bounds
        func damaged() -> DiagnosticError { DiagnosticError([Diagnostic(.error, .xlsxZipTruncated, path: "", ["file": .text(file)])]) }
        // The end-of-central-directory record: 22 bytes and a comment of at most 65,535.
        guard bytes.count >= 22 else { throw damaged() }
        var end = -1
        var position = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while position >= lowest {
            if Self.u32(bytes, position) == 0x0605_4B50 { end = position; break }
            position -= 1
        }
        guard end >= 0 else { throw damaged() }
        let count = Int(Self.u16(bytes, end + 10))
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        guard count <= bounds.entries else {
            throw DiagnosticError([Diagnostic(.error, .xlsxTooManyEntries, path: "", ["file": .text(file), "count": .number(count),
                                                                                     "limit": .number(bounds.entries)])])
        }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else { throw damaged() }
        var entries: [String: Entry] = [:]
        var at = directoryOffset
        for _ in 0..<count {
            guard at + 46 <= end, Self.u32(bytes, at) == 0x0201_4B50 else { throw damaged() }
            let nameLength = Int(Self.u16(bytes, at + 28))
            let extraLength = Int(Self.u16(bytes, at + 30))
            let commentLength = Int(Self.u16(bytes, at + 32))
            let next = at + 46 + nameLength + extraLength + commentLength
            guard next <= end else { throw damaged() }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries[name] = Entry(name: name, method: Self.u16(bytes, at + 10), flags: Self.u16(bytes, at + 8),
                                  crc: Self.u32(bytes, at + 16), compressedSize: Int(Self.u32(bytes, at + 20)),
                                  size: Int(Self.u32(bytes, at + 24)), localHeaderOffset: Int(Self.u32(bytes, at + 42)))
            at = next
        }
        self.entries = entries
    }

    /// The unpacked bytes of the part `name`, or nil when the archive has no such part.
    mutating func read(_ name: String) throws(DiagnosticError) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        let arguments: [String: MessageArgument] = ["file": .text(file), "entry": .text(name)]
        func fail(_ key: MessageKey, _ extra: [String: MessageArgument] = [:]) -> DiagnosticError {
            DiagnosticError([Diagnostic(.error, key, path: "", arguments.merging(extra) { $1 })])
        }
        guard entry.flags & 1 == 0 else { throw fail(.xlsxZipEncrypted) }
        guard entry.method == 0 || entry.method == 8 else { throw fail(.xlsxZipMethod, ["method": .number(Int(entry.method))]) }
        // Sizes of 0xFFFFFFFF say the real ones are in a Zip64 field: far past every bound here.
        let ratio = entry.compressedSize > 0 ? entry.size / entry.compressedSize : entry.size
        let (total, overflow) = bytesRead.addingReportingOverflow(entry.size)
        if entry.size > bounds.entryBytes || overflow || total > bounds.totalBytes || (entry.size > 1 << 20 && ratio > bounds.ratio) {
            throw fail(.xlsxBomb, ["size": InputLimits.describe(bytes: entry.size), "ratio": .number(ratio),
                                   "limit": InputLimits.describe(bytes: min(bounds.entryBytes, bounds.totalBytes - bytesRead))])
        }
        let local = entry.localHeaderOffset
        guard local <= bytes.count - 30, Self.u32(bytes, local) == 0x0403_4B50 else { throw fail(.xlsxZipEntry) }
        let start = local + 30 + Int(Self.u16(bytes, local + 26)) + Int(Self.u16(bytes, local + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw fail(.xlsxZipTruncated) }
        let packed = bytes[start..<(start + entry.compressedSize)]
        let unpacked: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.size else { throw fail(.xlsxZipEntry) }
            unpacked = Array(packed)
        } else {
            guard let inflated = Inflater.inflate(Array(packed), expectedSize: entry.size) else { throw fail(.xlsxZipEntry) }
            unpacked = inflated
        }
        let crc = unpacked.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        guard crc == entry.crc else { throw fail(.xlsxZipEntry) }
        bytesRead = total
        return unpacked
    }

    static func u16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }
    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}

/// Raw deflate (RFC 1951) through zlib's `inflate` with a window of -15 bits (no zlib header).
enum Inflater {
    /// Exactly `expectedSize` bytes, or nil when the stream is damaged, ends early, or would give
    /// more: the output never grows past what the directory declared.
    static func inflate(_ input: [UInt8], expectedSize: Int) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        // One byte of room more than declared: a stream that fills it is longer than it says.
        var output = [UInt8](repeating: 0, count: expectedSize + 1)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expectedSize else { return nil }
        output.removeLast()
        return output
    }
}
