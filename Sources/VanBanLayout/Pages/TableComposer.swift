import VanBanModel
import VanBanPages

/// The page area a block is composed in: the left edge and width of the text (a landscape
/// appendix is wider).
struct Frame {
    var left: Length
    var measure: Length
}

/// Lays out a table as flow pieces: one piece per group of rows joined by row spans (a row never
/// splits across pages), the header rows repeated on every page the table runs onto, a full grid
/// of borders, cells aligned horizontally and vertically, spans honoured.
struct TableComposer {
    let typesetter: Typesetter
    let frame: Frame

    /// A cell placed on the grid.
    private struct Placed {
        var cell: StyledCell
        var row: Int
        var column: Int
        var block: SetBlock?
    }

    func compose(_ table: StyledTable, gapBefore: Length) -> [FlowPiece] {
        let count = table.columns.count
        let header = grid(table.header.enumerated().map { .cells($1, path: JSONPointer.appending(JSONPointer.appending(table.path, key: "header"), index: $0)) },
                          count: count, added: table.numbered ? 1 : 0)
        let body = grid(table.rows, count: count, added: table.numbered ? 1 : 0)
        let widths = columnWidths(table, cells: header.placed + body.placed)
        let xs = widths.reduce(into: [frame.left]) { $0.append($0.last! + $1) }
        var pieces: [FlowPiece] = []
        for line in [table.caption, table.unit].compactMap({ $0 }) {
            let block = typesetter.set(line, measure: frame.measure)
            var lines = FlowPiece.lines(of: block, x: frame.left, gapBefore: pieces.isEmpty ? gapBefore + line.style.spaceBefore : .zero)
            if !pieces.isEmpty, !lines.isEmpty { lines[0].canBreakBefore = false }
            pieces += lines
        }
        let titled = !pieces.isEmpty
        let headerPieces = rowPieces(header, rowCount: table.header.count, table: table, xs: xs, role: .tableHeaderRow)
        let bodyPieces = rowPieces(body, rowCount: table.rows.count, table: table, xs: xs, role: .tableRow)
        for (i, var piece) in headerPieces.enumerated() {
            piece.canBreakBefore = i == 0 && !titled
            if i == 0 && !titled { piece.gapBefore = gapBefore }
            pieces.append(piece)
        }
        for (i, var piece) in bodyPieces.enumerated() {
            if i == 0 {
                piece.canBreakBefore = headerPieces.isEmpty && !titled
                if headerPieces.isEmpty && !titled { piece.gapBefore = gapBefore }
            }
            if !headerPieces.isEmpty {
                piece.repeatHeader = headerPieces.map { header in
                    var copy = header
                    copy.canBreakBefore = true
                    copy.gapBefore = .zero
                    copy.isRepeat = true
                    return copy
                }
            }
            pieces.append(piece)
        }
        return pieces
    }

    /// Cells placed on the grid (a cell takes the next column not covered by a row span from
    /// above), and the groups of rows that row spans join.
    /// `added`: the columns VanBan adds (STT), left out of what the author is told.
    private func grid(_ rows: [StyledRow], count: Int, added: Int) -> (placed: [Placed], groups: [Range<Int>]) {
        var placed: [Placed] = []
        // The last row each column is covered to by a row span from above: memory per column, not per cell.
        var coveredThrough = [Int](repeating: -1, count: count)
        var groups: [Range<Int>] = []
        var groupStart = 0, groupEnd = 0
        for (r, row) in rows.enumerated() {
            switch row {
            case .group(let line):
                var cell = StyledCell(line: line, colspan: count, rowspan: 1, valign: .middle)
                cell.line.style.firstLineIndent = .zero
                placed.append(Placed(cell: cell, row: r, column: 0))
            case .cells(let cells, let path):
                var column = 0
                for cell in cells {
                    while column < count, coveredThrough[column] >= r { column += 1 }
                    guard column < count else { break }
                    var fitted = cell
                    fitted.colspan = min(cell.colspan, count - column)
                    fitted.rowspan = max(1, min(cell.rowspan, rows.count - r))
                    for dc in 0..<fitted.colspan { coveredThrough[column + dc] = max(coveredThrough[column + dc], r + fitted.rowspan - 1) }
                    placed.append(Placed(cell: fitted, row: r, column: column))
                    groupEnd = max(groupEnd, r + fitted.rowspan - 1)
                    column += fitted.colspan
                }
                // A row with fewer cells than the table has columns: the missing ones are drawn
                // empty, so the grid stays closed, and the author hears of it.
                let missing = (column..<count).filter { coveredThrough[$0] < r }
                if let template = cells.last, !missing.isEmpty {
                    typesetter.warn(Diagnostic(.warning, .layoutTableShortRow, path: path,
                                               ["cells": .number(count - missing.count - added), "columns": .number(count - added)]))
                    for empty in missing {
                        var cell = template
                        cell.line.runs = []
                        cell.line.path = path
                        cell.colspan = 1
                        cell.rowspan = 1
                        placed.append(Placed(cell: cell, row: r, column: empty))
                    }
                }
            }
            if groupEnd <= r {
                groups.append(groupStart..<(r + 1))
                groupStart = r + 1
            }
        }
        if groupStart < rows.count { groups.append(groupStart..<rows.count) }
        return (placed, groups)
    }

