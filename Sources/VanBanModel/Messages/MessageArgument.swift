/// A value put into a message template's `{placeholder}`: text taken as it is (a value from the
/// document, a number, a file name) or a term the catalogue words in each language.
public enum MessageArgument: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// Shown as it is, in every language.
    case text(String)
    /// A word or phrase of the catalogue's `terms` (`kind.number` → "a number", "một số").
    case term(MessageTerm)
    /// Several values, joined by the catalogue's list separator.
    case list([MessageArgument])
    /// Several values, joined by a space (`U+0001 control character`).
    case words([MessageArgument])
    /// Several values, joined by the list separator and the catalogue's "and" before the last (`1 and 2`).
    case andList([MessageArgument])
    /// Several clauses, joined by the catalogue's clause separator (`; `).
    case clauses([MessageArgument])
    /// Alternatives, joined by the list separator and the catalogue's "or" before the last.
    case alternatives([MessageArgument])
    /// A number with a decimal point (`28.8`), written with the catalogue's decimal separator
    /// (`28,8` in Vietnamese).
    case decimalNumber(String)

    /// Text as it is.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Text as it is.
    public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }

    /// A number, written with digits.
    public static func number<T: BinaryInteger>(_ value: T) -> MessageArgument { .text(String(value)) }
    /// A measure as people write it: `13`, not `13.0`; at most two decimals (`0.35`).
    public static func decimal(_ value: Double) -> MessageArgument {
        if value.rounded() == value && abs(value) < 1e15 { return .text(String(Int(value))) }
        guard abs(value) < 1e9 else { return .text(String(value)) }
        var text = String((value * 100).rounded() / 100)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .decimalNumber(text)
    }
    /// `value` rounded to `digits` decimals (`0.0`, `28.8`; trailing zeros past the first may go): times, rates, sizes.
    public static func fixed(_ value: Double, digits: Int) -> MessageArgument {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .decimalNumber(String((value * scale).rounded() / scale))
    }
    /// Strings as a list.
    public static func texts(_ values: [String]) -> MessageArgument { .list(values.map(MessageArgument.text)) }
}

/// A term of the catalogue: a word used inside messages whose wording changes with the language.
public struct MessageTerm: RawRepresentable, Sendable, Hashable {
    /// The key of the term in the catalogue's `terms`.
    public let rawValue: String
    /// A term by its catalogue key.
    public init(rawValue: String) { self.rawValue = rawValue }
    init(_ rawValue: String) { self.rawValue = rawValue }
}
