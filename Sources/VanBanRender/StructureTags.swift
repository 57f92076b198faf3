import CCairo
import VanBanModel
import VanBanPages

/// The structure a screen reader and an archive read (ISO 32000-1 §14.8, standard structure
/// types; docs/pdfa.md): each text block of the page becomes one element in reading order —
/// the order the composers place items in, which is the order a person reads the page (the
/// header's left column, then its right one, the title, the body, the signature, Nơi nhận).
/// Rules, frames, blank areas and page numbers stay outside the structure.
enum StructureType: String {
    case paragraph = "P", title = "H1", heading = "H2", subheading = "H3"
    case listItem = "LI", listBody = "LBody", list = "L"
    case table = "Table", row = "TR", headerCell = "TH", cell = "TD"
    case note = "Note", figure = "Figure"
    /// The root: one element holding every page's structure (the finisher adds it: Cairo 1.16
    /// drops a tag opened outside a page).
    case document = "Document"

    /// The element a line of `role` belongs to; nil for what is not content (the page number).
    static func of(_ role: Role) -> StructureType? {
        switch role {
        case .pageNumber: nil
        case .typeName: .title
        case .subject, .appendixLabel, .appendixTitle: .heading
        case .heading(.part), .heading(.chapter), .headingTitle(.part), .headingTitle(.chapter): .heading
        case .heading(.section), .heading(.subsection), .headingTitle(.section), .headingTitle(.subsection),
             .heading(.article), .headingTitle(.article): .subheading
        case .listItem: .listItem
        case .tableCell, .tableGroup: .cell
        case .tableHeader: .headerCell
        case .footnote: .note
        default: .paragraph
        }
    }
}

/// Opens and closes Cairo's structure tags (`cairo_tag_begin`/`cairo_tag_end`, Cairo ≥ 1.16)
/// around the lines and images of one page, grouping the lines of one block (same pointer and
/// role) into one element, table cells into rows and rows into a table.
struct StructureTagger {
    let cr: OpaquePointer
    private var open: [(type: StructureType, key: String)] = []

    init(cr: OpaquePointer) { self.cr = cr }

    /// Before drawing `line`: the elements it belongs to are open, others closed.
    mutating func enter(_ line: TextLine) {
        guard let type = StructureType.of(line.role) else {
            closeAll()
            return
        }
        switch type {
        case .cell, .headerCell:
            // `/body/3/table/rows/2/1`: the table, its row, its cell.
            let parts = line.path.split(separator: "/", omittingEmptySubsequences: false)
            let tablePath = parts.firstIndex(of: "table").map { parts[...$0].joined(separator: "/") } ?? line.path
            let rowPath = parts.count >= 2 ? parts.dropLast().joined(separator: "/") : line.path
            want([(.table, tablePath), (.row, rowPath), (type, line.path + "#" + line.role.rawValue)])
        case .listItem:
            want([(.list, "list"), (.listItem, line.path), (.listBody, line.path)])
        default:
            want([(type, line.path + "#" + line.role.rawValue)])
        }
    }

    /// Around an image: a figure of its own.
    mutating func enterFigure(_ key: String) {
        want([(.figure, key)])
    }

    /// Closes every element (before a page ends, and before what is not content).
    mutating func closeAll() {
        while let last = open.popLast() { cairo_tag_end(cr, last.type.rawValue) }
    }

    /// Keeps the common prefix of what is open and `path`, closes the rest, opens what is missing.
    private mutating func want(_ path: [(type: StructureType, key: String)]) {
        var keep = 0
        while keep < open.count, keep < path.count, open[keep].type == path[keep].type, open[keep].key == path[keep].key { keep += 1 }
        while open.count > keep { cairo_tag_end(cr, open.removeLast().type.rawValue) }
        for element in path[keep...] {
            cairo_tag_begin(cr, element.type.rawValue, "")
            open.append(element)
        }
    }
}
