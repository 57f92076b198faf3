/// A table (NĐ30 documents carry plans, budgets and statistics in them).
public struct Table: Sendable, Hashable {
    /// One entry per column (`columns`): its width and alignment; without `numbered`'s STT column.
    public var columns: [TableColumn]
    /// Header rows, repeated at the top of every page the table runs onto.
    public var header: [[TableCell]]
    /// The body rows (`rows`): rows of cells and group rows.
    public var rows: [TableRow]
    /// Adds a first column `STT` numbering the data rows (group rows are not counted).
    public var numbered: Bool
    /// Font size of the cells (the profile's table size when nil).
    public var size: Double?
    /// A title line above the table (`Bảng 1. …`).
    public var caption: String?
    /// A note at the right above the table (`Đơn vị tính: triệu đồng`).
    public var unit: String?

    /// Creates a table; without a unit note (see `with(unit:)`).
    public init(columns: [TableColumn] = [], header: [[TableCell]] = [], rows: [TableRow] = [], numbered: Bool = false,
                size: Double? = nil, caption: String? = nil) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.numbered = numbered
        self.size = size
        self.caption = caption
    }

    /// The same table with a unit note.
    public func with(unit: String?) -> Table {
        var copy = self
        copy.unit = unit
        return copy
    }

    /// The cells of the table: header and body.
    public var cellCount: Int {
        header.reduce(0) { $0 + $1.count } + rows.reduce(0) { $0 + ($1.cells?.count ?? 1) }
    }

    /// The most columns a table may have: a landscape A4 page holds about 60 columns of 4 mm.
    public static let maxColumns = 100

    /// Number of columns: the widest row, counting spans (and the STT column).
    public var columnCount: Int {
        let span: ([TableCell]) -> Int = { $0.reduce(0) { $0 + $1.colspan } }
        // A row left out of the count starts in the STT column: its span includes that column.
        let widest = (header.map(span) + rows.compactMap { row -> Int? in
            guard let cells = row.cells else { return nil }
            if case .styled(_, false, _) = row, numbered { return span(cells) - 1 }
            return span(cells)
        }).max() ?? 0
        return max(columns.count, widest) + (numbered ? 1 : 0)
    }
}

/// How wide a column is and how its cells align.
public struct TableColumn: Sendable, Hashable {
    /// How a column's width is given: a share, an exact length or `auto`.
    public enum Width: Sendable, Hashable {
        /// A share of the width left after fixed and fitted columns.
        case relative(Double)
        /// An exact width.
        case fixed(Length)
        /// As wide as its widest cell needs (within the table).
        case fit
        /// Sized from the content of every column together, as browsers size an automatic table:
        /// each column between its widest word and its longest text (the columns of a table that
        /// gives no `columns`).
        case automatic
    }
    /// The column's width: a number (a share), a length (`"25mm"`) or `"auto"` in JSON.
    public var width: Width
    /// `left`, `center`, `right` or `justify`.
    public var align: Alignment?
    /// Creates a column; by default one share of the width left, aligned as the profile's table cells.
    public init(width: Width = .relative(1), align: Alignment? = nil) {
        self.width = width
        self.align = align
    }
}

/// A row of cells, or a group row spanning the whole table (`I. CẤP XÃ`).
public enum TableRow: Sendable, Hashable {
    case cells([TableCell])
    case group(String)
    /// A row with options: `numbered: false` leaves it out of the STT count and lets its first
    /// cell start in the STT column (a total: `Tổng cộng` over two columns); `style` sets all its
    /// cells (`bold`).
    case styled(cells: [TableCell], numbered: Bool, style: FontStyle?)

    /// The cells of a row of cells.
    public var cells: [TableCell]? {
        switch self {
        case .cells(let cells), .styled(let cells, _, _): cells
        case .group: nil
        }
    }
}

/// A cell: text with inline markup, spans and alignment.
public struct TableCell: Sendable, Hashable {
    /// The cell's text with inline markup (`text`, or the bare string or number).
    public var text: String
    /// Number of columns the cell covers, 1 or more (`colspan`).
    public var colspan: Int
    /// Number of rows the cell covers, 1 or more (`rowspan`).
    public var rowspan: Int
    /// `left`, `center`, `right` or `justify` (`align`); when nil, the column's (header cells: the profile's).
    public var align: Alignment?
    /// `top`, `middle` or `bottom`; when nil, header cells sit in the middle and others at the top.
    public var valign: VerticalAlignment?
    /// `bold`, `italic` or `bold-italic` for the whole cell.
    public var style: FontStyle?

    /// Creates a cell covering one column and one row unless spans are given.
    public init(_ text: String, colspan: Int = 1, rowspan: Int = 1, align: Alignment? = nil, valign: VerticalAlignment? = nil,
                style: FontStyle? = nil) {
        self.text = text
        self.colspan = colspan
        self.rowspan = rowspan
        self.align = align
        self.valign = valign
        self.style = style
    }
}
