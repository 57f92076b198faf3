import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanText

/// A line as set by `ParagraphSetter`: runs placed relative to the line's own origin (x from the
/// left end of the measure, y from the baseline).
struct SetLine {
    var x: Length
    var width: Length
    var runs: [GlyphRun]
    var underlines: [Rule]
    var endsParagraph: Bool
    /// Numbers of the footnotes called on this line.
    var footnotes: [Int] = []
}

/// Sets one paragraph: shapes its styled runs, builds the Knuth–Plass items (words as boxes,
/// every space as glue with its own kerned advance, tech-notes §4.4), breaks the lines and places
/// the glyphs, stretching spaces so justified lines end exactly at the measure.
struct ParagraphSetter {
    let shaper: any TextShaper
    /// Spaces may stretch by half of their width and shrink by a fifth.
    var stretchRatio = 0.5
    /// Shrinking is kept small: a clerk's eye is used to Word, which never narrows a space.
    var shrinkRatio = 0.2

    /// A glyph of the paragraph: which shaped run, which glyph, its advance in points.
    private struct GlyphRef {
        var run: Int32
        var index: Int32
        var advance: Double
    }

    /// The shaped pieces of one hard line (text between explicit line breaks).
    private struct HardLine {
        var shaped: [ShapedRun] = []
        var underline: [Bool] = []
        /// UTF-8 bytes of each shaped run's text.
        var bytes: [[UInt8]] = []
        /// Point size and upward shift of each run (a footnote number is smaller and raised).
        var sizes: [Double] = []
        var rises: [Double] = []
        /// The footnote each run calls.
        var footnotes: [Int?] = []
        var glyphs: [GlyphRef] = []
        var items: [BreakItem] = []
        /// Glyph range of each item.
        var ranges: [Range<Int>] = []
    }

    /// Sets `runs` in `measure` with `style`; `\n` in the text is an explicit line break.
    func set(_ runs: [StyledText], style: ParagraphStyle, measure: Length) throws(MissingGlyphError) -> [SetLine] {
        var lines: [SetLine] = []
        let hang = min(max(.zero, style.hangingIndent), measure / 2)
        for (index, segments) in splitHardLines(runs).enumerated() {
            // An indent never takes more than half of a (narrow) measure.
            let first = index == 0 && style.alignment != .center ? min(style.firstLineIndent, measure / 2) : hang
            var hard = try shape(segments, style: style)
            let widths = LineWidths(first: (measure - first).points, rest: (measure - hang).points)
            buildItems(&hard, style: style, measure: widths.rest, firstLineWidth: widths.first)
            var breaks = chooseBreaks(hard.items, style: style, widths: widths)
            if style.balanced && style.alignment == .center && breaks.count > 1 {
                breaks = balancedBreaks(hard.items, lineCount: breaks.count, widths: widths)
            }
            lines += emitLines(hard, breaks: breaks, style: style, measure: measure, first: first, rest: hang)
        }
        return lines
    }

    /// The measure of the first line and of the lines after it.
    struct LineWidths {
        var first: Double
        var rest: Double
        func callAsFunction(_ line: Int) -> Double { line == 0 ? first : rest }
    }

    /// The narrowest measure that keeps the same number of lines, so centred lines (a title,
    /// a trích yếu) come out of even length instead of a long line and a short one.
    private func balancedBreaks(_ items: [BreakItem], lineCount: Int, widths: LineWidths) -> [Int] {
        var low = widths.rest / Double(lineCount), high = widths.rest
        var best = LineBreaker.greedy(items) { widths($0) }
        for _ in 0..<18 {
            let mid = (low + high) / 2
            let scale = mid / widths.rest
            let trial = LineBreaker.greedy(items) { widths($0) * scale }
            if trial.count <= lineCount && !overflows(items, trial, width: mid) {
                best = trial
                high = mid
            } else {
                low = mid
            }
        }
        return best
    }

