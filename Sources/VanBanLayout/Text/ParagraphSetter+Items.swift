/// Stage 3a of setting a paragraph: the Knuth–Plass items of a shaped line. Words become boxes,
/// spaces glue with their own kerned advance; the Vietnamese rules put a penalty before a space
/// where a line should not end. A word wider than any line it can sit on (the measure, or the
/// indented first line for the first word) is cut into clusters joined by penalties so it can break
/// where it must (a URL), preferably after `/`, `.`, `-`, `_`, `?`, `&`, `=`, `#`. Anything that
/// fits is never broken: `2310/QĐ-BNNMT`, `24/8/2021` stay whole.
extension ParagraphSetter {
    /// What breaking a word too long for any line costs (a penalty adds its square to the
    /// demerits): little after a character a URL or a path breaks after, much anywhere else, so
    /// the break goes to the friendly place when one is near.
    enum LongWordCost {
        /// After `/`, `.`, `-`, `_`, `?`, `&`, `=`, `#`: 50² weighs as a stretch of 0.7 (badness 40).
        static let friendly = 50.0
        /// Between any other two clusters: 900² weighs as a stretch of 2.1 (badness 890), past the
        /// strict pass's tolerance, so only when no friendly place fits.
        static let anywhere = 900.0
        /// The characters a long word breaks after most willingly.
        static let friendlyCharacters = "/.-_?&=#"
    }

    func buildItems(_ line: inout ShapedLine, measure: Double, firstLineWidth: Double) {
        let rules = VietnameseBreakRules(line: line, measure: min(measure, firstLineWidth))
        var wordStart = 0
        func flushWord(upTo end: Int, _ line: inout ShapedLine) {
            guard wordStart < end else { return }
            let width = line.width(wordStart..<end)
            if width <= (line.items.isEmpty ? firstLineWidth : measure) {
                line.items.append(.box(width))
                line.ranges.append(wordStart..<end)
            } else {
                splitLongWord(wordStart..<end, &line)
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

    private func splitLongWord(_ range: Range<Int>, _ line: inout ShapedLine) {
        var pieceStart = range.lowerBound
        var g = range.lowerBound
        while g < range.upperBound {
            // A cluster is the glyphs sharing one cluster value in one run.
            let ref = line.glyphs[g]
            let cluster = line.cluster(ref)
            var next = g + 1
            while next < range.upperBound, line.glyphs[next].run == ref.run, line.cluster(line.glyphs[next]) == cluster { next += 1 }
            if next < range.upperBound {
                line.items.append(.box(line.width(pieceStart..<next)))
                line.ranges.append(pieceStart..<next)
                let friendly = line.clusterText(ref).last.map { LongWordCost.friendlyCharacters.contains($0) } ?? false
                line.items.append(.penalty(friendly ? LongWordCost.friendly : LongWordCost.anywhere))
                line.ranges.append(next..<next)
                pieceStart = next
            }
            g = next
        }
        line.items.append(.box(line.width(pieceStart..<range.upperBound)))
        line.ranges.append(pieceStart..<range.upperBound)
    }
}
