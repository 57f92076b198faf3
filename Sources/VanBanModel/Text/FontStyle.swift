/// One of the four faces of the document family; also how a document sets a whole paragraph or
/// cell (`"style": "bold-italic"`).
public enum FontStyle: Int, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case regular, bold, italic, boldItalic

    /// The style by its name in a document: `regular`, `bold`, `italic`, `bold-italic`.
    public init?(name: String) {
        guard let style = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = style
    }

    /// The style's name in a document.
    public var name: String {
        switch self {
        case .regular: "regular"
        case .bold: "bold"
        case .italic: "italic"
        case .boldItalic: "bold-italic"
        }
    }

    /// The inline style that this face carries.
    public var inline: InlineStyle { InlineStyle(bold: isBold, italic: isItalic) }

    /// The face that carries an inline style (underline is drawn, not a face).
    public init(_ style: InlineStyle) {
        switch (style.bold, style.italic) {
        case (false, false): self = .regular
        case (true, false): self = .bold
        case (false, true): self = .italic
        case (true, true): self = .boldItalic
        }
    }

    /// Whether the face is bold.
    public var isBold: Bool { self == .bold || self == .boldItalic }
    /// Whether the face is italic.
    public var isItalic: Bool { self == .italic || self == .boldItalic }

    /// The style as faces name it (`Bold Italic`).
    public var description: String {
        switch self {
        case .regular: "Regular"
        case .bold: "Bold"
        case .italic: "Italic"
        case .boldItalic: "Bold Italic"
        }
    }

    /// The face's name in messages, in the reader's language.
    public var term: MessageTerm {
        switch self {
        case .regular: .faceRegular
        case .bold: .faceBold
        case .italic: .faceItalic
        case .boldItalic: .faceBoldItalic
        }
    }
}