    private func overflows(_ items: [BreakItem], _ breaks: [Int], width: Double) -> Bool {
        var start = 0
        for end in breaks {
            var w = 0.0
            var i = start
            while i < end, items[i].kind != .box { i += 1 }
            while i < end {
                if items[i].kind != .penalty { w += items[i].width }
                i += 1
            }
            if w > width + 1e-9 { return true }
            start = end + 1
        }
        return false
    }

    /// Splits at `\n`, collapses runs of spaces and trims each hard line.
    private func splitHardLines(_ runs: [StyledText]) -> [[StyledText]] {
        var result: [[StyledText]] = []
        var current: [StyledText] = []
        for run in runs {
            guard run.text.utf8.contains(0x0A) else {
                current.append(run)
                continue
            }
            let pieces = run.text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (i, piece) in pieces.enumerated() {
                if i > 0 {
                    result.append(Self.collapseSpaces(current))
                    current = []
                }
                if !piece.isEmpty { current.append(StyledText(String(decoding: piece, as: UTF8.self), run.style, footnote: run.footnote)) }
            }
        }
        result.append(Self.collapseSpaces(current))
        return result
    }

    /// One space between words, none at the ends (tabs count as spaces). A collapsed space stays
    /// in the run where it was written, so it takes that run's style (an underline stops before it).
    /// Works on UTF-8 bytes: the white space it handles is ASCII.
    static func collapseSpaces(_ line: [StyledText]) -> [StyledText] {
        var out: [StyledText] = []
        var spaceOwner: Int?  // index in `out` of the run that holds the pending space
        var atStart = true
        var bytes: [UInt8] = []
        for run in line {
            bytes.removeAll(keepingCapacity: true)
            var changed = false
            for b in run.text.utf8 {
                if b == 0x20 || b == 0x09 || b == 0x0D {
                    if !atStart, spaceOwner == nil { spaceOwner = out.count }
                    changed = changed || b != 0x20 || bytes.last == 0x20 || bytes.isEmpty
                    continue
                }
                if let owner = spaceOwner {
                    if owner == out.count {
                        if bytes.isEmpty { changed = true }
                        bytes.append(0x20)
                    } else {
                        out[owner].text.append(" ")
                    }
                    spaceOwner = nil
                }
                bytes.append(b)
                atStart = false
            }
            if !bytes.isEmpty {
                let text = changed || bytes.count != run.text.utf8.count ? String(decoding: bytes, as: UTF8.self) : run.text
                out.append(StyledText(text, run.style, footnote: run.footnote))
            } else if spaceOwner == out.count, let last = out.indices.last {
                // A run of nothing but spaces: the space belongs to the text before it.
                spaceOwner = last
            }
        }
        return out
    }

    private func shape(_ segments: [StyledText], style: ParagraphStyle) throws(MissingGlyphError) -> HardLine {
        var hard = HardLine()
        for segment in segments {
            let inline = style.base.adding(segment.style)
            let text = style.uppercase ? segment.text.uppercased() : segment.text
            // Characters only the fallback face prints are shaped apart, with that face.
            for (index, piece) in shaper.pieces(text, style: FontStyle(inline)).enumerated() {
                let shaped = piece.fallback ? try shaper.shapeWithFallback(piece.text, style: FontStyle(inline))
                                            : try shaper.shape(piece.text, style: FontStyle(inline))
                // A superscript is set at 65 % of the size, raised by a third of the size.
                let size = inline.superscript ? style.size.points * 0.65 : style.size.points
                let scale = size / Double(shaped.unitsPerEm)
                let runIndex = Int32(hard.shaped.count)
                for (i, glyph) in shaped.glyphs.enumerated() {
                    hard.glyphs.append(GlyphRef(run: runIndex, index: Int32(i), advance: Double(glyph.advance) * scale))
                }
                hard.shaped.append(shaped)
                hard.underline.append(inline.underline)
                hard.bytes.append(Array(shaped.text.utf8))
                hard.sizes.append(size)
                hard.rises.append(inline.superscript ? style.size.points / 3 : 0)
                hard.footnotes.append(index == 0 ? segment.footnote : nil)
            }
        }
        return hard
    }

