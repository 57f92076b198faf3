import VanBanPages
import VanBanProfile

/// Stage 3b of setting a paragraph: where the lines end. Knuth–Plass for justified text (a strict
/// pass, then an emergency pass that accepts any stretch), first fit for ragged text and as the
/// last resort; centred lines of a balanced style (a title, a trích yếu) evened out.
extension ParagraphSetter {
    /// The passes of Knuth–Plass, each accepting more stretch than the one before: first no
    /// loose line at all (word gaps at most 1.6 × natural: a ratio of 1.2 of a stretch of half a
    /// space), then gaps up to twice the natural space, then whatever it takes.
    static let tolerances = [1.2, 2.0, .infinity]

    func chooseBreaks(_ items: [BreakItem], style: ParagraphStyle, widths: LineWidths) -> [Int] {
        let width: (Int) -> Double = { widths($0) }
        if style.alignment == .justify {
            // Gaps wider than the survey's threshold make a loose line.
            let looseRatio = (WordSpacingSurvey.looseThreshold - 1) / stretchRatio
            for tolerance in Self.tolerances {
                var breaker = LineBreaker(tolerance: tolerance)
                breaker.looseRatio = looseRatio
                if let breaks = breaker.breakpoints(items, lineWidth: width) { return breaks }
            }
        }
        return LineBreaker.greedy(items, lineWidth: width)
    }

    /// The narrowest measure that keeps the same number of lines, so centred lines come out of
    /// even length instead of a long line and a short one.
    func balancedBreaks(_ items: [BreakItem], lineCount: Int, widths: LineWidths) -> [Int] {
        var low = widths.rest / Double(lineCount), high = widths.rest
        var best = LineBreaker.greedy(items) { widths($0) }
        // 18 halvings: the measure is found to 1/262144 of its width, well under a point.
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

    /// Whether a line of `breaks` is wider than `width` at natural spacing.
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
}
