import VanBanModel

/// Rules over all the text: fixed strings of the standard, tone-mark style.
extension LintContext {
    /// MOTTO, NATIONAL_TITLE: a text that is the Quốc hiệu or Tiêu ngữ misspelt (en dashes, no
    /// spaces around the hyphens, another case) — in the document, or in the profile itself.
    mutating func checkFixedStrings() {
        let rules = ["motto": "MOTTO", "nationalTitle": "NATIONAL_TITLE"]
        for (element, canonical) in settings.fixedStrings.sorted(by: { $0.key < $1.key }) {
            let rule = rules[element] ?? element.uppercased()
            let key = LintCache.comparable(canonical)
            if let own = profile.elements[element]?.text, own != canonical, LintCache.comparable(own) == key, !Self.sameUpToTones(own, canonical) {
                report(.lintFixedStringProfile, .error, path: "/profile", ["profile": .text(profile.id), "written": .text(own), "canonical": .text(canonical),
                                                                           "element": .text(element)], rule: rule)
            }
            let length = canonical.count
            for (path, text) in texts {
                // Only a text about as long as the fixed string can be it misspelt.
                guard abs(text.utf8.count - canonical.utf8.count) <= 12 else { continue }
                let trimmed = text.trimmingSpaces()
                guard trimmed != canonical, abs(trimmed.count - length) <= 6, Self.comparable(trimmed) == key,
                      !Self.sameUpToTones(trimmed, canonical) else { continue }
                report(.lintFixedString, .error, path: path, ["written": .text(trimmed), "canonical": .text(canonical)], fix: .string(canonical), rule: rule)
            }
        }
    }

    /// Lower case, old tone style, any dash as a hyphen with no spaces around it, single spaces.
    static func comparable(_ text: String) -> String {
        var out = ""
        for character in ToneStyle.convertText(TextNormalizer.nfc(text), to: .old).lowercased() {
            if Self.dashes.contains(character) {
                while out.last == " " { out.removeLast() }
                out.append("-")
            } else if character.isWhitespace {
                if out.last != " " && out.last != "-" && !out.isEmpty { out.append(" ") }
            } else {
                out.append(character)
            }
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// The dashes `comparable` writes as a hyphen.
    private static let dashes: Set<Character> = ["-", "–", "—", "−", "‐", "‑"]

    /// The two differ only by where the tone marks sit (`HÒA`/`HOÀ`): both spellings are in use.
    static func sameUpToTones(_ a: String, _ b: String) -> Bool {
        ToneStyle.convertText(TextNormalizer.nfc(a), to: .old) == ToneStyle.convertText(TextNormalizer.nfc(b), to: .old)
    }

    /// DATE_PADDING: a date written out in the text follows the date line's rule (PL I, II.4.b:
    /// a leading 0 for days below 10 and for the profile's padded months, none for the others —
    /// `ngày 05 tháng 3`, not `ngày 5 tháng 03`).
    mutating func checkDatePadding() {
        guard let padded = profile.elements["date"]?.paddedMonths else { return }
        for (path, original) in texts {
            guard let dates = WrittenDates(latestText(at: path) ?? original), !dates.found.isEmpty else { continue }
            var fixed: [UInt8] = [], wrong: [String] = [], done = 0
            for date in dates.found {
                fixed += dates.bytes[done..<date.range.lowerBound]
                let word = date.capitalised ? "Ngày" : "ngày"
                let dayText = String(decoding: date.day, as: UTF8.self), monthText = String(decoding: date.month, as: UTF8.self)
                let day = Int(dayText) ?? 0, month = Int(monthText) ?? 0
                let goodDay = day < 10 ? "0\(day)" : String(day)
                let goodMonth = padded.contains(month) && month < 10 ? "0\(month)" : String(month)
                let written = "\(word) \(dayText) tháng \(monthText)", correct = "\(word) \(goodDay) tháng \(goodMonth)"
                let valid = (1...31).contains(day) && (1...12).contains(month)
                if valid, written != correct { wrong.append(written) }
                fixed += (valid ? correct : written).utf8
                done = date.range.upperBound
            }
            fixed += dates.bytes[done...]
            guard !wrong.isEmpty else { continue }
            report(.lintDatePadding, .warning, path: path, ["dates": .texts(wrong.map { "'\($0)'" }),
                                                            "months": .andList(padded.sorted().map { .text(String($0)) })],
                   fix: .string(String(decoding: fixed, as: UTF8.self)))
        }
    }

    /// The text at `path` as an earlier fix leaves it, if one did.
    func latestText(at path: String) -> String? { fixedTexts[path] }

    /// TONE_STYLE: one tone-mark style per document; the office's when it has chosen one.
    mutating func checkToneStyle() {
        var byStyle: [ToneStyle: [(path: String, word: String)]] = [:]
        for (path, text) in texts {
            for (style, word) in ToneStyle.syllables(in: text) { byStyle[style, default: []].append((path, word)) }
        }
        if let wanted = toneStyle {
            let other: ToneStyle = wanted == .old ? .new : .old
            // The words of the other style, grouped by text in document order (one pass).
            var order: [String] = [], wordsAt: [String: [String]] = [:]
            for (path, word) in byStyle[other] ?? [] {
                if wordsAt[path] == nil { order.append(path) }
                wordsAt[path, default: []].append(word)
            }
            let original = Dictionary(texts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
            for path in order {
                let text = latestText(at: path) ?? original[path] ?? ""
                let words = wordsAt[path] ?? []
                report(.lintToneStyle, .warning, path: path, ["words": .texts(words), "count": .number(words.count),
                                                              "other": .term(other.term), "wanted": .term(wanted.term),
                                                              "examples": .text(wanted == .old ? "hòa, thủy" : "hoà, thuỷ"),
                                                              "corrected": .texts(words.map { ToneStyle.convert($0, to: wanted) })],
                       fix: .string(ToneStyle.convertText(text, to: wanted)))
            }
        } else if let old = byStyle[.old], let new = byStyle[.new] {
            let minority = old.count < new.count ? old : new
            let examples = { (list: [(path: String, word: String)]) in
                Array(Set(list.map { $0.word.lowercased() })).sorted().prefix(3).joined(separator: ", ")
            }
            report(.lintToneStyleMixed, .warning, path: minority[0].path, ["old": .number(old.count), "oldExamples": .text(examples(old)),
                                                                           "new": .number(new.count), "newExamples": .text(examples(new))])
        }
    }
}
