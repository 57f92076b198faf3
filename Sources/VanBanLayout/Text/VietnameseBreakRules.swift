/// Where a line of Vietnamese text should not end, beyond the spacing a break causes: the
/// habits of a careful clerk, who keeps with a no-break space what belongs together
/// (docs/architecture.md, "Line breaking"). Each rule gives the cost of breaking at the space after
/// a word; +∞ forbids the break, 0 leaves it to the spacing alone.
struct VietnameseBreakRules {
    let line: ShapedLine
    /// The narrowest measure a line of the paragraph has: a word and the next are only kept
    /// together when they fit on such a line.
    let measure: Double

    /// Words that never end a line when a number follows: `ngày 27`, `tháng 9`, `năm 2024`,
    /// `số 05`, `Điều 3`, `khoản 2`, `Chương II` stay together.
    static let numberLabels: Set<String> = ["ngày", "tháng", "năm", "số", "điều", "khoản", "điểm", "chương", "phần", "mục", "quý"]

    /// Breaking between a label and its number (`ngày 27`, `số 05`, `Điều 3`): never. Clerks keep
    /// them together with a no-break space; a finite cost (800, tried with 2 % tracking) left
    /// `ngày` / `05` on many lines for a small gain in spacing (docs/typography.md).
    static let labelAndNumber = Double.infinity
    /// Breaking inside a date (`16 tháng 7 năm 2024`). A penalty adds its square to the
    /// demerits (`LineBreaker`); 300² weighs as much as a line whose spaces stretch 1.4 times their
    /// stretch (badness 290), so a date is split only to avoid spacing worse than that.
    static let insideDate = 300.0
    /// Breaking inside a proper name (`Phù Mỹ`, `Trần Quốc Tuấn`): 150² weighs as a stretch of 1.1
    /// (badness 140). Names are long and a break there is tolerable, but not for a small gain.
    static let insideProperName = 150.0

    /// The cost of a line break at the space after `word`, `next` being the first glyph after it:
    /// - never before a dash standing alone (`2024 - 2030`): the line would seem to start a list item;
    /// - never between a label and its number (`ngày 27`, `Điều 3`);
    /// - dear inside a date and inside a proper name.
    func costOfBreak(afterWord word: Range<Int>, next: Int) -> Double {
        guard !word.isEmpty, next < line.glyphs.count else { return 0 }
        // Cheap tests on the first bytes first; strings only for the few spaces that need them.
        let firstOfNext = line.firstByte(next), firstOfWord = line.firstByte(word.lowerBound)
        if firstOfNext == UInt8(ascii: "-") || firstOfNext == 0xE2, line.nextSpace(from: next) - next == 1,
           ["-", "–", "—"].contains(line.text(next..<(next + 1))), fitsWithNextWord(from: word.lowerBound) {
            return .infinity
        }
        let digit = (0x30...0x39).contains(firstOfNext)
        if digit || firstOfNext == UInt8(ascii: "I") || firstOfNext == UInt8(ascii: "V") || firstOfNext == UInt8(ascii: "X"),
           keepsItsNumber(word: word, next: next), fitsWithNextWord(from: word.lowerBound) {
            return Self.labelAndNumber
        }
        if (0x30...0x39).contains(firstOfWord), firstOfNext == UInt8(ascii: "t") || firstOfNext == UInt8(ascii: "n") {
            let before = line.text(word), after = line.text(next..<line.nextSpace(from: next))
            if before.allSatisfy(\.isNumber), after == "tháng" || after == "năm" { return Self.insideDate }
        }
        // Both words must start with a capital: the first scalar's case decides that cheaply
        // (a letter with marks is a capital only when its base is), before any text is built.
        if !digit, startsWithCapital(word.lowerBound, firstByte: firstOfWord), startsWithCapital(next, firstByte: firstOfNext) {
            let before = line.text(word), after = line.text(next..<line.nextSpace(from: next))
            if let a = before.first, let b = after.first, a.isUppercase, b.isUppercase,
               !before.hasSuffix(","), !before.hasSuffix("."), !before.hasSuffix(":"), !before.hasSuffix(";"),
               before.contains(where: \.isLowercase) || before.count == 1, after.contains(where: \.isLowercase) {
                return Self.insideProperName
            }
        }
        return 0
    }

    /// Whether the cluster of glyph `g`, whose first byte is `lead`, starts with an upper-case
    /// scalar (read from its UTF-8 bytes).
    private func startsWithCapital(_ g: Int, firstByte lead: UInt8) -> Bool {
        if lead < 0x80 { return lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z") }
        let ref = line.glyphs[g]
        let bytes = line.bytes[Int(ref.run)], at = line.cluster(ref)
        var decoder = UTF8()
        var iterator = bytes[at...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isUppercase
    }

    /// Whether the word starting at `from`, the space and the word after it fit on one line.
    private func fitsWithNextWord(from: Int) -> Bool {
        var spaces = 0, width = 0.0, g = from
        while g < line.glyphs.count {
            if line.isSpace(line.glyphs[g]) {
                spaces += 1
                if spaces == 2 { break }
            }
            width += line.glyphs[g].advance
            g += 1
        }
        return width <= measure
    }

    /// Whether a word starting with byte `lead` can be one of `numberLabels`: their first letters
    /// are n t s đ k c p m q; an ASCII byte that is none of these (either case) rules a label out
    /// before the word's text is built (most words after which a capital V or X comes: `Việt`).
    static func mayStartLabel(_ lead: UInt8) -> Bool {
        guard lead < 0x80 else { return true }
        switch lead | 0x20 {
        case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "k"), UInt8(ascii: "c"), UInt8(ascii: "p"),
             UInt8(ascii: "m"), UInt8(ascii: "q"): return true
        default: return false
        }
    }

    /// Whether `word` is a label (`ngày`, `Điều`) and a number (`27`, `IV`) follows it.
    private func keepsItsNumber(word: Range<Int>, next: Int) -> Bool {
        guard !word.isEmpty, next < line.glyphs.count, word.count <= 8 else { return false }
        let first = line.glyphs[word.lowerBound], space = line.glyphs[next - 1], after = line.glyphs[next]
        guard space.run == first.run else { return false }
        let nextByte = after.firstByte
        let startsNumber = (0x30...0x39).contains(nextByte) || nextByte == UInt8(ascii: "I") || nextByte == UInt8(ascii: "V") || nextByte == UInt8(ascii: "X")
        guard startsNumber, Self.mayStartLabel(first.firstByte) else { return false }
        let text = String(decoding: line.bytes[Int(first.run)][line.cluster(first)..<line.cluster(space)], as: UTF8.self)
        return Self.numberLabels.contains(text.lowercased())
    }
}