    private func isSpace(_ ref: GlyphRef, in hard: HardLine) -> Bool {
        let cluster = Int(hard.shaped[Int(ref.run)].glyphs[Int(ref.index)].cluster)
        return hard.bytes[Int(ref.run)][cluster] == 0x20
    }

    /// Words become boxes, spaces glue; a word wider than any line it can sit on (the measure,
    /// or the indented first line for the first word) is cut into clusters joined by penalties so
    /// it can break where it must (a URL), preferably after `/`, `.`, `-`, `_`, `?`, `&`, `=`.
    /// Anything that fits is never broken: `2310/QĐ-BNNMT`, `24/8/2021` stay whole.
    private func buildItems(_ hard: inout HardLine, style: ParagraphStyle, measure: Double, firstLineWidth: Double) {
        var wordStart = 0
        func flushWord(upTo end: Int, _ hard: inout HardLine) {
            guard wordStart < end else { return }
            let width = hard.glyphs[wordStart..<end].reduce(0) { $0 + $1.advance }
            if width <= (hard.items.isEmpty ? firstLineWidth : measure) {
                hard.items.append(.box(width))
                hard.ranges.append(wordStart..<end)
            } else {
                splitLongWord(wordStart..<end, &hard)
            }
        }
        for (g, ref) in hard.glyphs.enumerated() where isSpace(ref, in: hard) {
            let cost = breakCost(hard, word: wordStart..<g, next: g + 1, measure: min(measure, firstLineWidth))
            flushWord(upTo: g, &hard)
            if cost > 0 {
                // A penalty before the glue moves the break there, with its cost; +∞ forbids it.
                hard.items.append(.penalty(cost))
                hard.ranges.append(g..<g)
            }
            hard.items.append(.glue(ref.advance, stretch: ref.advance * stretchRatio, shrink: ref.advance * shrinkRatio))
            hard.ranges.append(g..<(g + 1))
            wordStart = g + 1
        }
        flushWord(upTo: hard.glyphs.count, &hard)
        let end = hard.glyphs.count
        hard.items.append(.penalty(.infinity))  // never break before the finishing glue
        hard.ranges.append(end..<end)
        hard.items.append(.glue(0, stretch: BreakItem.finishingStretch, shrink: 0))
        hard.ranges.append(end..<end)
        hard.items.append(.penalty(BreakItem.forcedBreak))
        hard.ranges.append(end..<end)
    }

    /// Words that never end a line when a number follows: `ngày 27`, `tháng 9`, `năm 2024`,
    /// `số 05`, `Điều 3`, `khoản 2`, `Chương II` stay together, as clerks keep them with a no-break space.
    static let numberLabels: Set<String> = ["ngày", "tháng", "năm", "số", "điều", "khoản", "điểm", "chương", "phần", "mục", "quý"]

