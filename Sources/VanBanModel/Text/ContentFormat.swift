/// How a profile writes the date line (ô 4).
public struct DateFormat: Sendable, Hashable {
    /// With `{place}`, `{day}`, `{month}`, `{year}`; the text before `{place}`'s comma is dropped
    /// when there is no place.
    public var pattern: String
    /// Months written with a leading zero (NĐ30 PL I, II.4: 01 and 02; every day below 10).
    public var paddedMonths: Set<Int>
    /// What stands for a day, month or year that is not known yet.
    public var blank: String

    /// Creates a date format; the defaults are NĐ30's (`Trà Vinh, ngày 05 tháng 3 năm 2024`).
    public init(pattern: String = "{place}, ngày {day} tháng {month} năm {year}", paddedMonths: Set<Int> = [1, 2],
                blank: String = DateFormat.defaultBlank) {
        self.pattern = pattern
        self.paddedMonths = paddedMonths
        self.blank = blank
    }

    /// Four no-break spaces: room to write a day or month by hand, kept by line breaking.
    public static let defaultBlank = String(repeating: "\u{00A0}", count: 4)
}

/// How a profile writes Số and ký hiệu (ô 3).
public struct NumberFormat: Sendable, Hashable {
    /// With `{seq}` and `{symbol}`: `Số: {seq}/{symbol}` (NĐ30), `Số {seq}-{symbol}` (Party).
    public var pattern: String
    /// Smallest number of digits (NĐ30 PL I, II.3: numbers below 10 take a leading 0).
    public var digits: Int
    /// What stands for the number of an unissued draft.
    public var blank: String

    /// Creates a number format; the defaults are NĐ30's (`Số: 05/SNV-VP`).
    public init(pattern: String = "Số: {seq}/{symbol}", digits: Int = 2, blank: String = NumberFormat.defaultBlank) {
        self.pattern = pattern
        self.digits = digits
        self.blank = blank
    }

    /// Eight no-break spaces: room for the number stamped at issue.
    public static let defaultBlank = String(repeating: "\u{00A0}", count: 8)
}

/// How a list of items is punctuated: `- ` before each, `;` after each, `.` after the last.
public struct ListPunctuation: Sendable, Hashable {
    /// Put before each item (`- `).
    public var prefix: String
    /// Put after each item but the last (`;`).
    public var separator: String
    /// Put after the last item (`.`).
    public var final: String
    /// Ending of the last item when a deciding line follows (Party căn cứ end with `,`).
    public var finalBeforeDecision: String?

    /// Creates a punctuation; the defaults are `- ` before each item, `;` after each and `.` after the last.
    public init(prefix: String = "- ", separator: String = ";", final: String = ".", finalBeforeDecision: String? = nil) {
        self.prefix = prefix
        self.separator = separator
        self.final = final
        self.finalBeforeDecision = finalBeforeDecision
    }
}

/// Content rules that need no fonts: dates, numbers and punctuation, as a profile asks.
public enum ContentFormat {
    /// `Trà Vinh, ngày 05 tháng 3 năm 2024`; blanks for what `date` lacks.
    public static func date(_ date: PartialDate?, place: String?, format: DateFormat) -> String {
        let day = date?.day.map { $0 < 10 ? "0\($0)" : String($0) } ?? format.blank
        let month = date?.month.map { format.paddedMonths.contains($0) ? "0\($0)" : String($0) } ?? format.blank
        let year = date.map { String($0.year) } ?? format.blank
        var pattern = format.pattern
        if place?.isEmpty ?? true, let range = pattern.firstRange(of: "{place}") {
            // Drop "{place}, " (the place and what separates it from the date).
            var end = range.upperBound
            while end < pattern.endIndex, pattern[end] == "," || pattern[end] == " " { end = pattern.index(after: end) }
            pattern.removeSubrange(range.lowerBound..<end)
        }
        return pattern.replacingAll("{place}", with: place ?? "").replacingAll("{day}", with: day)
            .replacingAll("{month}", with: month).replacingAll("{year}", with: year)
    }

    /// `Số: 05/SNV-VP`; the blank of a draft when `seq` is missing.
    public static func number(_ number: DocumentNumber?, format: NumberFormat) -> String {
        let seq = number?.seq.map { String.zeroPadded($0, width: format.digits) } ?? format.blank
        return format.pattern.replacingAll("{seq}", with: seq).replacingAll("{symbol}", with: number?.symbol ?? "")
    }

    /// Items with the profile's punctuation; an author's own `- `, `;`, `,` or `.` is not doubled.
    public static func punctuate(_ items: [String], _ punctuation: ListPunctuation) -> [String] {
        items.enumerated().map { i, item in
            let bare = bareItem(item)
            return punctuation.prefix + bare + (i == items.count - 1 ? punctuation.final : punctuation.separator)
        }
    }

    /// The item without a leading list marker and without trailing `;`, `,` or `.`.
    public static func bareItem(_ item: String) -> String {
        var text = Substring(item.trimmingSpaces())
        for marker in ["- ", "– ", "+ ", "-", "–"] where text.hasPrefix(marker) {
            text = text.dropFirst(marker.count)
            break
        }
        while let last = text.last, last == ";" || last == "," || last == "." || last == " " {
            if text.hasSuffix("./.") { break }
            text = text.dropLast()
        }
        return String(text).trimmingSpaces()
    }

    /// The item without a leading list marker (the list adds its own), its end kept as written.
    public static func bareItemKeepingEnd(_ item: String) -> String {
        var text = Substring(item.trimmingSpaces())
        for marker in ["- ", "– ", "+ "] where text.hasPrefix(marker) {
            text = text.dropFirst(marker.count)
            break
        }
        return String(text)
    }

    /// `text` ended with `closing` (`./.`), replacing a final `.` and never doubling it. Closing
    /// markup (`*`, `_`) at the end stays last, so the mark takes the style of the words before it.
    public static func close(_ text: String, with closing: String) -> String {
        guard !closing.isEmpty else { return text }
        let trimmed = text.trimmingSpaces()
        // The closing markup at the end, found in one backward pass over the bytes (ASCII).
        let utf8 = trimmed.utf8
        var split = utf8.endIndex
        while split > utf8.startIndex, case let byte = utf8[utf8.index(before: split)], byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") {
            split = utf8.index(before: split)
        }
        var body = trimmed[..<split]
        let markup = trimmed[split...]
        if body.hasSuffix(closing) { return String(body) + markup }
        if body.hasSuffix(".") && !body.hasSuffix("..") { body = body.dropLast() }
        return body + closing + markup
    }
}
