import VanBanModel

/// What the thể thức checks (`vanban check`, `Linter`) need to know of a standard: a profile's
/// `lint` section. Rule identifiers are `<standard>.<clause>.<RULE>`, the clause taken from
/// `clauses` (`ND30.PL1.II.7.AUTHORITY_PREFIX`, `HD36.B6.AUTHORITY_PREFIX`).
public struct LintSettings: Sendable, Hashable {
    /// `ND30`, `HD36`, `HD05`: the first part of the rule identifiers.
    public var standard: String
    /// The standard as people name it (`Nghị định 30/2020/NĐ-CP`), in messages and listings.
    public var standardName: String
    /// The clause of each rule, by rule name.
    public var clauses: [String: String]
    /// Signing-authority prefixes allowed (`TM.`, `KT.`, … or `T/M`, `K/T`, …).
    public var authorityPrefixes: [String]
    /// Wrong prefixes with a certain correction (`T/M` → `TM.` under NĐ30).
    public var authorityCorrections: [String: String]
    /// What separates the type code from the rest of the symbol: `-` (`QĐ-UBND`) or `/` (`CV/BTGTU`).
    public var codeSeparator: String
    /// Types that take Kính gửi.
    public var addresseeTypes: Set<String>
    /// The last Nơi nhận line, without its dash and final mark: a pattern and an example.
    public var lastDistribution: String
    public var lastDistributionExample: String
    /// Fixed strings of the standard and their exact spelling (`motto`, `nationalTitle`).
    public var fixedStrings: [String: String]
    /// The tone-mark style a document must use, when the office has chosen one.
    public var toneStyle: ToneStyle?

    public init(standard: String = "ND30", clauses: [String: String] = [:], authorityPrefixes: [String] = [],
                authorityCorrections: [String: String] = [:], codeSeparator: String = "-", addresseeTypes: Set<String> = [],
                lastDistribution: String = "", lastDistributionExample: String = "", fixedStrings: [String: String] = [:],
                toneStyle: ToneStyle? = nil) {
        self.standard = standard
        self.standardName = standard
        self.clauses = clauses
        self.authorityPrefixes = authorityPrefixes
        self.authorityCorrections = authorityCorrections
        self.codeSeparator = codeSeparator
        self.addresseeTypes = addresseeTypes
        self.lastDistribution = lastDistribution
        self.lastDistributionExample = lastDistributionExample
        self.fixedStrings = fixedStrings
        self.toneStyle = toneStyle
    }

    /// `ND30.PL1.II.7.AUTHORITY_PREFIX`.
    public func ruleID(_ rule: String) -> String {
        [standard, clauses[rule], rule].compactMap { $0 }.joined(separator: ".")
    }

    /// An object of strings (`"T/M": "TM."`), annotations (`$…`) left out.
    private static func strings(_ r: inout JSONObjectReader, _ key: String) -> [String: String] {
        r.object(key) { c in
            Dictionary(uniqueKeysWithValues: c.keys.filter { !$0.hasPrefix("$") }.compactMap { key in c.string(key).map { (key, $0) } })
        } ?? [:]
    }

    static func read(_ r: inout JSONObjectReader) -> LintSettings {
        var settings = LintSettings()
        settings.standard = r.string("standard") ?? "ND30"
        settings.standardName = r.string("standardName") ?? settings.standard
        settings.clauses = strings(&r, "clauses")
        settings.authorityPrefixes = r.stringArray("authorityPrefixes") ?? []
        settings.authorityCorrections = strings(&r, "authorityCorrections")
        settings.codeSeparator = r.string("codeSeparator") ?? "-"
        settings.addresseeTypes = Set(r.stringArray("addresseeTypes") ?? [])
        settings.lastDistribution = r.string("lastDistribution") ?? ""
        settings.lastDistributionExample = r.string("lastDistributionExample") ?? ""
        settings.fixedStrings = strings(&r, "fixedStrings")
        settings.toneStyle = r.named("toneStyle", ToneStyle.self, else: .profileValueToneStyle)
        return settings
    }
}
