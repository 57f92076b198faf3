/// Stage 3a of setting a paragraph: the Knuth–Plass items of a shaped line. Words become boxes,
/// spaces glue with their own kerned advance; the Vietnamese rules put a penalty before a space
/// where a line should not end. A code (`2310/QĐ-BNNMT`, `102/2025/NQLT-UBTVQH15-CP`) is one box
/// where it fits; in justified running text it may also break after a `/` or a `-` inside it, at a
/// cost, so that a long code does not leave a stretched line before it. A word wider than any line
/// it can sit on (the measure, or the indented first line for the first word) breaks after a
/// character a URL or a path breaks after (`/`, `.`, `-`, `_`, `?`, `&`, `=`, `#`), and inside a
/// piece between those only when that piece alone is wider than the line.
extension ParagraphSetter {
    /// What a break inside a word costs (a penalty adds its square to the demerits).
    enum WordBreakCost {
        /// After `/`, `.`, `-`, `_`, `?`, `&`, `=`, `#` in a word too long for any line: 50² weighs
        /// as a stretch of 0.7 (badness 40).
        static let friendly = 50.0
        /// Between two clusters of a piece too long for any line: 900² weighs as a stretch of 2.1
        /// (badness 890), past the strict pass's tolerance.
        static let anywhere = 900.0
        /// After a `/` or `-` of a code that fits, in justified running text: 500² weighs as a
        /// stretch of 1.7 (badness 490, word gaps 1.85 × the natural space), so a code breaks only
        /// to spare a line looser than that.
        static let insideCode = 500.0
        /// The characters a long word breaks after.
        static let friendlyCharacters: Set<Character> = ["/", ".", "-", "_", "?", "&", "=", "#"]
        /// The characters a code breaks after in running text.
        static let codeCharacters: Set<Character> = ["/", "-"]
        /// The characters a web or e-mail address breaks after in running text.
        static let addressCharacters: Set<Character> = ["/", "-", ".", "@"]
    }

    func buildItems(_ line: inout ShapedLine, measure: Double, firstLineWidth: Double, breaksCodes: Bool) {
        let rules = VietnameseBreakRules(line: line, measure: min(measure, firstLineWidth))
        // About a glue and a box per word, a word being five glyphs or so: room for them all at once.
        line.items.reserveCapacity(line.glyphs.count / 2 + 8)
        line.ranges.reserveCapacity(line.glyphs.count / 2 + 8)
        var wordStart = 0
        func flushWord(upTo end: Int, _ line: inout ShapedLine) {
            guard wordStart < end else { return }
            let width = line.width(wordStart..<end)
            let room = line.items.isEmpty ? firstLineWidth : measure
            if width > room {
                splitLongWord(wordStart..<end, room: room, &line)
            } else if breaksCodes, Self.mayBreakInside(wordStart..<end, of: line), case let text = line.text(wordStart..<end),
                      text.contains(where: \.isLetter) {
                // A code has letters (`52-KH/TU`); a date or an amount (`29/6/2017`, `2025-2030`)
                // never breaks. An address (`https://dichvucong.travinh.gov.vn`) also breaks after a dot.
                let address = text.containsBytes(of: "://") || text.containsByte(UInt8(ascii: "@")) || text.hasPrefix("www.")
                splitAfter(address ? WordBreakCost.addressCharacters : WordBreakCost.codeCharacters, wordStart..<end,
                           cost: WordBreakCost.insideCode, &line)
            } else {
                line.items.append(.box(width))
                line.ranges.append(wordStart..<end)
            }
        }
        for (g, ref) in line.glyphs.enumerated() where line.isSpace(ref) {
            let cost = rules.costOfBreak(afterWord: wordStart..<g, next: g + 1)
            flushWord(upTo: g, &line)
            if cost > 0 {
                // A penalty before the glue moves the break there, with its cost; +∞ forbids it.
                line.items.append(.penalty(cost))
                line.ranges.append(g..<g)
            }
            line.items.append(.glue(ref.advance, stretch: ref.advance * stretchRatio, shrink: ref.advance * shrinkRatio))
            line.ranges.append(g..<(g + 1))
            wordStart = g + 1
        }
        flushWord(upTo: line.glyphs.count, &line)
        let end = line.glyphs.count
        line.items.append(.penalty(.infinity))  // never break before the finishing glue
        line.ranges.append(end..<end)
        line.items.append(.glue(0, stretch: BreakItem.finishingStretch, shrink: 0))
        line.ranges.append(end..<end)
        line.items.append(.penalty(BreakItem.forcedBreak))
        line.ranges.append(end..<end)
    }

