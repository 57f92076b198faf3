import VanBanModel

/// Rules of the signature block (ô 7) and of Nơi nhận (ô 9b).
extension LintContext {
    /// The academic and honorary titles NĐ30 keeps out of the signer's name (PL I, II.7.c).
    static let titles = ["GS.", "PGS.", "TS.", "TSKH.", "ThS.", "KS.", "BS.", "CN.", "LS.", "NGND.", "NGƯT.", "TTND.", "TTƯT."]

    /// SIGNERS: a document has its signature block (NĐ30 PL I, II.7; the name is checked when
    /// decoding). AUTHORITY_PREFIX: TM./KT./TL./TUQ./Q. (NĐ30) or T/M, K/T, T/L, Q. (Party).
    /// ACADEMIC_TITLE: no học hàm or học vị before the name.
    mutating func checkSigners() {
        if document.signers.isEmpty { report(.lintSigners, .error, path: "/signers") }
        for (groupPath, signers) in signerGroups {
            for (i, signer) in signers.enumerated() {
                let base = JSONPointer.appending(groupPath, index: i)
                for (line, text) in signer.authority.enumerated() {
                    checkAuthority(text, path: source.linePointer(JSONPointer.appending(base, key: "authority"), index: line))
                }
                if let name = signer.name { checkName(name, path: JSONPointer.appending(base, key: "name")) }
            }
        }
    }

    private mutating func checkAuthority(_ line: String, path: String) {
        let trimmed = line.drop { $0 == " " }
        let token = String(trimmed.prefix { $0 != " " })
        guard !token.isEmpty, !settings.authorityPrefixes.contains(token) else { return }
        let allowed = MessageArgument.texts(settings.authorityPrefixes)
        if let correct = settings.authorityCorrections[token] {
            let rest = trimmed.dropFirst(token.count).drop { $0 == " " }
            report(.lintAuthorityPrefix, .error, path: path, ["written": .text(token), "standard": .text(settings.standardName), "correct": .text(correct),
                                                              "allowed": allowed], fix: .string(correct + " " + rest))
        } else if looksLikePrefix(token) {
            report(.lintAuthorityPrefixUnknown, .error, path: path, ["written": .text(token), "standard": .text(settings.standardName), "allowed": allowed])
        }
    }

    /// `T/M`, `KT.`, `TM`: short, upper case, with a slash or a dot, or two letters.
    private func looksLikePrefix(_ token: String) -> Bool {
        let letters = token.filter(\.isLetter)
        guard !letters.isEmpty, letters.count <= 4, letters.allSatisfy({ $0.isUppercase }) else { return false }
        return token.contains("/") || token.hasSuffix(".") || token.contains(".") || letters.count <= 2
    }

    private mutating func checkName(_ name: String, path: String) {
        var rest = Substring(name).drop { $0 == " " }
        var found: [String] = []
        var progress = true
        while progress {
            progress = false
            for title in Self.titles where rest.lowercased().hasPrefix(title.lowercased()) {
                found.append(String(rest.prefix(title.count)))
                rest = rest.dropFirst(title.count).drop { $0 == " " }
                progress = true
                break
            }
        }
        guard !found.isEmpty else { return }
        report(.lintAcademicTitle, .error, path: path, ["titles": .text(found.joined()), "name": .text(String(rest))],
               fix: rest.isEmpty ? nil : .string(String(rest)))
    }

    /// ADDRESSEES: Kính gửi only for the types that have it.
    mutating func checkAddressees() {
        guard !document.addressees.isEmpty, profile.types[document.type] != nil,
              !settings.addresseeTypes.isEmpty, !settings.addresseeTypes.contains(document.type) else { return }
        report(.lintAddressees, .warning, path: "/addressees", ["type": .text(typeName)])
    }

    /// BASES_PUNCTUATION: the profile ends each căn cứ; a different mark written by hand is wrong.
    mutating func checkBases() {
        guard let punctuation = profile.elements["bases"]?.punctuation else { return }
        let last = document.bases.count - 1
        for (i, base) in document.bases.enumerated() {
            guard let mark = base.last, [";", ".", ","].contains(mark) else { continue }
            let hasDecision = document.decision != "" && (document.decision != nil || profile.types[document.type]?.decision != nil)
            let expected = i < last ? punctuation.separator : (hasDecision ? punctuation.finalBeforeDecision : nil) ?? punctuation.final
            guard String(mark) != expected else { continue }
            let path = source.linePointer("/bases", index: i)
            report(i < last ? .lintBasesPunctuation : .lintBasesPunctuationLast, .warning, path: path,
                   ["written": .text(String(mark)), "expected": .text(expected)], fix: .string(String(base.dropLast())))
        }
    }

    /// DISTRIBUTION: a document has its Nơi nhận (NĐ30 PL I, II.9.b). LAST_DISTRIBUTION: it ends
    /// with the copies kept (`Lưu: VT, …` / `Lưu …`). Missing or empty, that line is an error; the
    /// forms real documents use (the other standard's, lines after it such as the drafter's
    /// initials) are warnings, so issued documents render as they were issued.
    mutating func checkDistribution() {
        let lines = document.distribution
        let arguments: [String: MessageArgument] = ["example": .text(settings.lastDistributionExample), "standard": .text(settings.standardName)]
        guard !lines.isEmpty else {
            report(.lintDistribution, .error, path: "/distribution", arguments)
            return
        }
        guard let pattern = LintCache.regex(settings.lastDistribution) else { return }
        func words(_ line: String) -> Substring {
            var words = Substring(line).drop { $0 == " " }
            if words.hasPrefix("-") { words = words.dropFirst().drop { $0 == " " } }
            while let end = words.last, [".", ";", ",", " "].contains(end) { words = words.dropLast() }
            return words
        }
        guard let kept = lines.lastIndex(where: { words($0).lowercased().hasPrefix("lưu") }) else {
            report(.lintLastDistributionMissing, .error, path: source.linePointer("/distribution", index: lines.count - 1),
                   arguments.merging(["line": .text(lines[lines.count - 1])]) { $1 })
            return
        }
        if kept < lines.count - 1 {
            report(.lintLastDistributionAfter, .warning, path: source.linePointer("/distribution", index: kept + 1),
                   arguments.merging(["line": .text(lines[kept + 1])]) { $1 })
        }
        let line = words(lines[kept])
        guard (try? pattern.wholeMatch(in: String(line))) == nil else { return }
        let path = source.linePointer("/distribution", index: kept)
        let found = arguments.merging(["line": .text(lines[kept])]) { $1 }
        // "Lưu VT, X", "lưu: vt, x", "Lưu:VT": the same words in the standard's form.
        var rest = line.dropFirst(3).drop { $0 == ":" || $0 == " " }
        guard !rest.isEmpty else {
            report(.lintLastDistribution, .error, path: path, found)
            return
        }
        var candidate: String
        if settings.codeSeparator == "-" {
            guard rest.uppercased().hasPrefix("VT") else {
                report(.lintLastDistributionVt, .warning, path: path, found)
                return
            }
            rest = rest.dropFirst(2).drop { $0 == "," || $0 == " " }
            candidate = rest.isEmpty ? "Lưu: VT" : "Lưu: VT, " + rest
        } else {
            candidate = "Lưu " + rest
        }
        let fixable = (try? pattern.wholeMatch(in: candidate)) != nil
        report(fixable ? .lintLastDistributionForm : .lintLastDistribution, fixable ? .warning : .error, path: path,
               found.merging(["candidate": .text(candidate)]) { $1 }, fix: fixable ? .string(candidate) : nil)
    }
}