    /// Fixed columns first, then fitted ones (their widest one-column cell, at most twice an even
    /// share), then the rest shared by weight, or, for a table that gives no widths, sized from
    /// its content (`automaticWidths`); scaled down if fixed and fitted ones overrun.
    private func columnWidths(_ table: StyledTable, cells: [Placed]) -> [Length] {
        let count = table.columns.count
        let pad = table.geometry.padding * 2
        var widths = [Length](repeating: .zero, count: count)
        var fitNeed = [Length](repeating: .zero, count: count)
        // What each automatic column's content needs: its widest word, and its longest text on one line.
        var least = [Length](repeating: .zero, count: count), most = least
        for entry in cells where entry.cell.colspan == 1 {
            switch table.columns[entry.column].width {
            case .fit:
                fitNeed[entry.column] = max(fitNeed[entry.column], typesetter.naturalWidth(entry.cell.line) + pad + table.geometry.border)
            case .automatic:
                let extra = pad + table.geometry.border
                least[entry.column] = max(least[entry.column], typesetter.widestWord(entry.cell.line) + extra)
                most[entry.column] = max(most[entry.column], typesetter.naturalWidth(entry.cell.line) + extra)
            default: break
            }
        }
        var used = Length.zero
        var weights = 0.0
        for (i, column) in table.columns.enumerated() {
            switch column.width {
            case .fixed(let w): widths[i] = w
            case .fit: widths[i] = min(fitNeed[i], frame.measure / Double(max(count, 2)) * 2)
            case .relative(let weight): weights += weight
            case .automatic: break
            }
            used += widths[i]
        }
        if used > frame.measure {
            let fixed = table.columns.indices.reduce(Length.zero) { if case .fixed = table.columns[$1].width { $0 + widths[$1] } else { $0 } }
            if fixed > frame.measure {
                typesetter.fail(Diagnostic(.error, .layoutTableWidth, path: JSONPointer.appending(table.path, key: "columns"),
                                           ["width": .number(Int(fixed.millimetres.rounded())), "measure": .number(Int(frame.measure.millimetres.rounded()))]))
            }
            return widths.map { $0 * (frame.measure / used) }
        }
        let automatic = table.columns.indices.filter { if case .automatic = table.columns[$0].width { true } else { false } }
        if !automatic.isEmpty {
            let sized = Self.automaticWidths(least: automatic.map { least[$0] }, most: automatic.map { most[$0] }, available: frame.measure - used)
            for (i, width) in zip(automatic, sized) { widths[i] = width }
            return widths
        }
        let rest = frame.measure - used
        for (i, column) in table.columns.enumerated() {
            if case .relative(let weight) = column.width { widths[i] = weights > 0 ? rest * (weight / weights) : .zero }
        }
        if weights == 0, used < frame.measure, let last = widths.indices.last {
            // No share column: the last column takes what is left, so the table spans the measure.
            widths[last] += frame.measure - used
        }
        return widths
    }