    /// Whether a `/`, `-`, `.` or `@` stands inside word `range` (not at its end): the cheap test,
    /// on bytes, before the word's text is looked at. Most words have none and stay one box.
    private static func mayBreakInside(_ range: Range<Int>, of line: ShapedLine) -> Bool {
        for g in range.dropLast() {
            switch line.firstByte(g) {
            case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "@"): return true
            default: continue
            }
        }
        return false
    }

    /// The clusters of glyphs `range` (a cluster: the glyphs sharing one cluster value in one run).
    private func clusters(_ range: Range<Int>, of line: ShapedLine) -> [Range<Int>] {
        var clusters: [Range<Int>] = []
        var g = range.lowerBound
        while g < range.upperBound {
            let ref = line.glyphs[g]
            let cluster = line.cluster(ref)
            var next = g + 1
            while next < range.upperBound, line.glyphs[next].run == ref.run, line.cluster(line.glyphs[next]) == cluster { next += 1 }
            clusters.append(g..<next)
            g = next
        }
        return clusters
    }

    /// The pieces of glyphs `range` that end after one of `characters` (the last piece ends with the word).
    private func pieces(_ range: Range<Int>, after characters: Set<Character>, of line: ShapedLine) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        let clusters = clusters(range, of: line)
        // The characters are ASCII: a cluster whose last byte is none of theirs cannot end with one.
        let bytes = characters.compactMap(\.asciiValue)
        for (index, cluster) in clusters.enumerated() where index < clusters.count - 1 {
            // Only between two letters or digits: `2024-` at a word's end or `-` alone is not a place.
            guard bytes.contains(line.clusterLastByte(line.glyphs[cluster.lowerBound])),
                  let last = line.clusterText(line.glyphs[cluster.lowerBound]).last, characters.contains(last),
                  let next = line.clusterText(line.glyphs[clusters[index + 1].lowerBound]).first, next.isLetter || next.isNumber,
                  cluster.lowerBound > range.lowerBound else { continue }
            pieces.append(start..<cluster.upperBound)
            start = cluster.upperBound
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// A word as boxes that may break after `characters`, each break at `cost`.
    private func splitAfter(_ characters: Set<Character>, _ range: Range<Int>, cost: Double, _ line: inout ShapedLine) {
        let parts = pieces(range, after: characters, of: line)
        for (index, part) in parts.enumerated() {
            line.items.append(.box(line.width(part)))
            line.ranges.append(part)
            if index < parts.count - 1 {
                line.items.append(.penalty(cost))
                line.ranges.append(part.upperBound..<part.upperBound)
            }
        }
    }

    /// A word wider than `room`: it breaks after the characters a long word breaks after, and
    /// between any two clusters only inside a piece that is itself wider than `room`.
    private func splitLongWord(_ range: Range<Int>, room: Double, _ line: inout ShapedLine) {
        let parts = pieces(range, after: WordBreakCost.friendlyCharacters, of: line)
        for (index, part) in parts.enumerated() {
            if line.width(part) > room {
                let clusters = clusters(part, of: line)
                for (c, cluster) in clusters.enumerated() {
                    line.items.append(.box(line.width(cluster)))
                    line.ranges.append(cluster)
                    if c < clusters.count - 1 {
                        line.items.append(.penalty(WordBreakCost.anywhere))
                        line.ranges.append(cluster.upperBound..<cluster.upperBound)
                    }
                }
            } else {
                line.items.append(.box(line.width(part)))
                line.ranges.append(part)
            }
            if index < parts.count - 1 {
                line.items.append(.penalty(WordBreakCost.friendly))
                line.ranges.append(part.upperBound..<part.upperBound)
            }
        }
    }
}