    /// What a line break at the space after `word` costs, beyond the spacing it causes:
    /// - never before a dash standing alone (`2024 - 2030`): a line would seem to start a list;
    /// - never between a label and its number (`ngày 27`, `Điều 3`);
    /// - dear inside a date (`16 tháng 7 năm 2024`) and inside a proper name (`Phù Mỹ`, `Trần Quốc Tuấn`).
    private func breakCost(_ hard: HardLine, word: Range<Int>, next: Int, measure: Double) -> Double {
        guard !word.isEmpty, next < hard.glyphs.count else { return 0 }
        // Cheap tests on the first bytes first; strings only for the few spaces that need them.
        let firstOfNext = firstByte(hard, next), firstOfWord = firstByte(hard, word.lowerBound)
        let nextEnd = nextSpace(hard, from: next)
        if (firstOfNext == UInt8(ascii: "-") || firstOfNext == 0xE2), nextEnd - next == 1,
           ["-", "–", "—"].contains(text(hard, next..<nextEnd)),
           fitsWithNextWord(hard, from: word.lowerBound, measure: measure) {
            return .infinity
        }
        let digit = (0x30...0x39).contains(firstOfNext)
        if digit || firstOfNext == UInt8(ascii: "I") || firstOfNext == UInt8(ascii: "V") || firstOfNext == UInt8(ascii: "X"),
           keepsItsNumber(hard, word: word, next: next), fitsWithNextWord(hard, from: word.lowerBound, measure: measure) {
            return .infinity
        }
        if (0x30...0x39).contains(firstOfWord), firstOfNext == UInt8(ascii: "t") || firstOfNext == UInt8(ascii: "n") {
            let before = text(hard, word), after = text(hard, next..<nextEnd)
            if before.allSatisfy(\.isNumber), after == "tháng" || after == "năm" { return 300 }
        }
        let lowerASCII = UInt8(ascii: "a")...UInt8(ascii: "z")
        if !lowerASCII.contains(firstOfWord), !lowerASCII.contains(firstOfNext), !digit {
            let before = text(hard, word), after = text(hard, next..<nextEnd)
            if let a = before.first, let b = after.first, a.isUppercase, b.isUppercase,
               !before.hasSuffix(","), !before.hasSuffix("."), !before.hasSuffix(":"), !before.hasSuffix(";"),
               before.contains(where: \.isLowercase) || before.count == 1, after.contains(where: \.isLowercase) {
                return 150
            }
        }
        return 0
    }

    private func firstByte(_ hard: HardLine, _ g: Int) -> UInt8 {
        let ref = hard.glyphs[g]
        return hard.bytes[Int(ref.run)][Int(hard.shaped[Int(ref.run)].glyphs[Int(ref.index)].cluster)]
    }

    /// Index of the next space glyph at or after `from` (or the end).
    private func nextSpace(_ hard: HardLine, from: Int) -> Int {
        var g = from
        while g < hard.glyphs.count, !isSpace(hard.glyphs[g], in: hard) { g += 1 }
        return g
    }

