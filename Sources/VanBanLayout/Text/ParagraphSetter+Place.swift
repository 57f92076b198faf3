import VanBanModel
import VanBanPages
import VanBanProfile
import VanBanText

/// Stage 4 of setting a paragraph: the glyphs of each line placed, consecutive glyphs of one
/// shaped run grouped into a `GlyphRun`, spaces stretched (or shrunk) by the line's adjustment
/// ratio so that a justified line ends exactly at the measure, underlines drawn under their runs.
extension ParagraphSetter {
    /// The lines of `line` ending at `breaks`, each at its indent or alignment.
    func emitLines(_ line: ShapedLine, breaks: [Int], style: ParagraphStyle, measure: Length,
                   first: Length, rest: Length) -> [SetLine] {
        var lines: [SetLine] = []
        var start = 0
        for (n, end) in breaks.enumerated() {
            while start < end, line.items[start].kind != .box { start += 1 }
            let lineItems = start..<end
            let last = n == breaks.count - 1
            let indent = n == 0 ? first : rest
            let available = (measure - indent).points
            var ratio = adjustmentRatio(line.items[lineItems], available: available,
                                        justify: style.alignment == .justify, last: last)
            let tracking = style.alignment == .justify && !last ? letterSpacing(line, items: lineItems, ratio: &ratio, size: style.size) : 0
            var set = place(line, items: lineItems, ratio: ratio, tracking: tracking, style: style)
            set.endsParagraph = last
            set.letterSpacing = .pt(tracking)
            if style.alignment == .justify && !last {
                set.wordSpacing = 1 + ratio * (ratio >= 0 ? stretchRatio : shrinkRatio)
            }
            switch style.alignment {
            case .left, .justify: set.x = indent
            case .center: set.x = (measure - set.width) / 2
            case .right: set.x = measure - set.width
            }
            lines.append(set)
            start = end + 1
        }
        return lines
    }

    /// Letters may spread apart by at most this share of the size…
    static let maxLetterSpacing = 0.03

    /// …and only on a line whose word gaps would otherwise be loose (wider than the survey's
    /// threshold, 1.6 × the natural space): the gaps stop at the threshold and the letters inside
    /// the words take the rest, up to `maxLetterSpacing` each, the gaps whatever is left.
    /// Returns the space added after each letter that has another letter of its word after it,
    /// and lowers `ratio` to what the gaps keep.
    private func letterSpacing(_ line: ShapedLine, items: Range<Int>, ratio: inout Double, size: Length) -> Double {
        let looseRatio = (WordSpacingSurvey.looseThreshold - 1) / stretchRatio
        guard ratio > looseRatio else { return 0 }
        var stretch = 0.0, letterGaps = 0
        for i in items {
            let item = line.items[i]
            if item.kind == .glue && item.stretch < BreakItem.finishingStretch { stretch += item.stretch }
            if item.kind == .box { letterGaps += clusterCount(line, line.ranges[i]) - 1 }
        }
        guard letterGaps > 0, stretch > 0 else { return 0 }
        let excess = (ratio - looseRatio) * stretch
        let tracking = min(Self.maxLetterSpacing * size.points, excess / Double(letterGaps))
        ratio -= tracking * Double(letterGaps) / stretch
        return tracking
    }

    /// The clusters among glyphs `range`.
    private func clusterCount(_ line: ShapedLine, _ range: Range<Int>) -> Int {
        var count = 0
        for g in range where g == range.lowerBound || !sameCluster(line, g - 1, g) { count += 1 }
        return count
    }

    private func sameCluster(_ line: ShapedLine, _ a: Int, _ b: Int) -> Bool {
        line.glyphs[a].run == line.glyphs[b].run && line.cluster(line.glyphs[a]) == line.cluster(line.glyphs[b])
    }

