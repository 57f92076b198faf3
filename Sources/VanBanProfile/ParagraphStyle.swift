import VanBanModel

/// Distance between baselines.
public enum LineSpacing: Sendable, Hashable {
    /// A multiple of the face's "single" line (ascender + descender + line gap, ≈ 1.15 em for
    /// Times New Roman metrics), as Word counts it.
    case multiple(Double)
    /// An exact baseline-to-baseline distance.
    case exact(Length)
}

/// A rule drawn under a block, centred on the line above it (NĐ30 PL I, II.5.a: 1/3–1/2 of
/// that line; under the motto: exactly its length).
public struct RuleStyle: Sendable, Hashable {
    /// Length as a fraction of the line above (1 = as long as the text).
    public var ratio: Double
    public var thickness: Length
    /// Distance from the last baseline to the middle of the rule.
    public var gap: Length
    /// Space between the rule and what follows.
    public var spaceAfter: Length

    public init(ratio: Double, thickness: Length, gap: Length, spaceAfter: Length = .zero) {
        self.ratio = ratio
        self.thickness = thickness
        self.gap = gap
        self.spaceAfter = spaceAfter
    }
}

/// Everything layout needs to set one kind of paragraph.
public struct ParagraphStyle: Sendable, Hashable {
    public var size: Length
    /// Base face style; inline markup adds to it.
    public var base: InlineStyle
    public var alignment: Alignment
    public var firstLineIndent: Length
    /// Where the lines after the first start (a dash item wraps under its text, not its dash).
    public var hangingIndent: Length
    public var spaceBefore: Length
    public var spaceAfter: Length
    public var lineSpacing: LineSpacing
    /// Set the text in upper case (titles).
    public var uppercase: Bool
    public var rule: RuleStyle?
    /// The sizes the standard allows; layout may choose inside them to avoid an overflow.
    public var sizeRange: ClosedRange<Double>?
    /// Break centred lines so they come out of even length (titles, trích yếu), not greedily.
    public var balanced: Bool
    /// Ink colour (black, NĐ30 PL I, I.4; stamps are red).
    public var color: Color

    public init(size: Length, base: InlineStyle = .regular, alignment: Alignment = .justify,
                firstLineIndent: Length = .zero, spaceBefore: Length = .zero, spaceAfter: Length = .zero,
                lineSpacing: LineSpacing = .multiple(1), uppercase: Bool = false, rule: RuleStyle? = nil,
                sizeRange: ClosedRange<Double>? = nil, balanced: Bool = false) {
        self.size = size
        self.base = base
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.hangingIndent = .zero
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineSpacing = lineSpacing
        self.uppercase = uppercase
        self.rule = rule
        self.sizeRange = sizeRange
        self.balanced = balanced
        self.color = .black
    }

    /// The same style at another size.
    public func sized(_ points: Double) -> ParagraphStyle {
        var copy = self
        copy.size = .pt(points)
        return copy
    }
}