    /// The text of glyphs `range` (whole clusters, across runs).
    private func text(_ hard: HardLine, _ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        var bytes: [UInt8] = []
        var g = range.lowerBound
        while g < range.upperBound {
            let run = Int(hard.glyphs[g].run)
            var end = g
            while end < range.upperBound, Int(hard.glyphs[end].run) == run { end += 1 }
            let glyphs = hard.shaped[run].glyphs
            let start = Int(glyphs[Int(hard.glyphs[g].index)].cluster)
            let lastIndex = Int(hard.glyphs[end - 1].index)
            let stop = lastIndex + 1 < glyphs.count ? Int(glyphs[lastIndex + 1].cluster) : hard.bytes[run].count
            bytes += hard.bytes[run][start..<max(start, stop)]
            g = end
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the word starting at `from`, the space and the word after it fit on one line.
    private func fitsWithNextWord(_ hard: HardLine, from: Int, measure: Double) -> Bool {
        var spaces = 0, width = 0.0, g = from
        while g < hard.glyphs.count {
            if isSpace(hard.glyphs[g], in: hard) {
                spaces += 1
                if spaces == 2 { break }
            }
            width += hard.glyphs[g].advance
            g += 1
        }
        return width <= measure
    }

    private func keepsItsNumber(_ hard: HardLine, word: Range<Int>, next: Int) -> Bool {
        guard !word.isEmpty, next < hard.glyphs.count, word.count <= 8 else { return false }
        let first = hard.glyphs[word.lowerBound], space = hard.glyphs[next - 1], after = hard.glyphs[next]
        guard space.run == first.run else { return false }
        func cluster(_ ref: GlyphRef) -> Int { Int(hard.shaped[Int(ref.run)].glyphs[Int(ref.index)].cluster) }
        let nextByte = hard.bytes[Int(after.run)][cluster(after)]
        let startsNumber = (0x30...0x39).contains(nextByte) || [UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X")].contains(nextByte)
        guard startsNumber else { return false }
        let text = String(decoding: hard.bytes[Int(first.run)][cluster(first)..<cluster(space)], as: UTF8.self)
        return Self.numberLabels.contains(text.lowercased())
    }

    private func splitLongWord(_ range: Range<Int>, _ hard: inout HardLine) {
        var pieceStart = range.lowerBound
        var g = range.lowerBound
        while g < range.upperBound {
            // A cluster is the glyphs sharing one cluster value in one run.
            let ref = hard.glyphs[g]
            let cluster = hard.shaped[Int(ref.run)].glyphs[Int(ref.index)].cluster
            var next = g + 1
            while next < range.upperBound, hard.glyphs[next].run == ref.run,
                  hard.shaped[Int(ref.run)].glyphs[Int(hard.glyphs[next].index)].cluster == cluster { next += 1 }
            if next < range.upperBound {
                let width = hard.glyphs[pieceStart..<next].reduce(0) { $0 + $1.advance }
                hard.items.append(.box(width))
                hard.ranges.append(pieceStart..<next)
                let breakFriendly = clusterText(ref, in: hard).last.map { "/.-_?&=#".contains($0) } ?? false
                hard.items.append(.penalty(breakFriendly ? 50 : 900))
                hard.ranges.append(next..<next)
                pieceStart = next
            }
            g = next
        }
        let width = hard.glyphs[pieceStart..<range.upperBound].reduce(0) { $0 + $1.advance }
        hard.items.append(.box(width))
        hard.ranges.append(pieceStart..<range.upperBound)
    }

    private func clusterText(_ ref: GlyphRef, in hard: HardLine) -> Substring {
        let run = hard.shaped[Int(ref.run)]
        let start = Int(run.glyphs[Int(ref.index)].cluster)
        let end = run.glyphs.dropFirst(Int(ref.index) + 1).first { Int($0.cluster) > start }.map { Int($0.cluster) }
            ?? run.text.utf8.count
        let utf8 = run.text.utf8
        return Substring(run.text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// Knuth–Plass for justified text (a strict pass, then an emergency pass that accepts any
    /// stretch), first fit for ragged text and as the last resort.
    private func chooseBreaks(_ items: [BreakItem], style: ParagraphStyle, widths: LineWidths) -> [Int] {
        let width: (Int) -> Double = { widths($0) }
        if style.alignment == .justify {
            for tolerance in [2.0, .infinity] {
                if let breaks = LineBreaker(tolerance: tolerance).breakpoints(items, lineWidth: width) { return breaks }
            }
        }
        return LineBreaker.greedy(items, lineWidth: width)
    }

    private func emitLines(_ hard: HardLine, breaks: [Int], style: ParagraphStyle, measure: Length,
                           first: Length, rest: Length) -> [SetLine] {
        var lines: [SetLine] = []
        var start = 0
        for (n, end) in breaks.enumerated() {
            while start < end, hard.items[start].kind != .box { start += 1 }
            let lineItems = start..<end
            let last = n == breaks.count - 1
            let indent = n == 0 ? first : rest
            let available = (measure - indent).points
            let ratio = adjustmentRatio(hard.items[lineItems], available: available,
                                        justify: style.alignment == .justify, last: last)
            var line = place(hard, items: lineItems, ratio: ratio, style: style)
            line.endsParagraph = last
            switch style.alignment {
            case .left, .justify: line.x = indent
            case .center: line.x = (measure - line.width) / 2
            case .right: line.x = measure - line.width
            }
            lines.append(line)
            start = end + 1
        }
        return lines
    }

    private func adjustmentRatio(_ items: ArraySlice<BreakItem>, available: Double, justify: Bool, last: Bool) -> Double {
        var width = 0.0, stretch = 0.0, shrink = 0.0
        for item in items where item.kind != .penalty {
            width += item.width
            if item.kind == .glue && item.stretch < BreakItem.finishingStretch {
                stretch += item.stretch
                shrink += item.shrink
            }
        }
        if width > available, shrink > 0 { return max(-1, (available - width) / shrink) }
        guard justify, !last, width < available, stretch > 0 else { return 0 }
        return (available - width) / stretch
    }

    /// Places the glyphs of one line, grouping consecutive glyphs of one shaped run into a `GlyphRun`.
    private func place(_ hard: HardLine, items: Range<Int>, ratio: Double, style: ParagraphStyle) -> SetLine {
        var runs: [GlyphRun] = []
        var underlines: [Rule] = []
        var pen = 0.0
        var current: (run: Int, first: Int, last: Int, start: Double, glyphs: [PositionedGlyph])?
        var noteNumbers: [Int] = []

        func close(_ runs: inout [GlyphRun], _ underlines: inout [Rule]) {
            guard let c = current else { return }
            let shaped = hard.shaped[c.run]
            var run = makeRun(shaped, first: c.first, last: c.last, start: c.start, end: pen, glyphs: c.glyphs, style: style)
            run.size = .pt(hard.sizes[c.run])
            if let note = hard.footnotes[c.run], !noteNumbers.contains(note) { noteNumbers.append(note) }
            if hard.underline[c.run] {
                let metrics = shaper.metrics(shaped.style)
                let scale = style.size.points / Double(metrics.unitsPerEm)
                let y = Length.pt(Double(metrics.underlinePosition) * scale)
                underlines.append(Rule(role: .underline, from: Point(x: .pt(c.start), y: y), to: Point(x: .pt(pen), y: y),
                                       thickness: .pt(Double(metrics.underlineThickness) * scale)))
            }
            runs.append(run)
            current = nil
        }

        for i in items {
            let item = hard.items[i]
            let extra = item.kind == .glue ? (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink) : 0
            for g in hard.ranges[i] {
                let ref = hard.glyphs[g]
                let run = Int(ref.run), index = Int(ref.index)
                if let c = current, c.run != run || c.last + 1 != index { close(&runs, &underlines) }
                if current == nil { current = (run, index, index, pen, []) }
                let glyph = hard.shaped[run].glyphs[index]
                let scale = hard.sizes[run] / Double(hard.shaped[run].unitsPerEm)
                current!.glyphs.append(PositionedGlyph(id: glyph.id, x: .pt(pen - current!.start + Double(glyph.xOffset) * scale),
                                                       y: .pt(-Double(glyph.yOffset) * scale - hard.rises[run])))
                current!.last = index
                pen += ref.advance
            }
            pen += extra
        }
        close(&runs, &underlines)
        return SetLine(x: .zero, width: .pt(pen), runs: runs, underlines: underlines, endsParagraph: false, footnotes: noteNumbers)
    }

    /// A glyph run for glyphs `first...last` of `shaped`, with the text bytes they cover and
    /// their clusters.
    private func makeRun(_ shaped: ShapedRun, first: Int, last: Int, start: Double, end: Double,
                         glyphs: [PositionedGlyph], style: ParagraphStyle) -> GlyphRun {
        let byteStart = Int(shaped.glyphs[first].cluster)
        let byteEnd = last + 1 < shaped.glyphs.count ? Int(shaped.glyphs[last + 1].cluster) : shaped.text.utf8.count
        var clusters: [TextCluster] = []
        var g = first
        while g <= last {
            let value = shaped.glyphs[g].cluster
            var next = g + 1
            while next <= last, shaped.glyphs[next].cluster == value { next += 1 }
            let nextByte = next <= last ? Int(shaped.glyphs[next].cluster) : byteEnd
            clusters.append(TextCluster(byteCount: Int32(nextByte - Int(value)), glyphCount: Int32(next - g)))
            g = next
        }
        let utf8 = shaped.text.utf8
        let text = String(shaped.text[utf8.index(utf8.startIndex, offsetBy: byteStart)..<utf8.index(utf8.startIndex, offsetBy: byteEnd)])
        return GlyphRun(origin: Point(x: .pt(start), y: .zero), style: shaped.style, size: style.size, color: style.color,
                        text: text, glyphs: glyphs, clusters: clusters, width: .pt(end - start), fallback: shaped.fallback)
    }
}
