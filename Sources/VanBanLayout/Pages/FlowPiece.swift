import VanBanModel
import VanBanPages

/// A piece of the page flow: items placed relative to the piece's top (x from the page's left
/// edge, y from the top of the piece), and the rules that say where a page may end.
struct FlowPiece {
    var role: Role
    var height: Length
    /// Space above the piece, dropped at the top of a page.
    var gapBefore: Length
    /// Whether a page may end just before this piece (orphans, widows, keep-with-next, keep-together).
    var canBreakBefore: Bool
    var items: [PageItem]
    /// The piece starts a new page.
    var startsNewPage = false
    /// The piece starts a new series of page numbers (an attached text).
    var restartsNumbering = false
    /// The size of the pages from this piece on (set with `startsNewPage`: a landscape appendix).
    var pageSize: PageSize?
    /// Header rows to repeat at the top of a page that this table row starts.
    var repeatHeader: [FlowPiece]?
    /// A repeated header row (a page holding only these counts as empty).
    var isRepeat = false
    /// Footnotes called in this piece, set for the foot of the page.
    var footnotes: [SetBlock] = []
    /// JSON pointer of what the piece shows, for messages about it (a piece too tall for a page).
    var path = ""

    /// The pieces of one paragraph, a piece per line: no page ends after its first line or
    /// before its last (no orphan or widow line: docs/architecture.md, "Layout"); a rule rides on the last line.
    static func lines(of block: SetBlock, x: Length, gapBefore: Length, minimumLines: Int = 2) -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        let count = block.lines.count
        for (i, line) in block.lines.enumerated() {
            var items = Emit.line(line, of: block, x: x, baseline: block.ascent)
            var height = block.lineHeight
            if i == count - 1, let rule = block.style.rule {
                height = max(height, Emit.rule(rule, under: block.lines, x: x, baseline: block.ascent, role: block.source.role.rule,
                                               into: &items))
            }
            let canBreak = i == 0 || (i >= minimumLines && count - i >= minimumLines)
            pieces.append(FlowPiece(role: block.source.role, height: height, gapBefore: i == 0 ? gapBefore : .zero,
                                    canBreakBefore: canBreak, items: items, path: block.source.path))
        }
        return pieces
    }
}

extension PageItem {
    /// The item moved down by `dy`.
    func shifted(by dy: Length) -> PageItem {
        switch self {
        case .line(var line):
            line.baseline += dy
            line.runs = line.runs.map { run in
                var moved = run
                moved.origin.y += dy
                return moved
            }
            return .line(line)
        case .rule(var rule):
            rule.from.y += dy
            rule.to.y += dy
            return .rule(rule)
        case .box(var box):
            box.origin.y += dy
            return .box(box)
        case .image(var image):
            image.origin.y += dy
            return .image(image)
        case .area(var area):
            area.origin.y += dy
            return .area(area)
        }
    }
}
