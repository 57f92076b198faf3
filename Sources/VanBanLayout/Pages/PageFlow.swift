import VanBanModel
import VanBanText

/// A block whose lines are set, ready to be placed on pages.
struct FlowBlock {
    var role: String
    var path: String
    var lines: [SetLine]
    var size: Length
    /// Baseline-to-baseline distance.
    var lineHeight: Length
    /// Baseline offset from the top of a line box.
    var ascent: Length
    var spaceBefore: Length
    var spaceAfter: Length
    var keepWithNext: Bool
    var rule: RuleStyle?
    var measureLeft: Length
    var measureWidth: Length
}

/// Places blocks on pages from top to bottom: skips space before a block at the top of a page,
/// keeps a title with the first two lines of what follows, and never leaves fewer than two lines
/// of a paragraph alone at the foot or the head of a page (orphans and widows).
struct PageFlow {
    let pageSize: PageSize
    let top: Length
    let bottom: Length
    /// Fewest lines of a paragraph left at the foot of a page or carried to the next.
    var minimumLines = 2

    private(set) var pages: [Page] = []
    private var items: [PageItem] = []
    private var y: Length
    private var atPageTop = true

    init(pageSize: PageSize, margins: Margins) {
        self.pageSize = pageSize
        self.top = margins.top
        self.bottom = pageSize.height - margins.bottom
        self.y = margins.top
    }

    /// Places all blocks and returns the pages.
    mutating func place(_ blocks: [FlowBlock]) -> [Page] {
        for (i, block) in blocks.enumerated() {
            let next = i + 1 < blocks.count ? blocks[i + 1] : nil
            place(block, next: next)
        }
        finishPage()
        return pages
    }

    private mutating func place(_ block: FlowBlock, next: FlowBlock?) {
        if !atPageTop { y += block.spaceBefore }
        if block.keepWithNext, let next, !atPageTop {
            let nextLines = min(minimumLines, next.lines.count)
            let needed = height(of: block) + block.spaceAfter + next.spaceBefore + next.lineHeight * Double(nextLines)
            if y + needed > bottom + .pt(0.01) { newPage() }
        }
        var index = 0
        while index < block.lines.count {
            let remaining = block.lines.count - index
            let fit = max(0, Int(((bottom - y).points + 0.01) / block.lineHeight.points))
            var take = min(fit, remaining)
            if take < remaining {
                if remaining - take < minimumLines { take = remaining - minimumLines }
                if index == 0 && take < minimumLines { take = 0 }
                if take <= 0 && atPageTop { take = max(1, min(fit, remaining)) }
            }
            for line in block.lines[index..<(index + max(0, take))] { placeLine(line, of: block) }
            index += max(0, take)
            if index < block.lines.count { newPage() }
        }
        if let rule = block.rule { placeRule(rule, under: block) }
        y += block.spaceAfter
    }

    private func height(of block: FlowBlock) -> Length {
        block.lineHeight * Double(block.lines.count) + (block.rule.map { ruleExtra($0, block) } ?? .zero)
    }

    /// How far a rule under the last line reaches below that line's box.
    private func ruleExtra(_ rule: RuleStyle, _ block: FlowBlock) -> Length {
        let below = block.lineHeight - block.ascent
        return max(.zero, rule.gap + rule.thickness - below)
    }

    private mutating func placeLine(_ line: SetLine, of block: FlowBlock) {
        let baseline = y + block.ascent
        let x = block.measureLeft + line.x
        let runs = line.runs.map { run -> GlyphRun in
            var placed = run
            placed.origin = Point(x: x + run.origin.x, y: baseline + run.origin.y)
            return placed
        }
        items.append(.line(TextLine(role: block.role, path: block.path, x: x, baseline: baseline, width: line.width,
                                    measureLeft: block.measureLeft, measureWidth: block.measureWidth, size: block.size,
                                    endsParagraph: line.endsParagraph, runs: runs)))
        for underline in line.underlines {
            items.append(.rule(Rule(role: underline.role,
                                    from: Point(x: x + underline.from.x, y: baseline + underline.from.y),
                                    to: Point(x: x + underline.to.x, y: baseline + underline.to.y),
                                    thickness: underline.thickness)))
        }
        y += block.lineHeight
        atPageTop = false
    }

    /// A rule `ratio` × the widest line long, centred under the block's lines.
    private mutating func placeRule(_ rule: RuleStyle, under block: FlowBlock) {
        guard let widest = block.lines.map(\.width).max(), let last = block.lines.last else { return }
        let centre = block.measureLeft + last.x + last.width / 2
        let length = widest * rule.ratio
        let ruleY = y - block.lineHeight + block.ascent + rule.gap + rule.thickness / 2
        items.append(.rule(Rule(role: "\(block.role)-rule", from: Point(x: centre - length / 2, y: ruleY),
                                to: Point(x: centre + length / 2, y: ruleY), thickness: rule.thickness)))
        y += ruleExtra(rule, block)
    }

    private mutating func newPage() {
        finishPage()
        y = top
        atPageTop = true
    }

    private mutating func finishPage() {
        if !items.isEmpty || pages.isEmpty {
            pages.append(Page(size: pageSize, items: items))
        }
        items = []
    }
}
