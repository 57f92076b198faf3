import VanBanModel
import VanBanProfile

extension Resolver {
    /// A table: header cells in the header style (bold, centred), data cells in the table style
    /// with their column's alignment, group rows across the table, and an `STT` column when asked.
    mutating func styledTable(_ table: Table, path: String) -> StyledTable {
        var columns = table.columns
        let count = table.columnCount - (table.numbered ? 1 : 0)
        // A table that gives no widths is sized from its content.
        while columns.count < count { columns.append(TableColumn(width: table.columns.isEmpty ? .automatic : .relative(1))) }
        if table.numbered { columns.insert(TableColumn(width: .fit, align: .center), at: 0) }

        let size = table.size
        func styledCell(_ cell: TableCell, _ path: String, _ element: Element, column: Int, rowStyle: FontStyle? = nil) -> StyledCell {
            var styled = line(element == .tableHeader ? .tableHeader : .tableCell, path, cell.text, element)
            if let size { styled.style.size = .pt(size) }
            let align = cell.align ?? (element == .tableHeader ? nil : columns[min(column, columns.count - 1)].align)
            if let align { styled.style.alignment = align }
            if let style = cell.style ?? rowStyle { styled.style.base = styled.style.base.adding(style.inline) }
            return StyledCell(line: styled, colspan: cell.colspan, rowspan: cell.rowspan,
                              valign: cell.valign ?? (element == .tableHeader ? .middle : .top))
        }
        func place(_ cells: [TableCell], rowPath: String, element: Element, number: String?, rowStyle: FontStyle? = nil) -> [StyledCell] {
            var out: [StyledCell] = []
            var column = 0
            if let number {
                out.append(styledCell(TableCell(number), rowPath, element, column: 0, rowStyle: rowStyle))
                column = 1
            }
            for (i, cell) in cells.enumerated() {
                out.append(styledCell(cell, JSONPointer.appending(rowPath, index: i), element, column: column, rowStyle: rowStyle))
                column += cell.colspan
            }
            return out
        }

        var header: [[StyledCell]] = []
        for (i, row) in table.header.enumerated() {
            let rowPath = JSONPointer.appending(JSONPointer.appending(path, key: "header"), index: i)
            header.append(place(row, rowPath: rowPath, element: .tableHeader, number: table.numbered && i == 0 ? "STT" : nil))
        }
        if table.numbered, table.header.count > 1, !header.isEmpty {
            header[0][0].rowspan = table.header.count
        }
        var rows: [StyledRow] = []
        var number = 0
        for (i, row) in table.rows.enumerated() {
            let rowPath = JSONPointer.appending(JSONPointer.appending(path, key: "rows"), index: i)
            switch row {
            case .group(let text):
                rows.append(.group(line(.tableGroup, rowPath, text, .tableGroup)))
            case .cells(let cells):
                number += 1
                rows.append(.cells(place(cells, rowPath: rowPath, element: .table, number: table.numbered ? String(number) : nil), path: rowPath))
            case .styled(let cells, let numbered, let style):
                // A row out of the count (a total) starts in the STT column.
                if numbered { number += 1 }
                let stt = table.numbered && numbered ? String(number) : nil
                rows.append(.cells(place(cells, rowPath: JSONPointer.appending(rowPath, key: "cells"), element: .table, number: stt,
                                         rowStyle: style), path: rowPath))
            }
        }
        let caption = table.caption.map { line(.tableCaption, JSONPointer.appending(path, key: "caption"), $0, .tableCaption, keepWithNext: true) }
        let unit = table.unit.map { text -> StyledLine in
            var note = line(.tableUnit, JSONPointer.appending(path, key: "unit"), text, .table, keepWithNext: true)
            note.style.alignment = .right
            note.style.base.italic = true
            note.style.firstLineIndent = .zero
            return note
        }
        return StyledTable(path: path, columns: columns, numbered: table.numbered, header: header, rows: rows, caption: caption, unit: unit, geometry: profile.table)
    }
}
