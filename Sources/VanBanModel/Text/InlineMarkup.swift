/// Inline styling of a span of text.
public struct InlineStyle: Sendable, Hashable {
    /// Set in the bold face (`**bold**`).
    public var bold: Bool
    /// Set in the italic face (`*italic*`).
    public var italic: Bool
    /// Underlined (`__underlined__`).
    public var underline: Bool
    /// Set smaller and raised (a footnote's number).
    public var superscript: Bool

    /// Creates a style; every attribute is off unless set.
    public init(bold: Bool = false, italic: Bool = false, underline: Bool = false, superscript: Bool = false) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.superscript = superscript
    }

    /// Upright, not bold, not underlined.
    public static let regular = InlineStyle()
    /// Bold only.
    public static let bold = InlineStyle(bold: true)
    /// Italic only.
    public static let italic = InlineStyle(italic: true)
    /// Bold and italic (`***bold italic***`).
    public static let boldItalic = InlineStyle(bold: true, italic: true)

    /// This style with another one applied on top (a bold run inside an italic paragraph is bold italic).
    public func adding(_ other: InlineStyle) -> InlineStyle {
        InlineStyle(bold: bold || other.bold, italic: italic || other.italic, underline: underline || other.underline,
                    superscript: superscript || other.superscript)
    }
}

/// A run of text in one inline style. `\n` inside `text` is an explicit line break.
public struct StyledText: Sendable, Hashable {
    /// The run's characters, without markup; `\n` is a line break.
    public var text: String
    /// The style the whole run is set in.
    public var style: InlineStyle
    /// The footnote this run calls: an index into `InlineMarkup.Result.footnotes`, then (after
    /// resolving) the footnote's number in the document.
    public var footnote: Int?
    /// Creates a run of `text` in `style`, optionally calling footnote `footnote`.
    public init(_ text: String, _ style: InlineStyle = .regular, footnote: Int? = nil) {
        self.text = text
        self.style = style
        self.footnote = footnote
    }
}

/// Parses the inline markup of docs/model.md ("Text"): `*italic*`, `**bold**`, `***bold italic***`,
/// `__underlined__`, a backslash escapes the next character, `\n` is a line break.
///
/// A delimiter opens only before a non-space and closes only after a non-space, and only when a
/// matching closer follows; anything else stays literal text (`5 * 3`), with a warning when it
/// looks like a forgotten closer.
public enum InlineMarkup {
    /// The parsed runs and the warnings about unmatched delimiters.
    public struct Result: Sendable, Hashable {
        /// The text split into runs of one style each, in reading order.
        public var runs: [StyledText]
        /// Footnotes written `^[…]`, in order; their calls are the runs whose `footnote` is set.
        public var footnotes: [String]
        /// Warnings about delimiters opened and never closed (`MARKUP.UNCLOSED`).
        public var warnings: [Diagnostic]
        /// The text without markup.
        public var plainText: String { runs.map(\.text).joined() }
    }

    private enum Delimiter: Hashable {
        case italic, bold, boldItalic, underline
        var literal: String {
            switch self { case .italic: "*"; case .bold: "**"; case .boldItalic: "***"; case .underline: "__" }
        }
        var style: InlineStyle {
            switch self {
            case .italic: .italic
            case .bold: .bold
            case .boldItalic: .boldItalic
            case .underline: InlineStyle(underline: true)
            }
        }
    }

    private enum Token {
        case text(String)
        case footnote(String)
        case delimiter(Delimiter, canOpen: Bool, canClose: Bool)
        case open(Delimiter)
        case close(Delimiter)
    }

    /// Parses `source`; `path` is the JSON pointer used in warnings.
    public static func parse(_ source: String, path: String = "") -> Result {
        var tokens = tokenize(source)
        var warnings: [Diagnostic] = []
        match(&tokens)
        // One warning per kind of delimiter left open (a text of 80,000 "*a" is one warning, not 80,000).
        var reported: Set<Delimiter> = []
        for case .delimiter(let d, let canOpen, _) in tokens where canOpen && reported.insert(d).inserted {
            warnings.append(Diagnostic(.warning, .markupUnclosed, path: path,
                                       ["delimiter": .text(d.literal), "escaped": .text("\\" + d.literal.prefix(1)),
                                        "escapedInJSON": .text("\\\\" + d.literal.prefix(1))]))
        }
        let footnotes = tokens.compactMap { if case .footnote(let text) = $0 { text } else { nil } }
        return Result(runs: styledRuns(tokens), footnotes: footnotes, warnings: warnings)
    }