    /// How much the line's spaces stretch (> 0) or shrink (< 0, at most their full shrink) to
    /// fill `available`; ragged and last lines keep their natural spacing unless they must shrink.
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
    private func place(_ line: ShapedLine, items: Range<Int>, ratio: Double, tracking: Double, style: ParagraphStyle) -> SetLine {
        var runs: [GlyphRun] = []
        var underlines: [Rule] = []
        var noteNumbers: [Int] = []
        var pen = 0.0
        // The glyph run being gathered: glyphs `first...last` of shaped run `open` (-1: none),
        // starting at `start`. Plain locals, not a captured optional tuple: this loop runs once
        // per glyph of every line (docs/performance.md).
        var open = -1, first = 0, last = 0, start = 0.0, scale = 0.0, rise = 0.0
        var glyphs: [PositionedGlyph] = []
        var runGlyphs: [ShapedGlyph] = []  // the shaped glyphs of run `open`, taken once per run
        let lineEnd = items.isEmpty ? 0 : line.ranges[items.upperBound - 1].upperBound
        func close() {
            guard open >= 0 else { return }
            runs.append(glyphRun(line, open, first: first, last: last, start: start, end: pen, glyphs: glyphs, style: style))
            if let note = line.footnotes[open], !noteNumbers.contains(note) { noteNumbers.append(note) }
            if let rule = underline(line, open, from: start, to: pen, style: style) { underlines.append(rule) }
        }
        for i in items {
            let item = line.items[i]
            let extra = item.kind == .glue ? (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink) : 0
            let range = line.ranges[i]
            for g in range {
                let ref = line.glyphs[g]
                let run = Int(ref.run), index = Int(ref.index)
                if open != run || last + 1 != index {
                    close()
                    (open, first, start, glyphs) = (run, index, pen, [])
                    runGlyphs = line.shaped[run].glyphs
                    glyphs.reserveCapacity(min(runGlyphs.count - index, lineEnd - g))
                    scale = line.sizes[run] / Double(line.shaped[run].unitsPerEm)
                    rise = line.rises[run]
                }
                let glyph = runGlyphs[index]
                glyphs.append(PositionedGlyph(id: glyph.id, x: .pt(pen - start + Double(glyph.xOffset) * scale),
                                              y: .pt(-Double(glyph.yOffset) * scale - rise)))
                last = index
                pen += ref.advance
                // Letter spacing between the clusters of a word (never next to a space).
                if tracking > 0, item.kind == .box, g + 1 < range.upperBound, !sameCluster(line, g, g + 1) { pen += tracking }
            }
            pen += extra
        }
        close()
        return SetLine(x: .zero, width: .pt(pen), runs: runs, underlines: underlines, endsParagraph: false, footnotes: noteNumbers)
    }

    /// The glyph run of glyphs `first...last` of shaped run `index`, set from `start` to `end`.
    private func glyphRun(_ line: ShapedLine, _ index: Int, first: Int, last: Int, start: Double, end: Double,
                          glyphs: [PositionedGlyph], style: ParagraphStyle) -> GlyphRun {
        var run = makeRun(line.shaped[index], first: first, last: last, start: start, end: end, glyphs: glyphs, style: style)
        run.size = .pt(line.sizes[index])
        return run
    }

    /// The underline under shaped run `index` from `start` to `end`, when it is underlined.
    private func underline(_ line: ShapedLine, _ index: Int, from start: Double, to end: Double, style: ParagraphStyle) -> Rule? {
        guard line.underline[index] else { return nil }
        let metrics = shaper.metrics(line.shaped[index].style)
        let scale = style.size.points / Double(metrics.unitsPerEm)
        let y = Length.pt(Double(metrics.underlinePosition) * scale)
        return Rule(role: .underline, from: Point(x: .pt(start), y: y), to: Point(x: .pt(end), y: y),
                    thickness: .pt(Double(metrics.underlineThickness) * scale))
    }

    /// A glyph run for glyphs `first...last` of `shaped`, with the text bytes they cover and
    /// their clusters.
    private func makeRun(_ shaped: ShapedRun, first: Int, last: Int, start: Double, end: Double,
                         glyphs: [PositionedGlyph], style: ParagraphStyle) -> GlyphRun {
        let byteStart = Int(shaped.glyphs[first].cluster)
        let byteEnd = last + 1 < shaped.glyphs.count ? Int(shaped.glyphs[last + 1].cluster) : shaped.text.utf8.count
        var clusters: [TextCluster] = []
        clusters.reserveCapacity(last - first + 1)
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
