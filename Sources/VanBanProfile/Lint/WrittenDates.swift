import VanBanModel

/// The dates written out in a text (`ngày 5 tháng 3`, `Ngày 05 tháng 03`), found by one pass over
/// the UTF-8 bytes of its NFC form, for the DATE_PADDING rule: what a regular expression would
/// match, at a small part of its cost (docs/performance.md, "The checks").
struct WrittenDates {
    /// One date: where it is in the bytes, how the day word is written (`ngày`/`Ngày`), the day and
    /// month as written.
    struct Found {
        var range: Range<Int>
        var capitalised: Bool
        var day: [UInt8]
        var month: [UInt8]
    }

    /// The text's bytes (NFC).
    let bytes: [UInt8]
    let found: [Found]

    /// nil when the text holds no `tháng` at all (the common case: no normalising, no allocation).
    init?(_ text: String) {
        guard Self.mayHoldMonth(text) else { return nil }
        bytes = Array(TextNormalizer.nfc(text).utf8)
        found = Self.scan(bytes)
    }

    /// `háng` as precomposed `á` (C3 A1) or as `a` + U+0301 (CC 81), looked for over the
    /// contiguous bytes (an `n` first, then the three bytes before it).
    private static func mayHoldMonth(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var i = 3
            while i < b.count {
                if b[i] == UInt8(ascii: "n"),
                   b[i - 3] == UInt8(ascii: "h") && b[i - 2] == 0xC3 && b[i - 1] == 0xA1 || b[i - 3] == UInt8(ascii: "a") && b[i - 2] == 0xCC && b[i - 1] == 0x81 {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    private static let dayWord: [UInt8] = Array("gày ".utf8)
    private static let monthWord: [UInt8] = Array(" tháng ".utf8)

    private static func scan(_ b: [UInt8]) -> [Found] {
        var found: [Found] = []
        var i = 0
        func isDigit(_ at: Int) -> Bool { at < b.count && b[at] >= UInt8(ascii: "0") && b[at] <= UInt8(ascii: "9") }
        func matches(_ word: [UInt8], at: Int) -> Bool {
            at + word.count <= b.count && b[at..<(at + word.count)].elementsEqual(word)
        }
        while i < b.count {
            guard b[i] == UInt8(ascii: "n") || b[i] == UInt8(ascii: "N"), matches(dayWord, at: i + 1) else { i += 1; continue }
            var j = i + 1 + dayWord.count
            let dayStart = j
            while isDigit(j) && j - dayStart < 3 { j += 1 }
            guard (1...2).contains(j - dayStart), matches(monthWord, at: j) else { i += 1; continue }
            let day = Array(b[dayStart..<j])
            j += monthWord.count
            let monthStart = j
            while isDigit(j) && j - monthStart < 2 { j += 1 }
            guard j > monthStart else { i += 1; continue }
            found.append(Found(range: i..<j, capitalised: b[i] == UInt8(ascii: "N"), day: day, month: Array(b[monthStart..<j])))
            i = j
        }
        return found
    }
}
