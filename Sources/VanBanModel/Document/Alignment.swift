/// How the lines of a paragraph sit in the measure (`"align"` of a paragraph, a cell, a column).
public enum Alignment: String, Sendable, Hashable, CaseIterable {
    case left, center, right, justify
}

/// Where a cell's text sits between its top and bottom edges (`"valign"`).
public enum VerticalAlignment: String, Sendable, Hashable, CaseIterable {
    case top, middle, bottom
}
