/// One element of the Knuth–Plass paragraph model: a box (a word), glue (a space that can
/// stretch and shrink) or a penalty (a possible break with a cost; −∞ forces it).
struct BreakItem {
    enum Kind: UInt8 { case box, glue, penalty }
    var kind: Kind
    var width: Double
    var stretch: Double = 0
    var shrink: Double = 0
    var penalty: Double = 0
    var flagged = false

    static func box(_ width: Double) -> BreakItem { BreakItem(kind: .box, width: width) }
    static func glue(_ width: Double, stretch: Double, shrink: Double) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink)
    }
    static func penalty(_ cost: Double, width: Double = 0, flagged: Bool = false) -> BreakItem {
        BreakItem(kind: .penalty, width: width, penalty: cost, flagged: flagged)
    }
    /// Stretch of the glue that ends a paragraph (`\parfillskip`): large enough to absorb any gap.
    static let finishingStretch = 1e7
    static let forcedBreak = -Double.infinity
}

/// Optimal line breaking after Knuth and Plass, "Breaking Paragraphs into Lines" (1981):
/// chooses the breaks that minimise the total demerits of the paragraph, with a greedy
/// first-fit fallback.
struct LineBreaker {
    /// Largest adjustment ratio accepted (1 = spaces stretched by their full stretch).
    var tolerance: Double
    var linePenalty = 10.0
    /// Added when adjacent lines differ by more than one fitness class (tight/normal/loose/very loose).
    var adjacentDemerits = 3000.0
    var flaggedDemerits = 3000.0

    private struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        var totalWidth: Double
        var totalStretch: Double
        var totalShrink: Double
        var demerits: Double
        var previous: Int
    }

    /// Indices of the items where lines end, or nil when no set of breaks keeps every line
    /// within the tolerance. `lineWidth(n)` is the measure of line n (0-based).
    func breakpoints(_ items: [BreakItem], lineWidth: (Int) -> Double) -> [Int]? {
        let count = items.count
        var sumWidth = [Double](repeating: 0, count: count + 1)
        var sumStretch = sumWidth, sumShrink = sumWidth
        for (i, item) in items.enumerated() {
            let counts = item.kind != .penalty
            sumWidth[i + 1] = sumWidth[i] + (counts ? item.width : 0)
            sumStretch[i + 1] = sumStretch[i] + (item.kind == .glue ? item.stretch : 0)
            sumShrink[i + 1] = sumShrink[i] + (item.kind == .glue ? item.shrink : 0)
        }
        var nodes = [Node(position: 0, line: 0, fitness: 1, totalWidth: 0, totalStretch: 0, totalShrink: 0,
                          demerits: 0, previous: -1)]
        var active = [0]

        for b in 0..<count {
            let item = items[b]
            let isBreak = item.kind == .penalty ? item.penalty < .infinity
                : item.kind == .glue && b > 0 && items[b - 1].kind == .box
            guard isBreak else { continue }
            var best = [(demerits: Double, node: Int)](repeating: (.infinity, -1), count: 4)
            var i = 0
            while i < active.count {
                let a = nodes[active[i]]
                var length = sumWidth[b] - a.totalWidth
                if item.kind == .penalty { length += item.width }
                let width = lineWidth(a.line)
                let ratio: Double
                if length < width {
                    let stretch = sumStretch[b] - a.totalStretch
                    ratio = stretch > 0 ? (width - length) / stretch : .infinity
                } else if length > width {
                    let shrink = sumShrink[b] - a.totalShrink
                    ratio = shrink > 0 ? (width - length) / shrink : -.infinity
                } else {
                    ratio = 0
                }
                if ratio >= -1 && ratio <= tolerance {
                    let d = demerits(ratio: ratio, item: item, previousItem: a.position > 0 ? items[a.position] : nil)
                    let fitness = LineBreaker.fitness(ratio)
                    var total = a.demerits + d
                    if abs(fitness - a.fitness) > 1 { total += adjacentDemerits }
                    if total < best[fitness].demerits { best[fitness] = (total, active[i]) }
                }
                if ratio < -1 || item.penalty == BreakItem.forcedBreak && item.kind == .penalty {
                    active.remove(at: i)
                } else {
                    i += 1
                }
            }
            guard best.contains(where: { $0.node >= 0 }) else {
                if active.isEmpty { return nil }
                continue
            }
            var tw = sumWidth[b], ty = sumStretch[b], tz = sumShrink[b]
            for j in b..<count {
                let next = items[j]
                if next.kind == .box { break }
                if next.kind == .glue {
                    tw += next.width
                    ty += next.stretch
                    tz += next.shrink
                } else if next.penalty == BreakItem.forcedBreak && j > b {
                    break
                }
            }
            for (fitness, candidate) in best.enumerated() where candidate.node >= 0 {
                nodes.append(Node(position: b, line: nodes[candidate.node].line + 1, fitness: fitness,
                                  totalWidth: tw, totalStretch: ty, totalShrink: tz,
                                  demerits: candidate.demerits, previous: candidate.node))
                active.append(nodes.count - 1)
            }
        }
        guard let last = active.filter({ nodes[$0].position == count - 1 })
                .min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return nil }
        var breaks: [Int] = []
        var node = last
        while node > 0 {
            breaks.append(nodes[node].position)
            node = nodes[node].previous
        }
        return breaks.reversed()
    }

    private func demerits(ratio: Double, item: BreakItem, previousItem: BreakItem?) -> Double {
        let badness = ratio.isInfinite ? 10_000 : min(10_000, 100 * abs(ratio * ratio * ratio))
        var d = (linePenalty + badness) * (linePenalty + badness)
        if item.kind == .penalty {
            if item.penalty >= 0 {
                d += item.penalty * item.penalty
            } else if item.penalty > BreakItem.forcedBreak {
                d -= item.penalty * item.penalty
            }
            if item.flagged, previousItem?.flagged == true, previousItem?.kind == .penalty { d += flaggedDemerits }
        }
        return d
    }

    private static func fitness(_ ratio: Double) -> Int {
        ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
    }

    /// First fit: each line takes as many items as fit at natural width. Always succeeds.
    static func greedy(_ items: [BreakItem], lineWidth: (Int) -> Double) -> [Int] {
        var breaks: [Int] = []
        var lineStart = true
        var width = 0.0
        var pendingGlue = 0.0
        var lastBreak = -1  // a glue or penalty where the current line could end
        var i = 0
        while i < items.count {
            let item = items[i]
            switch item.kind {
            case .box:
                let limit = lineWidth(breaks.count)
                if !lineStart, lastBreak >= 0, width + pendingGlue + item.width > limit + 1e-9 {
                    breaks.append(lastBreak)
                    i = lastBreak + 1
                    while i < items.count, items[i].kind != .box,
                          !(items[i].kind == .penalty && items[i].penalty == BreakItem.forcedBreak) { i += 1 }
                    width = 0; pendingGlue = 0; lineStart = true; lastBreak = -1
                    continue
                }
                width += pendingGlue + item.width
                pendingGlue = 0
                lineStart = false
            case .glue:
                if !lineStart, i > 0, items[i - 1].kind == .box { lastBreak = i }
                if !lineStart { pendingGlue += item.width }
            case .penalty:
                if item.penalty == BreakItem.forcedBreak {
                    breaks.append(i)
                    width = 0; pendingGlue = 0; lineStart = true; lastBreak = -1
                } else if item.penalty < .infinity, !lineStart {
                    lastBreak = i
                }
            }
            i += 1
        }
        if breaks.last != items.count - 1 { breaks.append(items.count - 1) }
        return breaks
    }
}
