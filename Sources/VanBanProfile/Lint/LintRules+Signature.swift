import VanBanModel

/// Rules of the signature block (ô 7) and of Nơi nhận (ô 9b).
extension LintContext {
    /// The academic and honorary titles NĐ30 keeps out of the signer's name (PL I, II.7.c).
    static let titles = ["GS.", "PGS.", "TS.", "TSKH.", "ThS.", "KS.", "BS.", "CN.", "LS.", "NGND.", "NGƯT.", "TTND.", "TTƯT."]

    /// AUTHORITY_PREFIX: TM./KT./TL./TUQ./Q. (NĐ30) or T/M, K/T, T/L, Q. (Party).
    /// ACADEMIC_TITLE: no học hàm or học vị before the name.
    mutating func checkSigners() {
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
        let allowed = settings.authorityPrefixes.joined(separator: ", ")
        if let correct = settings.authorityCorrections[token] {
            let rest = trimmed.dropFirst(token.count).drop { $0 == " " }
            report("AUTHORITY_PREFIX", .error, path: path, "'\(token)' is not how \(settings.standard) writes the signing authority: '\(correct)'",
                   hint: "use \(allowed)", fix: .string(correct + " " + rest))
        } else if looksLikePrefix(token) {
            report("AUTHORITY_PREFIX", .error, path: path, "'\(token)' is not a signing-authority prefix of \(settings.standard)",
                   hint: "use \(allowed), or write the position alone in \"title\"")
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
        report("ACADEMIC_TITLE", .error, path: path, "the signer's name starts with '\(found.joined())': no học hàm, học vị or title before it",
               hint: "write the full name alone, e.g. \"\(rest)\"", fix: rest.isEmpty ? nil : .string(String(rest)))
    }

    /// ADDRESSEES: Kính gửi only for the types that have it.
    mutating func checkAddressees() {
        guard !document.addressees.isEmpty, profile.types[document.type] != nil,
              !settings.addresseeTypes.isEmpty, !settings.addresseeTypes.contains(document.type) else { return }
        report("ADDRESSEES", .warning, path: "/addressees", "a \(typeName) has no Kính gửi",
               hint: "list the recipients in \"distribution\" (Nơi nhận); Kính gửi is for công văn, tờ trình and the like")
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
            report("BASES_PUNCTUATION", .warning, path: path,
                   "this căn cứ ends with '\(mark)'; \(i < last ? "each căn cứ but the last" : "the last") ends with '\(expected)'",
                   hint: "write căn cứ without their final mark: the profile adds it", fix: .string(String(base.dropLast())))
        }
    }

    /// LAST_DISTRIBUTION: Nơi nhận ends with the copies kept (`Lưu: VT, …` / `Lưu …`).
    mutating func checkDistribution() {
        guard let lastLine = document.distribution.last, let pattern = try? Regex(settings.lastDistribution) else { return }
        var line = Substring(lastLine).drop { $0 == " " }
        if line.hasPrefix("-") { line = line.dropFirst().drop { $0 == " " } }
        while let end = line.last, [".", ";", ",", " "].contains(end) { line = line.dropLast() }
        guard (try? pattern.wholeMatch(in: String(line))) == nil else { return }
        let path = source.linePointer("/distribution", index: document.distribution.count - 1)
        let hint = "end Nơi nhận with the copies kept, e.g. \"\(settings.lastDistributionExample)\""
        guard line.lowercased().hasPrefix("lưu") else {
            report("LAST_DISTRIBUTION", .error, path: path, "the last line of Nơi nhận is '\(lastLine)', not the copies kept ('Lưu …')",
                   hint: hint)
            return
        }
        // "Lưu VT, X", "lưu: vt, x", "Lưu:VT": the same words in the standard's form.
        var rest = line.dropFirst(3).drop { $0 == ":" || $0 == " " }
        var candidate: String
        if settings.codeSeparator == "-" {
            guard rest.uppercased().hasPrefix("VT") else {
                report("LAST_DISTRIBUTION", .error, path: path, "the last line of Nơi nhận is '\(lastLine)'; it starts 'Lưu: VT'", hint: hint)
                return
            }
            rest = rest.dropFirst(2).drop { $0 == "," || $0 == " " }
            candidate = rest.isEmpty ? "Lưu: VT" : "Lưu: VT, " + rest
        } else {
            candidate = "Lưu " + rest
        }
        let fixable = (try? pattern.wholeMatch(in: candidate)) != nil
        report("LAST_DISTRIBUTION", .error, path: path,
               "the last line of Nơi nhận is '\(lastLine)'" + (fixable ? "; \(settings.standard) writes it '\(candidate)'" : ""),
               hint: hint, fix: fixable ? .string(candidate) : nil)
    }
}