    /// Splits the text into literal text and delimiter runs, working on UTF-8 bytes (every
    /// character of the markup is ASCII).
    private static func tokenize(_ source: String) -> [Token] {
        // Most texts have no markup at all: one text token, without copying them byte by byte.
        var plain = source
        if plain.withUTF8({ !$0.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "^") } }) {
            return source.isEmpty ? [] : [.text(source)]
        }
        let bytes = Array(source.utf8)
        let closers = closingBrackets(bytes)
        var tokens: [Token] = []
        var text: [UInt8] = []
        func isSpace(_ index: Int) -> Bool {
            guard index >= 0, index < bytes.count else { return true }
            let b = bytes[index]
            return b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
        }
        let star = UInt8(ascii: "*"), underscore = UInt8(ascii: "_"), backslash = UInt8(ascii: "\\")
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "^"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "["), let end = closers[i + 1] {
                if !text.isEmpty {
                    tokens.append(.text(String(decoding: text, as: UTF8.self)))
                    text.removeAll(keepingCapacity: true)
                }
                tokens.append(.footnote(String(decoding: bytes[(i + 2)..<end], as: UTF8.self)))
                i = end + 1
                continue
            }
            if b == backslash, i + 1 < bytes.count {
                // The escaped character, whole (a UTF-8 sequence is one lead byte and its continuations).
                var end = i + 2
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                text += bytes[(i + 1)..<end]
                i = end
                continue
            }
            guard b == star || (b == underscore && i + 1 < bytes.count && bytes[i + 1] == underscore) else {
                text.append(b)
                i += 1
                continue
            }
            var j = i
            while j < bytes.count, bytes[j] == b { j += 1 }
            let delimiter: Delimiter?
            switch (b, j - i) {
            case (star, 1): delimiter = .italic
            case (star, 2): delimiter = .bold
            case (star, 3): delimiter = .boldItalic
            case (underscore, 2): delimiter = .underline
            default: delimiter = nil
            }
            guard let delimiter else {
                text += bytes[i..<j]
                i = j
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(decoding: text, as: UTF8.self)))
                text.removeAll(keepingCapacity: true)
            }
            tokens.append(.delimiter(delimiter, canOpen: !isSpace(j), canClose: !isSpace(i - 1)))
            i = j
        }
        if !text.isEmpty { tokens.append(.text(String(decoding: text, as: UTF8.self))) }
        return tokens
    }

    /// For each `[`, the index of the `]` that closes it (brackets nest, `\` escapes the next
    /// byte), found in one pass with a stack: a text of many `^[` never closed stays linear.
    private static func closingBrackets(_ bytes: [UInt8]) -> [Int: Int] {
        var closers: [Int: Int] = [:]
        var open: [Int] = []
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 1
            case UInt8(ascii: "["): open.append(i)
            case UInt8(ascii: "]"): if let start = open.popLast() { closers[start] = i }
            default: break
            }
            i += 1
        }
        return closers
    }

    /// Pairs openers with closers left to right; unpaired delimiters stay `.delimiter`. A closer
    /// takes the nearest opener of its kind and drops the openers after it; one stack per kind
    /// keeps this linear (each opener is pushed and popped once).
    private static func match(_ tokens: inout [Token]) {
        var openers: [Delimiter: [Int]] = [:]
        for index in tokens.indices {
            guard case .delimiter(let d, let canOpen, let canClose) = tokens[index] else { continue }
            if canClose, let opener = openers[d]?.popLast() {
                tokens[opener] = .open(d)
                tokens[index] = .close(d)
                for kind in openers.keys { while let last = openers[kind]?.last, last > opener { openers[kind]?.removeLast() } }
            } else if canOpen {
                openers[d, default: []].append(index)
            }
        }
    }

    private static func styledRuns(_ tokens: [Token]) -> [StyledText] {
        var runs: [StyledText] = []
        var active: [Delimiter] = []
        var footnote = 0
        func append(_ text: String) {
            let style = active.reduce(InlineStyle.regular) { $0.adding($1.style) }
            if let last = runs.last, last.style == style, last.footnote == nil {
                runs[runs.count - 1].text += text
            } else {
                runs.append(StyledText(text, style))
            }
        }
        for token in tokens {
            switch token {
            case .text(let t): append(t)
            case .footnote:
                runs.append(StyledText("", active.reduce(InlineStyle(superscript: true)) { $0.adding($1.style) }, footnote: footnote))
                footnote += 1
            case .delimiter(let d, _, _): append(d.literal)
            case .open(let d): active.append(d)
            case .close(let d): if let k = active.lastIndex(of: d) { active.remove(at: k) }
            }
        }
        return runs
    }
}
