/// Removes TrueType hinting from a font, in memory, before it is used.
///
/// Hinting (the `fpgm`, `prep` and `cvt ` programs and each glyph's instructions) fits outlines
/// to a screen's pixel grid. VanBan never uses it: HarfBuzz positions glyphs from the unhinted
/// metrics and Cairo draws with hinting off (docs/architecture.md, "Text and fonts"). Yet Cairo copies the programs and the
/// instructions into every font subset it embeds — for Liberation Serif they are 44 % of the
/// file — and then compresses them, twice per face (its Latin and CID subsets). Without them
/// every PDF is about half the size and renders faster (docs/performance.md).
///
/// Only the hinting goes: every glyph, outline, metric, name and layout table stays as it is, so
/// shaping and layout give the same positions. Fonts that are not TrueType-outline fonts (CFF,
/// collections) are left alone.
public enum HintStripper {
    /// Tables that only serve hinting or hinted device metrics.
    static let droppedTables: Set<String> = ["fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX"]

    /// The font without hinting, or nil when `font` is not a TrueType font this can rewrite
    /// (the caller keeps the original then).
    public static func strip(_ font: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let stripped = unhinted(font) else { return nil }
        defer { stripped.deallocate() }
        return Array(stripped)
    }

    /// `strip`'s bytes in memory the caller owns (and deallocates): `FontFace` hands them to
    /// HarfBuzz as they are, without a copy into an array and out of it again.
    public static func unhinted(_ font: UnsafeRawBufferPointer) -> UnsafeMutableBufferPointer<UInt8>? {
        guard let tables = TableDirectory(font), tables.version == 0x0001_0000 || tables.version == 0x7472_7565,
              let head = tables["head"], head.count >= 54, let maxp = tables["maxp"], maxp.count >= 6,
              let loca = tables["loca"], let glyf = tables["glyf"] else { return nil }
        let glyphCount = Int(read16(font, maxp.lowerBound + 4))
        let longOffsets = read16(font, head.lowerBound + 50) == 1
        guard loca.count >= (glyphCount + 1) * (longOffsets ? 4 : 2) else { return nil }
        func offset(_ i: Int) -> Int {
            longOffsets ? Int(read32(font, loca.lowerBound + 4 * i)) : Int(read16(font, loca.lowerBound + 2 * i)) * 2
        }
        let kept = tables.entries.filter { !droppedTables.contains($0.tag) }
        let locaSize = (glyphCount + 1) * 4
        // Room for everything: the tables as they are (glyf only shrinks), a long loca, padding.
        let capacity = 12 + 16 * kept.count + kept.reduce(0) { $0 + $1.range.count + 3 } + locaSize + 3 * glyphCount + 64
        var failed = false
        func write(into buffer: UnsafeMutablePointer<UInt8>) -> Int? {
            var w = ByteWriter(buffer)
            // Table directory, filled in below.
            w.skip(12 + 16 * kept.count)
            var records: [(tag: String, offset: Int, length: Int)] = []
            var locaOffsets: [UInt32] = []
            locaOffsets.reserveCapacity(glyphCount + 1)
            for entry in kept {
                let start = w.position
                switch entry.tag {
                case "glyf":
                    // Glyphs without instructions, each 4-byte aligned; loca follows in the long format.
                    var to = offset(0)
                    for i in 0..<glyphCount {
                        locaOffsets.append(UInt32(w.position - start))
                        let from = to
                        to = offset(i + 1)
                        guard from <= to, glyf.lowerBound + to <= glyf.upperBound else { failed = true; break }
                        if from == to { continue }
                        guard stripGlyph(font, from: glyf.lowerBound + from, to: glyf.lowerBound + to, into: &w) else { failed = true; break }
                        w.align()
                    }
                    locaOffsets.append(UInt32(w.position - start))
                case "loca":
                    // Written after glyf (tables keep their order; loca's place is reserved).
                    w.skip(locaSize)
                case "head":
                    w.copy(font, entry.range)
                    w.put16(at: start + 50, 1)  // indexToLocFormat: long
                    w.put32(at: start + 8, 0)   // checkSumAdjustment, set last
                default:
                    w.copy(font, entry.range)
                }
                if failed { break }
                records.append((entry.tag, start, w.position - start))
                w.align()
            }
            guard !failed, locaOffsets.count == glyphCount + 1, let locaRecord = records.first(where: { $0.tag == "loca" }),
                  records.contains(where: { $0.tag == "glyf" }) else {
                return nil
            }
            for (i, value) in locaOffsets.enumerated() { w.put32(at: locaRecord.offset + 4 * i, value) }
            records = records.map { $0.tag == "loca" ? ($0.tag, $0.offset, locaSize) : $0 }
            // The directory: sorted tags as in the source, fresh checksums.
            var power = 1, exponent = 0
            while power * 2 <= records.count { power *= 2; exponent += 1 }
            w.put32(at: 0, tables.version)
            w.put16(at: 4, UInt16(records.count))
            w.put16(at: 6, UInt16(power * 16))
            w.put16(at: 8, UInt16(exponent))
            w.put16(at: 10, UInt16(records.count * 16 - power * 16))
            var headOffset = 0
            var total: UInt32 = 0
            for (i, record) in records.enumerated() {
                let at = 12 + 16 * i
                let tag = Array(record.tag.utf8)
                for k in 0..<4 { w.base.storeBytes(of: tag[k], toByteOffset: at + k, as: UInt8.self) }
                let sum = checksum(UnsafeRawBufferPointer(start: w.base + record.offset, count: record.length))
                total &+= sum
                w.put32(at: at + 4, sum)
                w.put32(at: at + 8, UInt32(record.offset))
                w.put32(at: at + 12, UInt32(record.length))
                if record.tag == "head" { headOffset = record.offset }
            }
            // checkSumAdjustment makes the whole file sum to 0xB1B0AFBA (OpenType `head`): the file's
            // sum is the directory's plus every (zero-padded) table's.
            total &+= checksum(UnsafeRawBufferPointer(start: w.base, count: 12 + 16 * records.count))
            w.put32(at: headOffset + 8, 0xB1B0_AFBA &- total)
            return failed ? nil : w.position
        }
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        guard let count = write(into: base) else {
            base.deallocate()
            return nil
        }
        return UnsafeMutableBufferPointer(start: base, count: count)
    }

