/// How evenly the justified text of laid-out documents is spaced (docs/typography.md): a line is
/// loose when its word gaps are more than `looseThreshold` times their natural width, the point
/// where a reader sees rivers of white.
public struct WordSpacingSurvey: Sendable, Hashable {
    /// Gaps wider than 1.6 × the natural space make a loose line.
    public static let looseThreshold = 1.6

    /// Justified lines that do not end their paragraph (the ones whose spacing is stretched).
    public private(set) var justifiedLines = 0
    /// Of those, the loose ones.
    public private(set) var looseLines = 0
    /// Of the justified lines, those whose letters were spread a little instead (no longer loose, or less).
    public private(set) var letterSpacedLines = 0
    /// The widest spacing seen.
    public private(set) var widest = 1.0

    /// An empty survey.
    public init() {}

    /// Counts the justified lines of `document`.
    public mutating func add(_ document: LaidOutDocument) {
        for page in document.pages {
            for line in page.lines {
                guard let spacing = line.wordSpacing else { continue }
                justifiedLines += 1
                if spacing > Self.looseThreshold { looseLines += 1 }
                if line.letterSpacing > .zero { letterSpacedLines += 1 }
                widest = max(widest, spacing)
            }
        }
    }

    /// Loose lines over justified lines, in percent.
    public var loosePercent: Double { justifiedLines == 0 ? 0 : Double(looseLines) * 100 / Double(justifiedLines) }
}
