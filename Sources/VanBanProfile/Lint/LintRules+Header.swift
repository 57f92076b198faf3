import VanBanModel

/// Rules of the header: số and ký hiệu (ô 3), địa danh (ô 4).
extension LintContext {
    /// NUMBER_SEQ: the series starts at 01. SYMBOL_FORM: the ký hiệu alone (no `Số:`, no number,
    /// no spaces). TYPE_CODE: its first part is the type's code (PL III).
    mutating func checkNumber() {
        guard let number = document.number else { return }
        if number.seq == 0 {
            report(.lintNumberSeq, .error, path: "/number/seq")
        }
        guard let symbol = number.symbol, !symbol.isEmpty else { return }
        var cleaned = Substring(symbol)
        var problems: [MessageArgument] = []
        func drop(_ prefix: String, _ why: MessageTerm) -> Bool {
            guard cleaned.lowercased().hasPrefix(prefix.lowercased()) else { return false }
            cleaned = cleaned.dropFirst(prefix.count)
            problems.append(.term(why))
            return true
        }
        cleaned = cleaned.drop { $0 == " " }
        if drop("Số", .symbolStartsWithSo) {
            cleaned = cleaned.drop { $0 == ":" || $0 == " " || $0 == "." }
        }
        if let seq = number.seq {
            let digits = String(seq), padded = seq < 10 ? "0\(seq)" : String(seq)
            for written in [padded, digits] {
                if drop(written + "/", .symbolRepeatsNumber) || drop(written + "-", .symbolRepeatsNumber) { break }
            }
        }
        _ = drop("/", .symbolStartsWithSlash)
        if cleaned.contains(where: \.isWhitespace) {
            cleaned = Substring(cleaned.filter { !$0.isWhitespace })
            problems.append(.term(.symbolHasSpaces))
        }
        if cleaned.contains(":") { problems.append(.term(.symbolHasColon)) }
        let fixed = String(cleaned)
        if !problems.isEmpty {
            let certain = !fixed.isEmpty && !fixed.contains(":")
            report(.lintSymbolForm, .error, path: "/number/symbol", ["symbol": .text(symbol), "problems": .clauses(problems), "example": .text(example)],
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
        // The forms are short: only the start of the trích yếu is lowered (it may be long).
        let start = String(text.prefix(8)).lowercased()
        for form in ["V/v", "V.v", "Vv", "Về việc", "Ve viec"] {
            guard start.hasPrefix(form.lowercased()) else { continue }
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
            report(.lintSubjectPrefix, .error, path: path, ["written": .text(String(text.prefix(form.count))), "printed": .text(printed),
                                                           "rest": .text(String(rest.prefix(40)))], fix: rest.isEmpty ? nil : fixed)
            return
        }
    }

    private var example: String { settings.codeSeparator == "/" ? "CV/BTGTU" : "QĐ-UBND" }

    private mutating func checkTypeCode(_ symbol: String) {
        let parts = symbol.split(separator: Character(settings.codeSeparator), maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first.map(String.init), parts.count == 2 else { return }
        let codes = Set(profile.types.values.compactMap(\.code))
        if let type = profile.types[document.type], let code = type.code {
            guard first != code else { return }
            if type.codeVariants.contains(first) {
                report(.lintTypeCodeVariant, .note, path: "/number/symbol", ["type": .text(typeName), "code": .text(code), "written": .text(first)])
            } else if fold(first) == fold(code) {
                report(.lintTypeCodeSpelling, .error, path: "/number/symbol", ["type": .text(typeName), "code": .text(code), "written": .text(first)],
                       fix: .string(code + settings.codeSeparator + parts[1]))
            } else if codes.contains(first) || codes.contains(where: { fold($0) == fold(first) }) {
                report(.lintTypeCodeOtherType, .error, path: "/number/symbol", ["type": .text(typeName), "code": .text(code), "written": .text(first)])
            }
        } else if profile.types[document.type] != nil, fold(first) == "CV" {
            // A type of the profile without a code (a công văn) numbered with the code Party công văn
            // use. Any other first part is the organ's abbreviation (`CT-CS` of a Cục Thuế is not a
            // chỉ thị); an unknown type is its own error, and says nothing about codes.
            report(.lintTypeCodeNone, .warning, path: "/number/symbol", ["type": .text(typeName), "written": .text(first)])
        }
    }

    /// Upper case without Vietnamese marks (`Qđ` → `QD`).
    private func fold(_ text: String) -> String {
        String(text.uppercased().map { character -> Character in
            if character.isASCII { return character }
            if character == "Đ" { return "D" }
            let base = VietnameseLetters.split(character).base
            let plain = TextNormalizer.nfc(String(base)).unicodeScalars.first.map { Character($0) } ?? base
            return Self.unmarkedCapitals[plain] ?? plain
        })
    }

    /// The capitals whose mark is part of the letter, without it.
    private static let unmarkedCapitals: [Character: Character] = ["Ă": "A", "Â": "A", "Ê": "E", "Ô": "O", "Ơ": "O", "Ư": "U"]

    /// PLACE: the địa danh alone; the date is `date`.
    mutating func checkPlace() {
        guard let place = document.place else { return }
        let words = place.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        if place.contains(where: \.isNumber) || words.contains(where: { ["ngày", "tháng", "năm"].contains($0) }) {
            report(.lintPlace, .error, path: "/place", ["place": .text(place)])
        }
    }
}
