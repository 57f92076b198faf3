import VanBanModel

/// A thể thức problem found in a document, and its correction when the correction is certain.
public struct LintFinding: Sendable, Hashable {
    public var diagnostic: Diagnostic
    public var fix: LintFix?
}

/// A correction: the value to put at a JSON pointer of the document, and the rule it answers.
public struct LintFix: Sendable, Hashable {
    public var path: String
    public var replacement: JSONValue
    /// The code of the finding it corrects.
    public var code: DiagnosticCode

    package init(path: String, replacement: JSONValue, code: DiagnosticCode) {
        self.path = path
        self.replacement = replacement
        self.code = code
    }
}

/// The thể thức checks of a profile (`vanban check`, and every render): the rules a person gets
/// wrong that the layout cannot correct by itself — the số and ký hiệu, the signing authority, the
/// signer's name, Kính gửi, căn cứ and Nơi nhận, fixed strings, tone-mark style. Each finding has a
/// rule id tied to its clause (`ND30.PL1.II.7.AUTHORITY_PREFIX`; the profile's `lint` section
/// names the clauses) as its code.
public enum Linter {
    /// Every finding, in document order. `source` is the JSON the document was decoded from (fixes
    /// point into it); `toneStyle` overrides the profile's.
    public static func check(_ document: Document, source: JSONValue, profile: Profile, toneStyle: ToneStyle? = nil) -> [LintFinding] {
        var context = LintContext(document: document, source: source, profile: profile,
                                  toneStyle: toneStyle ?? profile.lint.toneStyle)
        context.checkNumber()
        context.checkSubjectPrefix()
        context.checkPlace()
        context.checkSigners()
        context.checkAddressees()
        context.checkBases()
        context.checkDistribution()
        context.checkFixedStrings()
        context.checkDatePadding()
        context.checkToneStyle()
        return context.findings
    }

    /// `source` with every fix applied.
    public static func apply(_ fixes: [LintFix], to source: JSONValue) -> JSONValue {
        fixes.reduce(source) { $0.replacing(at: $1.path, with: $1.replacement) }
    }
}

/// What the rules share while they run.
struct LintContext {
    let document: Document
    let source: JSONValue
    let profile: Profile
    let toneStyle: ToneStyle?
    /// Every text string of the source with its pointer, collected once for the rules that scan texts.
    let texts: [(path: String, text: String)]
    var findings: [LintFinding] = []
    /// Texts as the fixes found so far leave them, by pointer (a later rule corrects the corrected text).
    var fixedTexts: [String: String] = [:]

    init(document: Document, source: JSONValue, profile: Profile, toneStyle: ToneStyle?) {
        self.document = document
        self.source = source
        self.profile = profile
        self.toneStyle = toneStyle
        texts = Self.texts(of: source)
    }

    var settings: LintSettings { profile.lint }

    /// Records a finding worded by `key` (`LINT.<RULE>/…`); its code is the rule's id with the
    /// profile's clause (`ND30.PL1.II.7.AUTHORITY_PREFIX`).
    mutating func report(_ key: MessageKey, _ severity: Diagnostic.Severity, path: String, _ arguments: [String: MessageArgument] = [:],
                         fix: JSONValue? = nil, rule given: String? = nil) {
        let rule = given ?? String(key.codePart.dropFirst("LINT.".count))
        var diagnostic = Diagnostic(severity, key, code: DiagnosticCode(rawValue: settings.ruleID(rule)), path: path, arguments)
        diagnostic.correctable = fix != nil
        findings.append(LintFinding(diagnostic: diagnostic, fix: fix.map { LintFix(path: path, replacement: $0, code: diagnostic.code) }))
        if case .string(let text)? = fix { fixedTexts[path] = text }
    }

    /// The name of the document's type for messages (`quyết định`, `công văn`), or its id.
    var typeName: String {
        profile.types[document.type]?.displayName?.lowercased() ?? document.type
    }

    /// Every text string of `source` with its pointer (identifiers, dates and file names excluded).
    static func texts(of source: JSONValue) -> [(path: String, text: String)] {
        let notText: Set<String> = ["profile", "type", "date", "created", "time", "signature", "seal", "sealSize", "align", "valign",
                                    "style", "marker", "width", "symbol", "label"]
        var out: [(String, String)] = []
        func walk(_ value: JSONValue, _ path: String) {
            switch value {
            case .string(let text): out.append((path, text))
            case .array(let items): for (i, item) in items.enumerated() { walk(item, JSONPointer.appending(path, index: i)) }
            case .object(let members):
                for member in members where !notText.contains(member.key) { walk(member.value, JSONPointer.appending(path, key: member.key)) }
            default: break
            }
        }
        walk(source, "")
        return out
    }

    /// Signers with the pointer of their array: the document's, a copy's, each attached text's.
    var signerGroups: [(path: String, signers: [Signer])] {
        var groups: [(String, [Signer])] = [("/signers", document.signers)]
        if let copy = document.copy { groups.append(("/copy/signers", copy.signers)) }
        for (i, attachment) in document.attachments.enumerated() { groups.append(("/attachments/\(i)/signers", attachment.signers ?? [])) }
        return groups
    }
}
