import VanBanLayout
import VanBanModel
import VanBanPages
import VanBanText

/// Tests name roles as the reports write them (`"national-title"`).
extension Role: ExpressibleByStringLiteral {
    public init(stringLiteral name: String) { self.init(rawValue: name) }
}

/// Questions tests ask of a laid-out document.
extension LaidOutDocument {
    /// Lines with `role`, in reading order.
    public func lines(_ role: Role) -> [TextLine] { lines.filter { $0.role == role } }
    /// The first line with `role`.
    public func line(_ role: Role) -> TextLine? { lines.first { $0.role == role } }
    /// Rules with `role`.
    public func rules(_ role: Role) -> [Rule] { pages.flatMap(\.rules).filter { $0.role == role } }
    /// Index of the page holding the first line with `role`.
    public func page(of role: Role) -> Int? { pages.firstIndex { $0.lines.contains { $0.role == role } } }
}

extension TextLine {
    /// Horizontal centre.
    public var centre: Length { x + width / 2 }
    /// Every run bold.
    public var isBold: Bool { !runs.isEmpty && runs.allSatisfy { $0.style.isBold } }
    /// Every run italic.
    public var isItalic: Bool { !runs.isEmpty && runs.allSatisfy { $0.style.isItalic } }
    /// No run bold or italic.
    public var isUpright: Bool { runs.allSatisfy { $0.style == .regular } }
    /// Approximate ink box: from 0.75 em above the baseline to 0.2 em below.
    public var top: Length { baseline - size * 0.75 }
    public var bottom: Length { baseline + size * 0.2 }
}

extension Rule {
    public var centre: Length { (from.x + to.x) / 2 }
}

extension Page {
    /// Pairs of text lines whose ink boxes overlap.
    public func overlappingLines() -> [(TextLine, TextLine)] {
        let boxes = lines.filter { !$0.runs.isEmpty }
        var pairs: [(TextLine, TextLine)] = []
        for i in boxes.indices {
            for j in boxes.indices where j > i {
                let a = boxes[i], b = boxes[j]
                let horizontal = a.x < b.right - .pt(0.01) && b.x < a.right - .pt(0.01)
                let vertical = a.top < b.bottom - .pt(0.01) && b.top < a.bottom - .pt(0.01)
                if horizontal && vertical { pairs.append((a, b)) }
            }
        }
        return pairs
    }
}