    /// Pieces for the rows of one grid: rows joined by a row span form one piece.
    private func rowPieces(_ grid: (placed: [Placed], groups: [Range<Int>]), rowCount: Int, table: StyledTable,
                           xs: [Length], role: Role) -> [FlowPiece] {
        var placed = grid.placed
        // Set every cell; row heights from the cells that span one row, then grown for spans.
        let pad = table.geometry.padding, vpad = table.geometry.verticalPadding
        var heights = [Length](repeating: .zero, count: rowCount)
        for i in placed.indices {
            let width = xs[placed[i].column + placed[i].cell.colspan] - xs[placed[i].column] - pad * 2
            var style = placed[i].cell.line.style
            style.firstLineIndent = .zero
            style.spaceBefore = .zero
            placed[i].block = typesetter.set(placed[i].cell.line, style: style, measure: max(width, .pt(1)))
            if placed[i].cell.rowspan == 1 {
                heights[placed[i].row] = max(heights[placed[i].row], placed[i].block!.height + vpad * 2)
            }
        }
        for entry in placed where entry.cell.rowspan > 1 {
            let rowsCovered = entry.row..<(entry.row + entry.cell.rowspan)
            let need = entry.block!.height + vpad * 2
            let have = rowsCovered.reduce(Length.zero) { $0 + heights[$1] }
            if need > have { heights[rowsCovered.upperBound - 1] += need - have }
        }
        // The cells of each group of rows, found in one pass (not a scan of every cell per group).
        var groupOfRow = [Int](repeating: 0, count: rowCount)
        for (g, group) in grid.groups.enumerated() { for r in group { groupOfRow[r] = g } }
        var cellsOfGroup = [[Int]](repeating: [], count: grid.groups.count)
        for i in placed.indices { cellsOfGroup[groupOfRow[placed[i].row]].append(i) }
        return grid.groups.enumerated().map { g, group in
            var ys = [Length.zero]
            for r in group { ys.append(ys.last! + heights[r]) }
            var items: [PageItem] = []
            var grid: [Rule] = [], drawn = Set<Rule>()
            for entry in cellsOfGroup[g].lazy.map({ placed[$0] }) {
                let top = ys[entry.row - group.lowerBound]
                let bottom = ys[entry.row - group.lowerBound + entry.cell.rowspan]
                draw(entry, top: top, bottom: bottom, xs: xs, table: table, into: &items)
                for edge in borders(of: entry, top: top, bottom: bottom, xs: xs, table: table) where drawn.insert(edge).inserted {
                    grid.append(edge)
                }
            }
            // The grid after the text, each edge once (neighbours share theirs): one path to draw.
            items += grid.map(PageItem.rule)
            let path = cellsOfGroup[g].first.map { placed[$0].cell.line.path } ?? table.path
            return FlowPiece(role: role, height: ys.last!, gapBefore: .zero, canBreakBefore: true, items: items, path: path)
        }
    }

    private func draw(_ entry: Placed, top: Length, bottom: Length, xs: [Length], table: StyledTable, into items: inout [PageItem]) {
        guard let block = entry.block else { return }
        let left = xs[entry.column], right = xs[entry.column + entry.cell.colspan]
        let pad = table.geometry.padding, vpad = table.geometry.verticalPadding
        let textTop: Length
        switch entry.cell.valign {
        case .middle: textTop = top + (bottom - top - block.height) / 2
        case .bottom: textTop = bottom - vpad - block.height
        case .top: textTop = top + vpad
        }
        Emit.block(block, x: left + pad, top: textTop, into: &items)
    }

    /// The four edges of a cell; vertical edges reach half a stroke past the horizontal ones, so corners close.
    private func borders(of entry: Placed, top: Length, bottom: Length, xs: [Length], table: StyledTable) -> [Rule] {
        let left = xs[entry.column], right = xs[entry.column + entry.cell.colspan]
        let border = table.geometry.border
        let over = border / 2
        return [(Point(x: left, y: top), Point(x: right, y: top)), (Point(x: left, y: bottom), Point(x: right, y: bottom)),
                (Point(x: left, y: top - over), Point(x: left, y: bottom + over)),
                (Point(x: right, y: top - over), Point(x: right, y: bottom + over))].map { from, to in
            Rule(role: .tableBorder, from: from, to: to, thickness: border)
        }
    }

    /// The widths of automatic columns in `available`, as browsers size an automatic table (CSS
    /// 2.1 §17.5.2.2): each gets its longest text when all of them fit, and the table still spans
    /// the width (the extra shared in proportion); else each gets its widest word and a share of
    /// what is left in proportion to how much more its text would take; when even the widest
    /// words do not fit, they are scaled down (and such words break).
    static func automaticWidths(least: [Length], most: [Length], available: Length) -> [Length] {
        let leastTotal = least.reduce(Length.zero, +), mostTotal = most.reduce(Length.zero, +)
        guard mostTotal > .zero else { return least.map { _ in available / Double(max(1, least.count)) } }
        if mostTotal <= available {
            return most.map { $0 + (available - mostTotal) * ($0 / mostTotal) }
        }
        if leastTotal >= available {
            return least.map { $0 * (available / leastTotal) }
        }
        let share = (available - leastTotal) / (mostTotal - leastTotal)
        return zip(least, most).map { $0 + ($1 - $0) * share }
    }
}
