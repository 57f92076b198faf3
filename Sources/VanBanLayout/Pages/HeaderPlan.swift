import VanBanModel
import VanBanPages
import VanBanProfile

/// The header's proportions, chosen from both columns' content together (docs/profiles.md, "How
/// the header is sized"): the width of the right column, the size of the issuing body's lines and
/// the size of the date line, each inside what the standard allows (NĐ30 PL I, II.2: 12–13 pt;
/// II.4: 13–14 pt). In order of importance: every line the author wrote for the issuing body stays
/// whole, the number (`Số: …`) stays on one line, the date line stays on one line, the right column keeps the profile's usual share
/// (NĐ30's model documents: 57–64 % of the text width), the V/v of a công văn takes the fewest
/// lines, the date and then the issuing body keep their larger size, and the right column is as
/// close to its usual share as it can be.
struct HeaderPlan {
    var columns: HeaderColumns
    /// The size of the issuing body's lines (parent and issuer), or nil for the profile's.
    var issuerSize: Double?
    /// The size of the date line, or nil for the profile's.
    var dateSize: Double?
    /// Every line of the issuing body fits its column on one line.
    var authorLinesWhole: Bool
    /// The number fits its column on one line.
    var numberWhole: Bool

    /// Steps of the sizes tried inside a range: whole points, as offices write sizes.
    static let sizeStep = 1.0
    /// The right column's widths are tried to this precision.
    static let widthStep = Length.mm(0.5)

    static func choose(_ header: StyledHeader, profile: Profile, typesetter: Typesetter) -> HeaderPlan {
        let geometry = header.geometry
        let measure = profile.measure
        let pad = geometry.padding
        let band = (low: measure * geometry.rightMin, high: measure * geometry.rightMax)

        // Lines that share one size (the issuing body's, the date): their own sizes (nil), then
        // whole points below the smallest of them, down to the highest lower bound of their
        // ranges; nothing smaller when any of them has no range.
        func sizes(_ lines: [StyledLine]) -> [Double?] {
            let ranges = lines.compactMap(\.style.sizeRange)
            guard !lines.isEmpty, ranges.count == lines.count, let low = ranges.map(\.lowerBound).max(),
                  let start = lines.map(\.style.size.points).min() else { return [nil] }
            var sizes: [Double?] = [nil]
            var size = (start - sizeStep).rounded(.up)
            while size >= low - 1e-9 {
                sizes.append(size)
                size -= sizeStep
            }
            return sizes
        }
        func reduction(_ size: Double?, of lines: [StyledLine]) -> Double {
            guard let size, let start = lines.map(\.style.size.points).min() else { return 0 }
            return start - size
        }
        func width(_ line: StyledLine, _ size: Double?) -> Length {
            typesetter.naturalWidth(line, style: size.map { line.style.sized($0) } ?? line.style)
        }

        // Right: the national title and the motto never wrap (at the smallest size of their range
        // if need be: `Typesetter.setOnOneLine`); the date line at the size tried.
        var fixedNeed = Length.zero
        var fixedSmallest = Length.zero
        for line in [header.nationalTitle] + (header.motto.map { [$0] } ?? []) {
            fixedNeed = max(fixedNeed, width(line, nil))
            fixedSmallest = max(fixedSmallest, width(line, line.style.sizeRange?.lowerBound))
        }
        // Left: the lines the author wrote, the number, the V/v.
        let authorLines = header.parent + header.issuer
        let authorSizes = sizes(authorLines)
        let numberWidth = header.number.map { width($0, nil) } ?? .zero
        let subjectLines: (Length) -> Int = { left in
            header.subject.map { typesetter.set($0, measure: left).lines.count } ?? 0
        }

        var best: (plan: HeaderPlan, score: [Double])?
        let dateLines = header.date.map { [$0] } ?? []
        for dateSize in sizes(dateLines) {
            let dateWidth = header.date.map { width($0, dateSize) } ?? .zero
            // The narrowest right column: its widest line and the padding, never less than the
            // title and motto at their smallest sizes.
            let rightNeed = max(max(fixedNeed, dateWidth), fixedSmallest) + pad * 2
            let rightFloor = max(fixedSmallest, dateWidth) + pad * 2
            for issuerSize in authorSizes {
                let authorWidth = authorLines.map { width($0, issuerSize) }.max() ?? .zero
                let leftNeed = max(authorWidth, numberWidth) + pad * 2
                // The usual right column (never wider than the profile's share allows, unless the
                // title at its smallest size needs it), the narrowest the right content allows,
                // and the widest that still leaves the left content whole.
                let usual = min(max(rightNeed, band.low), max(band.high, rightFloor))
                var candidates = [usual, rightFloor]
                let fitting = measure - leftNeed
                if fitting < usual {
                    // The date may go on to a second line here (scored below); the title and motto never.
                    candidates.append(max(fixedSmallest + pad * 2, (fitting / widthStep).rounded(.down) * widthStep))
                }
                for right in candidates {
                    let left = measure - right
                    let inner = left - pad * 2
                    let plan = HeaderPlan(
                        columns: HeaderColumns(leftX: profile.margins.left, leftWidth: left, rightX: profile.margins.left + left, rightWidth: right),
                        issuerSize: issuerSize, dateSize: dateSize,
                        authorLinesWhole: authorWidth <= inner + .pt(0.01), numberWhole: numberWidth <= inner + .pt(0.01))
                    let score: [Double] = [
                        plan.authorLinesWhole ? 0 : 1,
                        plan.numberWhole ? 0 : 1,
                        dateWidth <= right - pad * 2 + .pt(0.01) ? 0 : 1,
                        right >= rightNeed - .pt(0.01) ? 0 : 1,  // the title and motto at their own size
                        right >= band.low - .pt(0.01) || rightNeed > band.low ? 0 : 1,
                        Double(subjectLines(inner)),
                        reduction(dateSize, of: dateLines),
                        reduction(issuerSize, of: authorLines),
                        abs((right - usual).points),
                    ]
                    if best == nil || score.lexicographicallyPrecedes(best!.score) { best = (plan, score) }
                }
            }
        }
        return best!.plan
    }
}
