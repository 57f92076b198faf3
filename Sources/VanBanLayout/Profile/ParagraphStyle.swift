import VanBanModel

/// How the lines of a paragraph sit in the measure.
public enum Alignment: String, Sendable, Hashable, CaseIterable {
    case left, center, right, justify
}

/// Distance between baselines.
public enum LineSpacing: Sendable, Hashable {
    /// A multiple of the face's "single" line (ascender + descender + line gap, ≈ 1.15 em for
    /// Times New Roman metrics), as Word counts it.
    case multiple(Double)
    /// An exact baseline-to-baseline distance.
    case exact(Length)
}

/// A rule drawn under a block, centred on it (NĐ30 PL I, II.5.a: 1/3–1/2 of the line above).
public struct RuleStyle: Sendable, Hashable {
    /// Length as a fraction of the longest line above.
    public var ratio: Double
    public var thickness: Length
    /// Distance from the last baseline to the rule.
    public var gap: Length

    public init(ratio: Double, thickness: Length, gap: Length) {
        self.ratio = ratio
        self.thickness = thickness
        self.gap = gap
    }
}

/// Everything layout needs to set one kind of paragraph.
public struct ParagraphStyle: Sendable, Hashable {
    public var size: Length
    /// Base face style; inline markup adds to it.
    public var base: InlineStyle
    public var alignment: Alignment
    public var firstLineIndent: Length
    public var spaceBefore: Length
    public var spaceAfter: Length
    public var lineSpacing: LineSpacing
    /// Set the text in upper case (titles).
    public var uppercase: Bool
    public var rule: RuleStyle?

    public init(size: Length, base: InlineStyle = .regular, alignment: Alignment = .justify,
                firstLineIndent: Length = .zero, spaceBefore: Length = .zero, spaceAfter: Length = .zero,
                lineSpacing: LineSpacing = .multiple(1), uppercase: Bool = false, rule: RuleStyle? = nil) {
        self.size = size
        self.base = base
        self.alignment = alignment
        self.firstLineIndent = firstLineIndent
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineSpacing = lineSpacing
        self.uppercase = uppercase
        self.rule = rule
    }
}