    /// Copies one glyph without its instructions.
    private static func stripGlyph(_ font: UnsafeRawBufferPointer, from start: Int, to end: Int, into w: inout ByteWriter) -> Bool {
        guard end - start >= 10 else { return false }
        let contours = Int16(bitPattern: read16(font, start))
        if contours >= 0 {
            // Simple glyph: header, endPtsOfContours, instructionLength + instructions, flags and points.
            let lengthAt = start + 10 + 2 * Int(contours)
            guard lengthAt + 2 <= end else { return false }
            let rest = lengthAt + 2 + Int(read16(font, lengthAt))
            guard rest <= end else { return false }
            w.copy(font, start..<lengthAt)
            w.put16(0)
            w.copy(font, rest..<end)
            return true
        }
        // Composite glyph: components, then instructions when any component says so.
        var p = start + 10
        w.copy(font, start..<p)
        while true {
            guard p + 4 <= end else { return false }
            let flags = read16(font, p)
            var size = 4 + ((flags & 0x0001) != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { size += 2 }  // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { size += 4 }  // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { size += 8 }  // WE_HAVE_A_TWO_BY_TWO
            guard p + size <= end else { return false }
            w.put16(flags & ~0x0100)  // WE_HAVE_INSTRUCTIONS cleared
            w.copy(font, (p + 2)..<(p + size))
            p += size
            if flags & 0x0020 == 0 { break }  // MORE_COMPONENTS
        }
        return true
    }

    /// The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded.
    static func checksum(_ data: UnsafeRawBufferPointer) -> UInt32 {
        // Two big-endian words per 8-byte load, summed in 64 bits and cut to 32 at the end (the
        // sum modulo 2³² is the same).
        var wide: UInt64 = 0
        var i = 0
        while i + 8 <= data.count {
            let pair = data.loadUnaligned(fromByteOffset: i, as: UInt64.self).bigEndian
            wide &+= (pair >> 32) &+ (pair & 0xFFFF_FFFF)
            i += 8
        }
        var sum = UInt32(truncatingIfNeeded: wide)
        while i + 4 <= data.count {
            sum &+= data.loadUnaligned(fromByteOffset: i, as: UInt32.self).bigEndian
            i += 4
        }
        if i < data.count {
            var last: UInt32 = 0
            for k in 0..<4 { last = last << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum &+= last
        }
        return sum
    }

    static func checksum(_ data: [UInt8]) -> UInt32 { data.withUnsafeBytes { checksum($0) } }

    static func read16(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    static func read32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

}

/// Writes bytes into memory reserved beforehand (no bounds checks on the hot path: the caller
/// reserved room for the whole font).
struct ByteWriter {
    let base: UnsafeMutableRawPointer
    private(set) var position = 0

    init(_ base: UnsafeMutablePointer<UInt8>) { self.base = UnsafeMutableRawPointer(base) }

    mutating func skip(_ n: Int) {
        (base + position).initializeMemory(as: UInt8.self, repeating: 0, count: n)
        position += n
    }

    mutating func copy(_ source: UnsafeRawBufferPointer, _ range: Range<Int>) {
        (base + position).copyMemory(from: source.baseAddress! + range.lowerBound, byteCount: range.count)
        position += range.count
    }

    mutating func put16(_ value: UInt16) {
        put16(at: position, value)
        position += 2
    }

    func put16(at offset: Int, _ value: UInt16) { base.storeBytes(of: value.bigEndian, toByteOffset: offset, as: UInt16.self) }
    func put32(at offset: Int, _ value: UInt32) { base.storeBytes(of: value.bigEndian, toByteOffset: offset, as: UInt32.self) }

    /// Zero bytes up to the next multiple of 4 (at most three: stored one by one, not a memset
    /// call per glyph).
    mutating func align() {
        while position % 4 != 0 {
            base.storeBytes(of: 0, toByteOffset: position, as: UInt8.self)
            position += 1
        }
    }
}

/// The table records of an sfnt file.
public struct TableDirectory {
    /// Where the table `tag` lies in `font`.
    public static func range(of tag: String, in font: UnsafeRawBufferPointer) -> Range<Int>? { TableDirectory(font)?[tag] }

    struct Entry {
        var tag: String
        var range: Range<Int>
    }
    var version: UInt32
    var entries: [Entry]

    init?(_ font: UnsafeRawBufferPointer) {
        guard font.count >= 12 else { return nil }
        version = HintStripper.read32(font, 0)
        let count = Int(HintStripper.read16(font, 4))
        guard font.count >= 12 + 16 * count else { return nil }
        entries = []
        for i in 0..<count {
            let record = 12 + 16 * i
            let tag = String(decoding: font[record..<(record + 4)], as: UTF8.self)
            let offset = Int(HintStripper.read32(font, record + 8)), length = Int(HintStripper.read32(font, record + 12))
            guard offset + length <= font.count else { return nil }
            entries.append(Entry(tag: tag, range: offset..<(offset + length)))
        }
    }

    subscript(tag: String) -> Range<Int>? { entries.first { $0.tag == tag }?.range }
}
