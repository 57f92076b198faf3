import VanBan

/// A slot of a merge template (docs/merge.md, "Slots"): `{{Cột}}` is the cell of column Cột,
/// `{{Cột|;}}` a list made of the cell split at `;`, and a `?` before the closing braces
/// (`{{Cột?}}`, `{{Cột|;?}}`) lets the cell be empty.
struct TemplateSlot: Sendable, Equatable {
    /// The column name, NFC, surrounding spaces removed.
    var column: String
    /// For a list slot: what separates the items in the cell.
    var separator: String?
    /// Whether an empty cell is allowed.
    var optional: Bool
    /// The slot as written, for messages.
    var written: String
}

/// A template string cut into its text and its slots.
enum TemplatePiece: Sendable, Equatable {
    case text(String)
    case slot(TemplateSlot)

    /// The pieces of `string`; nil when a `{{` has no `}}` after it or a slot has no column name.
    static func pieces(_ string: String) -> [TemplatePiece]? {
        var pieces: [TemplatePiece] = []
        var rest = Substring(string)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else { return nil }
            var inside = Substring(rest[open.upperBound..<close.lowerBound])
            let optional = inside.hasSuffix("?")
            if optional { inside = inside.dropLast() }
            var separator: String?
            if let bar = inside.firstIndex(of: "|") {
                separator = String(inside[inside.index(after: bar)...])
                inside = inside[..<bar]
                if separator?.isEmpty == true { return nil }
            }
            let column = TextNormalizer.nfc(inside.trimmingSpaces())
            guard !column.isEmpty else { return nil }
            pieces.append(.slot(TemplateSlot(column: column, separator: separator, optional: optional,
                                             written: String(rest[open.lowerBound..<close.upperBound]))))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces
    }
}

extension StringProtocol {
    /// The first range of `needle` (no Foundation).
    func range(of needle: String) -> Range<Index>? {
        let target = Array(needle)
        guard let first = target.first else { return nil }
        var index = startIndex
        while let start = self[index...].firstIndex(of: first) {
            var end = start
            var matched = 0
            while matched < target.count, end < endIndex, self[end] == target[matched] {
                formIndex(after: &end)
                matched += 1
            }
            if matched == target.count { return start..<end }
            index = self.index(after: start)
        }
        return nil
    }
}
