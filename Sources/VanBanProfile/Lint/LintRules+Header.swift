import VanBanModel

/// Rules of the header: số and ký hiệu (ô 3), địa danh (ô 4).
extension LintContext {
    /// NUMBER_SEQ: the series starts at 01. SYMBOL_FORM: the ký hiệu alone (no `Số:`, no number,
    /// no spaces). TYPE_CODE: its first part is the type's code (PL III).
    mutating func checkNumber() {
        guard let number = document.number else { return }
        if number.seq == 0 {
            report("NUMBER_SEQ", .error, path: "/number/seq", "the số starts at 01 in each year; 0 is not a number",
                   hint: "give the number in the register, or leave seq out for a draft")
        }
        guard let symbol = number.symbol, !symbol.isEmpty else { return }
        var cleaned = Substring(symbol)
        var problems: [String] = []
        func drop(_ prefix: String, _ why: String) -> Bool {
            guard cleaned.lowercased().hasPrefix(prefix.lowercased()) else { return false }
            cleaned = cleaned.dropFirst(prefix.count)
            problems.append(why)
            return true
        }
        cleaned = cleaned.drop { $0 == " " }
        if drop("Số", "it starts with 'Số' (the profile writes it)") {
            cleaned = cleaned.drop { $0 == ":" || $0 == " " || $0 == "." }
        }
        if let seq = number.seq {
            let digits = String(seq), padded = seq < 10 ? "0\(seq)" : String(seq)
            for written in [padded, digits] {
                if drop(written + "/", "it repeats the number") || drop(written + "-", "it repeats the number") { break }
            }
        }
        _ = drop("/", "it starts with '/'")
        if cleaned.contains(where: \.isWhitespace) {
            cleaned = Substring(cleaned.filter { !$0.isWhitespace })
            problems.append("it has spaces")
        }
        if cleaned.contains(":") { problems.append("it has a ':'") }
        let fixed = String(cleaned)
        if !problems.isEmpty {
            let certain = !fixed.isEmpty && !fixed.contains(":")
            report("SYMBOL_FORM", .error, path: "/number/symbol",
                   "the ký hiệu '\(symbol)' is not a ký hiệu alone: \(problems.joined(separator: "; "))",
                   hint: "write only the ký hiệu, e.g. \"\(example)\"; the profile writes 'Số', the number and the separator",
                   fix: certain ? .string(fixed) : nil)
        }
        checkTypeCode(fixed.isEmpty ? symbol : fixed)
    }

    /// SUBJECT_PREFIX: the trích yếu of a công văn is written without the `V/v` the profile prints
    /// before it (else the page reads `V/v V/v …`).
    mutating func checkSubjectPrefix() {
        guard profile.types[document.type]?.subjectUnderNumber == true,
              let printed = profile.style(.subjectLine).prefix?.trimmingCharacters(in: " "), !printed.isEmpty,
              let first = document.subject.first else { return }
        let text = first.drop { $0 == " " }
        for form in ["V/v", "V.v", "Vv", "Về việc", "Ve viec"] {
            guard text.lowercased().hasPrefix(form.lowercased()) else { continue }
            let after = text.dropFirst(form.count)
            guard after.isEmpty || after.first == " " || after.first == ":" || after.first == "." else { continue }
            let rest = String(after.drop { $0 == " " || $0 == ":" || $0 == "." })
            let path: String
            let fixed: JSONValue?
            switch source["subject"] {
            case .string(let whole)?:
                path = "/subject"
                fixed = whole.hasPrefix(first) ? .string(rest + whole.dropFirst(first.count)) : nil
            case .array?:
                path = "/subject/0"
                fixed = .string(rest)
            default:
                path = "/subject"
                fixed = nil
            }
            report("SUBJECT_PREFIX", .error, path: path,
                   "the trích yếu starts with '\(String(text.prefix(form.count)))', and the profile prints '\(printed)' before it: the page would read '\(printed) \(text.prefix(form.count)) …'",
                   hint: "write the trích yếu without it: \"\(rest.prefix(40))…\"", fix: rest.isEmpty ? nil : fixed)
            return
        }
    }

    private var example: String { settings.codeSeparator == "/" ? "CV/BTGTU" : "QĐ-UBND" }

    private mutating func checkTypeCode(_ symbol: String) {
        let parts = symbol.split(separator: Character(settings.codeSeparator), maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first.map(String.init), parts.count == 2 else { return }
        let codes = Set(profile.types.values.compactMap(\.code))
        if let code = profile.types[document.type]?.code {
            guard first != code else { return }
            if fold(first) == fold(code) {
                report("TYPE_CODE", .error, path: "/number/symbol",
                       "the ký hiệu of a \(typeName) starts with '\(code)', not '\(first)'", hint: "write '\(code)' exactly",
                       fix: .string(code + settings.codeSeparator + parts[1]))
            } else if codes.contains(first) || codes.contains(where: { fold($0) == fold(first) }) {
                report("TYPE_CODE", .error, path: "/number/symbol",
                       "'\(first)' is the code of another type; a \(typeName) has '\(code)'",
                       hint: "check the document type (\"type\") and the ký hiệu")
            }
        } else if codes.contains(first) || fold(first) == "CV" {
            report("TYPE_CODE", .warning, path: "/number/symbol",
                   "a \(typeName) has no type code in its ký hiệu, but this one starts with '\(first)'",
                   hint: "write the issuing body's code and the drafting unit's, e.g. \"SNV-VP\"")
        }
    }

    /// Upper case without Vietnamese marks (`Qđ` → `QD`).
    private func fold(_ text: String) -> String {
        String(text.uppercased().map { character -> Character in
            if character == "Đ" { return "D" }
            let base = VietnameseLetters.split(character).base
            let plain = TextNormalizer.nfc(String(base)).unicodeScalars.first.map { Character($0) } ?? base
            return ["Ă": "A", "Â": "A", "Ê": "E", "Ô": "O", "Ơ": "O", "Ư": "U"][plain] ?? plain
        })
    }

    /// PLACE: the địa danh alone; the date is `date`.
    mutating func checkPlace() {
        guard let place = document.place else { return }
        let words = place.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if place.contains(where: \.isNumber) || words.contains(where: { ["ngày", "tháng", "năm"].contains($0) }) {
            report("PLACE", .error, path: "/place", "the địa danh '\(place)' holds a date",
                   hint: "write only the place, e.g. \"Trà Vinh\", and the date as \"date\": \"2024-03-05\"; the profile writes 'ngày … tháng … năm …'")
        }
    }
}
