import VanBanModel

/// Places pieces on pages from top to bottom. When a piece does not fit, the page ends at the
/// last place where a break is allowed, and the pieces after it move to the next page: keep
/// rules (a heading with its text, the signature with the last lines of the body, no orphans
/// or widows) are all expressed as "no break before this piece".
struct PageFlow {
    let pageSize: PageSize
    let top: Length
    let bottom: Length
    /// Height kept free at the foot of page 1 (the contact footer, ô 13).
    let firstPageReserve: Length

    /// A placed page: pieces and their y.
    struct PlacedPage {
        var pieces: [(piece: FlowPiece, y: Length)] = []
        var startsSection = false
    }

    private(set) var overflows: [String] = []

    init(pageSize: PageSize, margins: Margins, firstPageReserve: Length = .zero) {
        self.pageSize = pageSize
        self.top = margins.top
        self.bottom = pageSize.height - margins.bottom
        self.firstPageReserve = firstPageReserve
    }

    private func limit(page index: Int) -> Length { index == 0 ? bottom - firstPageReserve : bottom }

    /// Places the pieces and returns the pages.
    mutating func place(_ pieces: [FlowPiece]) -> [PlacedPage] {
        var pages = [PlacedPage()]
        pages[0].startsSection = true
        var pending = pieces[...]
        var y = top
        while let piece = pending.first {
            var page = pages[pages.count - 1]
            if piece.startsNewPage && !page.pieces.isEmpty {
                pages.append(PlacedPage(startsSection: piece.restartsNumbering))
                y = top
                continue
            }
            if piece.restartsNumbering && page.pieces.isEmpty { pages[pages.count - 1].startsSection = true }
            let gap = page.pieces.isEmpty ? .zero : piece.gapBefore
            if y + gap + piece.height <= limit(page: pages.count - 1) + .pt(0.01) || page.pieces.isEmpty {
                if page.pieces.isEmpty && y + piece.height > limit(page: pages.count - 1) + .pt(0.01) {
                    overflows.append(piece.role)
                }
                pages[pages.count - 1].pieces.append((piece, y + gap))
                y += gap + piece.height
                pending = pending.dropFirst()
                continue
            }
            // The piece does not fit. If the page may not end before it, end the page at the last
            // allowed break on it and carry what follows; if there is none, break here anyway.
            if !piece.canBreakBefore, let breakAt = page.pieces.indices.last(where: { $0 > 0 && page.pieces[$0].piece.canBreakBefore }) {
                let moved = page.pieces[breakAt...].map(\.piece)
                page.pieces.removeSubrange(breakAt...)
                pages[pages.count - 1] = page
                pending = (moved + pending)[...]
            }
            pages.append(PlacedPage())
            y = top
        }
        return pages
    }
}
