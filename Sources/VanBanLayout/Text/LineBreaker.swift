/// One element of the Knuth–Plass paragraph model: a box (a word), glue (a space that can
/// stretch and shrink) or a penalty (a possible break with a cost; −∞ forces it).
struct BreakItem {
    enum Kind: UInt8 { case box, glue, penalty }
    var kind: Kind
    var width: Double
    var stretch: Double = 0
    var shrink: Double = 0
    var penalty: Double = 0

    static func box(_ width: Double) -> BreakItem { BreakItem(kind: .box, width: width) }
    static func glue(_ width: Double, stretch: Double, shrink: Double) -> BreakItem {
        BreakItem(kind: .glue, width: width, stretch: stretch, shrink: shrink)
    }
    static func penalty(_ cost: Double, width: Double = 0) -> BreakItem {
        BreakItem(kind: .penalty, width: width, penalty: cost)
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
    /// Added to every line's badness before squaring (Knuth's \linepenalty, 10): fewer lines
    /// are preferred when the spacing is equal.
    var linePenalty = 10.0
    /// Added when adjacent lines differ by more than one fitness class (tight/normal/loose/very
    /// loose; Knuth's \adjdemerits, 10,000, lowered so spacing weighs more than evenness).
    var adjacentDemerits = 3000.0
    /// A line stretched past this ratio is loose (its word gaps show as holes).
    var looseRatio = Double.infinity
    /// Added for each loose line: more than any finite penalty of the Vietnamese rules or of a
    /// break inside a code (500² = 250,000), so the fewest lines are loose, then the rest is weighed.
    static let looseDemerits = 1_000_000.0

    private struct Node {
        var position: Int
        var line: Int
        var fitness: Int
        var totals: Totals
        var demerits: Double
        var previous: Int
    }

    /// Width, stretch and shrink of the items before a position.
    private struct Totals {
        var width = 0.0, stretch = 0.0, shrink = 0.0
    }

    /// Indices of the items where lines end, or nil when no set of breaks keeps every line
    /// within the tolerance. `lineWidth(n)` is the measure of line n (0-based).
    func breakpoints(_ items: [BreakItem], lineWidth: (Int) -> Double) -> [Int]? {
        let sums = prefixSums(items)
        var nodes = [Node(position: 0, line: 0, fitness: 1, totals: Totals(), demerits: 0, previous: -1)]
        var active = [0]
        // The cheapest way to reach each break, per fitness class (one array, reset per break).
        var best = [(demerits: Double, node: Int)](repeating: (.infinity, -1), count: 4)
        for b in items.indices where isLegalBreak(items, at: b) {
            for fitness in best.indices { best[fitness] = (.infinity, -1) }
            var i = 0
            while i < active.count {
                let node = nodes[active[i]]
                let ratio = adjustmentRatio(from: node, to: b, items: items, sums: sums, width: lineWidth(node.line))
                if ratio >= -1 && ratio <= tolerance {
                    let fitness = LineBreaker.fitness(ratio)
                    var total = node.demerits + demerits(ratio: ratio, item: items[b])
                    if abs(fitness - node.fitness) > 1 { total += adjacentDemerits }
                    if total < best[fitness].demerits { best[fitness] = (total, active[i]) }
                }
                // A line that is already overfull only gets worse; no line spans a forced break.
                if ratio < -1 || isForced(items[b]) { active.remove(at: i) } else { i += 1 }
            }
            if best.allSatisfy({ $0.node < 0 }) {
                if active.isEmpty { return nil }
                continue
            }
            let totals = totalsAfterBreak(items, at: b, sums: sums)
            for (fitness, candidate) in best.enumerated() where candidate.node >= 0 {
                nodes.append(Node(position: b, line: nodes[candidate.node].line + 1, fitness: fitness, totals: totals,
                                  demerits: candidate.demerits, previous: candidate.node))
                active.append(nodes.count - 1)
            }
        }
        return bestPath(nodes, active: active, end: items.count - 1)
    }

    private func prefixSums(_ items: [BreakItem]) -> [Totals] {
        var sums = [Totals](repeating: Totals(), count: items.count + 1)
        for (i, item) in items.enumerated() {
            sums[i + 1] = sums[i]
            if item.kind != .penalty { sums[i + 1].width += item.width }
            if item.kind == .glue {
                sums[i + 1].stretch += item.stretch
                sums[i + 1].shrink += item.shrink
            }
        }
        return sums
    }

    /// A penalty below +∞, or a glue right after a box.
    private func isLegalBreak(_ items: [BreakItem], at b: Int) -> Bool {
        let item = items[b]
        return item.kind == .penalty ? item.penalty < .infinity : item.kind == .glue && b > 0 && items[b - 1].kind == .box
    }

    private func isForced(_ item: BreakItem) -> Bool { item.kind == .penalty && item.penalty == BreakItem.forcedBreak }

    /// How much the glue of the line from `node` to `b` must stretch (> 0) or shrink (< 0) to fill `width`.
    private func adjustmentRatio(from node: Node, to b: Int, items: [BreakItem], sums: [Totals], width: Double) -> Double {
        var length = sums[b].width - node.totals.width
        if items[b].kind == .penalty { length += items[b].width }
        if length < width {
            let stretch = sums[b].stretch - node.totals.stretch
            return stretch > 0 ? (width - length) / stretch : .infinity
        }
        if length > width {
            let shrink = sums[b].shrink - node.totals.shrink
            return shrink > 0 ? (width - length) / shrink : -.infinity
        }
        return 0
    }

    /// Totals at the start of the line after a break at `b`: glue and penalties after the break
    /// are discarded, up to the next box.
    private func totalsAfterBreak(_ items: [BreakItem], at b: Int, sums: [Totals]) -> Totals {
        var totals = sums[b]
        for j in b..<items.count {
            let next = items[j]
            if next.kind == .box || (j > b && isForced(next)) { break }
            if next.kind == .glue {
                totals.width += next.width
                totals.stretch += next.stretch
                totals.shrink += next.shrink
            }
        }
        return totals
    }

    /// The breaks of the cheapest node that ends the paragraph.
    private func bestPath(_ nodes: [Node], active: [Int], end: Int) -> [Int]? {
        guard let last = active.filter({ nodes[$0].position == end })
                .min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return nil }
        var breaks: [Int] = []
        var node = last
        while node > 0 {
            breaks.append(nodes[node].position)
            node = nodes[node].previous
        }
        return breaks.reversed()
    }

    private func demerits(ratio: Double, item: BreakItem) -> Double {
        // Knuth caps badness at 10,000 ("infinitely bad"); the emergency pass (tolerance ∞) must
        // still tell a line stretched 5 times from one stretched 50 times, so the cap is the
        // strict pass's only (where no such line is accepted anyway).
        let cubed = 100 * abs(ratio * ratio * ratio)
        let badness = ratio.isInfinite ? Self.infiniteBadness : tolerance.isInfinite ? min(cubed, Self.infiniteBadness) : min(10_000, cubed)
        var d = (linePenalty + badness) * (linePenalty + badness)
        if ratio > looseRatio { d += Self.looseDemerits }
        if item.kind == .penalty {
            if item.penalty >= 0 {
                d += item.penalty * item.penalty
            } else if item.penalty > BreakItem.forcedBreak {
                d -= item.penalty * item.penalty
            }
        }
        return d
    }

    /// The badness of a line that cannot stretch at all (a single word): worse than any stretch.
    static let infiniteBadness = 1e12

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
