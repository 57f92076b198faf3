/// One element of a document's content.
public enum Block: Sendable, Hashable {
    /// A paragraph with inline markup.
    case paragraph(Paragraph)
    /// A structural heading: `Phần I`, `Chương II`, `Mục 1`, `Tiểu mục 1`, `Điều 5.`, or an
    /// outline label `I.`, `1.`, `1.1.`, `a)`.
    case heading(Heading)
    /// A centred bold line (`QUYẾT ĐỊNH:`).
    case center(String)
    /// Items set as indented paragraphs that start with a marker (`- `, `+ `, `1.`, `a)`), nested.
    case list(ListBlock)
    /// A table with repeated header rows, spans and group rows.
    case table(Table)
    /// Blocks kept on one page.
    case together([Block])
    /// Starts a new page.
    case pageBreak
}

/// A paragraph. Written as a bare string in JSON when it needs no options.
public struct Paragraph: Sendable, Hashable {
    /// The paragraph's text with inline markup (`**bold**`, `*italic*`, footnotes `^[…]`); `text` in JSON, or the bare string.
    public var text: String
    /// Overrides the body's justified alignment.
    public var align: Alignment?
    /// `false` removes the first-line indent.
    public var indent: Bool?
    /// Sets the whole paragraph in `italic`, `bold` or `bold-italic`.
    public var style: FontStyle?
    /// Creates a paragraph; nil options keep the body's defaults (justified, indented, regular).
    public init(_ text: String, align: Alignment? = nil, indent: Bool? = nil, style: FontStyle? = nil) {
        self.text = text
        self.align = align
        self.indent = indent
        self.style = style
    }
}

/// A heading: its label decides its kind (docs/model.md "Blocks", NĐ30 PL I, II.6.đ).
public struct Heading: Sendable, Hashable {
    /// `Chương I`, `Điều 1.`, `I.`, `1.`, `a)`.
    public var label: String
    /// The heading's title: on the next line for Phần/Chương/Mục (upper case), after the label
    /// for an Điều or an outline heading (bold).
    public var title: String?
    /// Run-in text after the label, in the body face (`Điều 1.` **bold** then regular text).
    public var text: String?
    /// The face of the heading's label and title when the office's style differs from the
    /// profile's (`italic` for the `a)` headings of a report); it stays a heading, kept with what follows.
    public var style: FontStyle?
    /// Creates a heading from its label (`heading` in JSON), with an optional title and run-in text.
    public init(_ label: String, title: String? = nil, text: String? = nil, style: FontStyle? = nil) {
        self.label = label
        self.title = title
        self.text = text
        self.style = style
    }

    /// What a label introduces.
    public enum Kind: String, Sendable {
        case part, chapter, section, subsection, article, outline
    }

    /// `Phần` → part, `Chương` → chapter, `Mục` → section, `Tiểu mục` → subsection, `Điều` → article,
    /// anything else (`I.`, `1.`, `a)`) → an outline heading.
    public var kind: Kind {
        let first = label.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        switch first {
        case "phần": return .part
        case "chương": return .chapter
        case "mục": return .section
        case "tiểu": return .subsection
        case "điều": return .article
        default: return .outline
        }
    }
}

/// A list of items, each an indented paragraph starting with its marker.
public struct ListBlock: Sendable, Hashable {
    /// The items, in order (`list` in JSON).
    public var items: [ListItem]
    /// `-` (default), `+`, or a numbering pattern: `1.`, `1)`, `a)` (Vietnamese alphabet: a, b, c, d,
    /// đ, e, …), `I.` (Roman).
    public var marker: String
    /// Creates a list of items with the given marker.
    public init(items: [ListItem], marker: String = "-") {
        self.items = items
        self.marker = marker
    }
    /// Creates a list of plain text items, without nested lists.
    public init(_ items: [String], marker: String = "-") {
        self.init(items: items.map { ListItem($0) }, marker: marker)
    }

    /// The marker of item `index` (0-based): `-`, `3.`, `c)`, `đ)`, `IV.`.
    public func marker(at index: Int) -> String {
        guard let kind = marker.first, marker.count >= 2 else { return marker }
        let suffix = String(marker.dropFirst())
        switch kind {
        case "1": return String(index + 1) + suffix
        case "a": return ListBlock.vietnameseLetters[index % ListBlock.vietnameseLetters.count] + suffix
        case "I": return ListBlock.roman(index + 1) + suffix
        default: return marker
        }
    }

    /// Điểm letters in Vietnamese alphabetical order (NĐ30 PL I, II.6.đ): no f, j, w, z; đ after d.
    public static let vietnameseLetters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q",
                                           "r", "s", "t", "u", "v", "x", "y"]

    /// `n` in upper-case Roman numerals (`4` → `IV`).
    public static func roman(_ n: Int) -> String {
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in values {
            while n >= value { out += letters; n -= value }
        }
        return out
    }
}

/// A list item: its text and an optional nested list.
public struct ListItem: Sendable, Hashable {
    /// The item's text with inline markup (`text` in JSON, or the bare string).
    public var text: String
    /// A nested list under the item, indented 5 mm more (`list` and `marker` in JSON).
    public var sublist: ListBlock?
    /// Creates an item with an optional nested list.
    public init(_ text: String, sublist: ListBlock? = nil) {
        self.text = text
        self.sublist = sublist
    }
}

extension Block {
    /// The table cells in this block (and the blocks it holds).
    public var tableCellCount: Int {
        switch self {
        case .table(let table): table.cellCount
        case .together(let blocks): blocks.reduce(0) { $0 + $1.tableCellCount }
        default: 0
        }
    }
}

extension Document {
    /// The table cells of the body, the appendices and the attached texts (with their appendices).
    public var tableCellCount: Int {
        let attached = attachments.flatMap { $0.body + $0.appendices.flatMap(\.body) }
        let blocks = body + appendices.flatMap(\.body) + attached
        return blocks.reduce(0) { $0 + $1.tableCellCount }
    }
}
