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
            let ratio = adjustmentRatio(line.items[lineItems], available: available,
                                        justify: style.alignment == .justify, last: last)
            var set = place(line, items: lineItems, ratio: ratio, style: style)
            set.endsParagraph = last
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
    private func place(_ line: ShapedLine, items: Range<Int>, ratio: Double, style: ParagraphStyle) -> SetLine {
        var runs: [GlyphRun] = []
        var underlines: [Rule] = []
        var pen = 0.0
        var current: (run: Int, first: Int, last: Int, start: Double, glyphs: [PositionedGlyph])?
        var noteNumbers: [Int] = []

        func close(_ runs: inout [GlyphRun], _ underlines: inout [Rule]) {
            guard let c = current else { return }
            let shaped = line.shaped[c.run]
            var run = makeRun(shaped, first: c.first, last: c.last, start: c.start, end: pen, glyphs: c.glyphs, style: style)
            run.size = .pt(line.sizes[c.run])
            if let note = line.footnotes[c.run], !noteNumbers.contains(note) { noteNumbers.append(note) }
            if line.underline[c.run] {
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
            let item = line.items[i]
            let extra = item.kind == .glue ? (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink) : 0
            for g in line.ranges[i] {
                let ref = line.glyphs[g]
                let run = Int(ref.run), index = Int(ref.index)
                if let c = current, c.run != run || c.last + 1 != index { close(&runs, &underlines) }
                if current == nil { current = (run, index, index, pen, []) }
                let glyph = line.shaped[run].glyphs[index]
                let scale = line.sizes[run] / Double(line.shaped[run].unitsPerEm)
                current!.glyphs.append(PositionedGlyph(id: glyph.id, x: .pt(pen - current!.start + Double(glyph.xOffset) * scale),
                                                       y: .pt(-Double(glyph.yOffset) * scale - line.rises[run])))
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
