/// Removes TrueType hinting from a font, in memory, before it is used.
///
/// Hinting (the `fpgm`, `prep` and `cvt ` programs and each glyph's instructions) fits outlines
/// to a screen's pixel grid. VanBan never uses it: HarfBuzz positions glyphs from the unhinted
/// metrics and Cairo draws with hinting off (tech-notes §3). Yet Cairo copies the programs and the
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
        guard let tables = TableDirectory(font), tables.version == 0x0001_0000 || tables.version == 0x7472_7565,
              let head = tables["head"], head.count >= 54, let maxp = tables["maxp"], maxp.count >= 6,
              let loca = tables["loca"], let glyf = tables["glyf"] else { return nil }
        let glyphCount = Int(read16(font, maxp.lowerBound + 4))
        let longOffsets = read16(font, head.lowerBound + 50) == 1
        guard loca.count >= (glyphCount + 1) * (longOffsets ? 4 : 2) else { return nil }

        // Glyphs without instructions, each padded to 4 bytes; loca in the long format.
        var newGlyf: [UInt8] = []
        newGlyf.reserveCapacity(glyf.count)
        var newLoca: [UInt8] = []
        newLoca.reserveCapacity((glyphCount + 1) * 4)
        func offset(_ i: Int) -> Int {
            longOffsets ? Int(read32(font, loca.lowerBound + 4 * i)) : Int(read16(font, loca.lowerBound + 2 * i)) * 2
        }
        for i in 0..<glyphCount {
            append32(&newLoca, UInt32(newGlyf.count))
            let start = offset(i), end = offset(i + 1)
            guard start <= end, glyf.lowerBound + end <= glyf.upperBound else { return nil }
            if start == end { continue }
            guard stripGlyph(font, from: glyf.lowerBound + start, to: glyf.lowerBound + end, into: &newGlyf) else { return nil }
            while newGlyf.count % 4 != 0 { newGlyf.append(0) }
        }
        append32(&newLoca, UInt32(newGlyf.count))

        var newHead = Array(font[head])
        newHead[50] = 0
        newHead[51] = 1  // indexToLocFormat: long
        let replaced: [String: [UInt8]] = ["glyf": newGlyf, "loca": newLoca, "head": newHead]
        let kept = tables.entries.filter { !droppedTables.contains($0.tag) }
        return assemble(kept.map { entry in (entry.tag, replaced[entry.tag] ?? Array(font[entry.range])) }, version: tables.version)
    }

    /// Copies one glyph without its instructions.
    private static func stripGlyph(_ font: UnsafeRawBufferPointer, from start: Int, to end: Int, into out: inout [UInt8]) -> Bool {
        guard end - start >= 10 else { return false }
        let contours = Int16(bitPattern: read16(font, start))
        if contours >= 0 {
            // Simple glyph: header, endPtsOfContours, instructionLength + instructions, flags and points.
            let lengthAt = start + 10 + 2 * Int(contours)
            guard lengthAt + 2 <= end else { return false }
            let rest = lengthAt + 2 + Int(read16(font, lengthAt))
            guard rest <= end else { return false }
            out.append(contentsOf: font[start..<lengthAt])
            out += [0, 0]
            out.append(contentsOf: font[rest..<end])
            return true
        }
        // Composite glyph: components, then instructions when any component says so.
        var p = start + 10
        var components = Array(font[start..<p])
        while true {
            guard p + 4 <= end else { return false }
            let flags = read16(font, p)
            var size = 4 + ((flags & 0x0001) != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 { size += 2 }  // WE_HAVE_A_SCALE
            else if flags & 0x0040 != 0 { size += 4 }  // WE_HAVE_AN_X_AND_Y_SCALE
            else if flags & 0x0080 != 0 { size += 8 }  // WE_HAVE_A_TWO_BY_TWO
            guard p + size <= end else { return false }
            let cleared = flags & ~0x0100  // WE_HAVE_INSTRUCTIONS
            components += [UInt8(cleared >> 8), UInt8(cleared & 0xFF)]
            components.append(contentsOf: font[(p + 2)..<(p + size)])
            p += size
            if flags & 0x0020 == 0 { break }  // MORE_COMPONENTS
        }
        out += components
        return true
    }

    /// A font file from its tables (tag order kept), with fresh checksums and `checkSumAdjustment`.
    private static func assemble(_ tables: [(tag: String, data: [UInt8])], version: UInt32) -> [UInt8] {
        let count = tables.count
        var power = 1, exponent = 0
        while power * 2 <= count { power *= 2; exponent += 1 }
        var out: [UInt8] = []
        append32(&out, version)
        append16(&out, UInt16(count))
        append16(&out, UInt16(power * 16))
        append16(&out, UInt16(exponent))
        append16(&out, UInt16(count * 16 - power * 16))
        var offset = 12 + 16 * count
        var headOffset: Int?
        for table in tables {
            out += Array(table.tag.utf8)
            append32(&out, checksum(table.data))
            append32(&out, UInt32(offset))
            append32(&out, UInt32(table.data.count))
            if table.tag == "head" { headOffset = offset }
            offset += (table.data.count + 3) & ~3
        }
        for table in tables {
            out += table.data
            while out.count % 4 != 0 { out.append(0) }
        }
        if let headOffset {
            // checkSumAdjustment is computed with itself as zero (OpenType `head`).
            for k in 0..<4 { out[headOffset + 8 + k] = 0 }
            let headRecord = 12 + 16 * tables.firstIndex { $0.tag == "head" }!
            let headSum = checksum(Array(out[headOffset..<(headOffset + tables.first { $0.tag == "head" }!.data.count)]))
            for k in 0..<4 { out[headRecord + 4 + k] = UInt8(truncatingIfNeeded: headSum >> (24 - 8 * UInt32(k))) }
            let adjustment = 0xB1B0_AFBA &- checksum(out)
            for k in 0..<4 { out[headOffset + 8 + k] = UInt8(truncatingIfNeeded: adjustment >> (24 - 8 * UInt32(k))) }
        }
        return out
    }

    /// The OpenType table checksum: the sum of the big-endian 32-bit words, zero-padded.
    static func checksum(_ data: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var i = 0
        while i + 4 <= data.count {
            sum &+= UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
            i += 4
        }
        if i < data.count {
            var last: UInt32 = 0
            for k in 0..<4 { last = last << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum &+= last
        }
        return sum
    }

    static func read16(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt16 {
        UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    static func read32(_ bytes: UnsafeRawBufferPointer, _ at: Int) -> UInt32 {
        UInt32(bytes[at]) << 24 | UInt32(bytes[at + 1]) << 16 | UInt32(bytes[at + 2]) << 8 | UInt32(bytes[at + 3])
    }

    private static func append16(_ out: inout [UInt8], _ value: UInt16) { out += [UInt8(value >> 8), UInt8(value & 0xFF)] }
    private static func append32(_ out: inout [UInt8], _ value: UInt32) {
        out += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
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
