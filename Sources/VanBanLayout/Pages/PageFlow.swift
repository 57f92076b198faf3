import VanBanPages
import VanBanModel
import VanBanProfile

/// Places pieces on pages from top to bottom. When a piece does not fit, the page ends at the
/// last place where a break is allowed, and the pieces after it move to the next page: keep
/// rules (a heading with its text, the signature with the last lines of the body, no orphans
/// or widows, a table's header with its first row) are all expressed as "no break before this
/// piece". A table row that starts a page brings its table's header rows with it.
struct PageFlow {
    let margins: Margins
    /// Height kept free at the foot of page 1 (the contact footer, ô 13).
    let firstPageReserve: Length
    private var size: PageSize

    /// Lines of a footnote placed at the foot of a page (a long one may continue on the next).
    struct NoteSlice {
        var block: SetBlock
        var lines: Range<Int>
        var height: Length { block.lineHeight * Double(lines.count) }
    }

    /// A placed page: its size, its pieces and their y, and its footnotes.
    struct PlacedPage {
        var size: PageSize
        var pieces: [(piece: FlowPiece, y: Length, notes: Int)] = []
        var startsSection = false
        var notes: [NoteSlice] = []
        var notesHeight: Length { notes.reduce(.zero) { $0 + $1.height } }
    }

    /// Room taken above the footnotes: space, a short rule, space.
    static let noteSeparator = Length.pt(12)

    private(set) var overflows: [(role: Role, path: String)] = []
    /// Stop after this many pages (`InputLimits.pages`).
    let maxPages: Int
    /// Set when placing stopped at `maxPages`.
    private(set) var stoppedAtLimit = false

    init(pageSize: PageSize, margins: Margins, firstPageReserve: Length = .zero, maxPages: Int = .max) {
        self.size = pageSize
        self.margins = margins
        self.firstPageReserve = firstPageReserve
        self.maxPages = maxPages
    }

    private func limit(_ page: PlacedPage, index: Int) -> Length {
        page.size.height - margins.bottom - (index == 0 ? firstPageReserve : .zero)
    }

    /// Places the pieces and returns the pages.
    mutating func place(_ pieces: [FlowPiece]) -> [PlacedPage] {
        var pages = [PlacedPage(size: size, startsSection: true)]
        var pending = pieces[...]
        var y = margins.top
        var carried: [NoteSlice] = []  // footnote lines that did not fit on the previous page
        while var piece = pending.first {
            if pages.count > maxPages {
                stoppedAtLimit = true
                return pages
            }
            var page = pages[pages.count - 1]
            if piece.startsNewPage && !page.pieces.isEmpty {
                size = piece.pageSize ?? size
                pages.append(newPage(carrying: &carried, index: pages.count, startsSection: piece.restartsNumbering))
                y = margins.top
                continue
            }
            if page.pieces.isEmpty {
                if let newSize = piece.pageSize, newSize != page.size {
                    size = newSize
                    pages[pages.count - 1].size = newSize
                    page.size = newSize
                }
                if piece.restartsNumbering { pages[pages.count - 1].startsSection = true }
                // A table continuing on a new page repeats its header rows first.
                if let header = piece.repeatHeader, !header.isEmpty {
                    piece.repeatHeader = nil
                    pending = (header + [piece] + pending.dropFirst())[...]
                    continue
                }
            }
            let gap = page.pieces.isEmpty ? .zero : piece.gapBefore
            let bottom = limit(page, index: pages.count - 1)
            // The footnotes called in the piece go on the same page, under the text.
            let newNotes = piece.footnotes.reduce(Length.zero) { $0 + $1.height }
            let notes = page.notesHeight + newNotes
            let noteArea = notes > .zero ? notes + Self.noteSeparator : .zero
            // A page holding nothing but repeated header rows takes the next row whatever its height.
            let empty = page.pieces.allSatisfy { $0.piece.isRepeat }
            if y + gap + piece.height + noteArea <= bottom + .pt(0.01) || empty {
                if empty && y + gap + piece.height > bottom + .pt(0.01) { overflows.append((piece.role, piece.path)) }
                var slices = piece.footnotes.map { NoteSlice(block: $0, lines: 0..<$0.lines.count) }
                if y + gap + piece.height + noteArea > bottom + .pt(0.01) {
                    // Alone on its page and still too tall with its notes: the notes continue overleaf.
                    (slices, carried) = split(slices, room: bottom - (y + gap + piece.height) - page.notesHeight - Self.noteSeparator)
                }
                pages[pages.count - 1].pieces.append((piece, y + gap, slices.count))
                pages[pages.count - 1].notes += slices
                y += gap + piece.height
                pending = pending.dropFirst()
                continue
            }
            // The piece does not fit. If the page may not end before it, end the page at the last
            // allowed break on it and carry what follows; if there is none, break here anyway.
            if !piece.canBreakBefore,
               let breakAt = page.pieces.indices.last(where: { $0 > 0 && page.pieces[$0].piece.canBreakBefore }) {
                let moved = page.pieces[breakAt...]
                page.notes.removeLast(moved.reduce(0) { $0 + $1.notes })
                page.pieces.removeSubrange(breakAt...)
                pages[pages.count - 1] = page
                pending = (moved.map(\.piece) + pending)[...]
            }
            pages.append(newPage(carrying: &carried, index: pages.count))
            y = margins.top
        }
        // Footnote lines still to place get pages of their own.
        while !carried.isEmpty {
            pages.append(newPage(carrying: &carried, index: pages.count))
        }
        return pages
    }

    /// A new page that starts with the footnote lines carried from the page before (as many as fit).
    private func newPage(carrying carried: inout [NoteSlice], index: Int, startsSection: Bool = false) -> PlacedPage {
        var page = PlacedPage(size: size, startsSection: startsSection)
        let room = limit(page, index: index) - margins.top - Self.noteSeparator
        var (kept, rest) = split(carried, room: room)
        if kept.isEmpty, let first = carried.first, !first.lines.isEmpty {
            // Not even one line fits (an absurd page): take one anyway, so every line is placed once.
            kept = [NoteSlice(block: first.block, lines: first.lines.lowerBound..<(first.lines.lowerBound + 1))]
            rest = [NoteSlice(block: first.block, lines: (first.lines.lowerBound + 1)..<first.lines.upperBound)] + carried.dropFirst()
            rest.removeAll { $0.lines.isEmpty }
        }
        page.notes = kept
        carried = rest
        return page
    }

    /// The footnote lines that fit in `room`, and the ones carried to the next page.
    private func split(_ slices: [NoteSlice], room: Length) -> ([NoteSlice], [NoteSlice]) {
        var kept: [NoteSlice] = [], rest: [NoteSlice] = []
        var left = room
        for slice in slices {
            guard rest.isEmpty else { rest.append(slice); continue }
            let fitting = max(0, min(slice.lines.count, Int((left.points + 0.01) / slice.block.lineHeight.points)))
            if fitting > 0 { kept.append(NoteSlice(block: slice.block, lines: slice.lines.lowerBound..<(slice.lines.lowerBound + fitting))) }
            if fitting < slice.lines.count {
                rest.append(NoteSlice(block: slice.block, lines: (slice.lines.lowerBound + fitting)..<slice.lines.upperBound))
            }
            left -= slice.block.lineHeight * Double(fitting)
        }
        return (kept, rest)
    }
}
