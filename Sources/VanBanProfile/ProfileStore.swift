import Synchronization
import VanBanModel

/// The layout profiles of a resources folder (`layouts/*.json`, docs/profiles.md): loads each file
/// once, resolves `extends`, picks a selector's layout by the document's date (`party`), and lists
/// them. Nothing else reads profile JSON. Safe to share between threads.
public final class ProfileStore: Sendable {
    /// The profile names available (the files' names without `.json`), sorted.
    public let names: [String]
    /// The bytes of `<name>.json`; only called for names in `names`.
    private let read: @Sendable (String) -> [UInt8]?
    private let entries = Mutex<[String: Entry]>([:])

    /// What a profile file is.
    enum Entry: Sendable {
        case layout(Profile)
        /// Chooses a layout by date (`ProfileSelector`).
        case selector(JSONValue)
    }

    /// A store over the files `names`, read by `read` (given a name, the bytes of `<name>.json`).
    public init(names: [String], read: @escaping @Sendable (String) -> [UInt8]?) {
        self.names = names.sorted()
        self.read = read
    }

    /// The bytes of profile `name` as stored, when it exists (for fingerprints).
    public func fileBytes(_ name: String) -> [UInt8]? {
        names.contains(name) ? read(name) : nil
    }

    /// The document's profile, and the note saying which layout a selector chose.
    public func profile(for document: Document) throws(DiagnosticError) -> (Profile, Diagnostic?) {
        switch try entry(named: document.profile) {
        case .layout(let profile):
            return (profile, nil)
        case .selector(let json):
            guard let (chosen, note) = try ProfileSelector.select(json, name: document.profile, date: document.date) else {
                return (try profile(named: document.profile), nil)
            }
            return (try profile(named: chosen), note)
        }
    }

    /// The layout profile `name`.
    public func profile(named name: String) throws(DiagnosticError) -> Profile {
        guard case .layout(let profile) = try entry(named: name) else {
            throw DiagnosticError([Diagnostic(.error, .modelUnknownProfileSelector, path: "/profile", ["name": .text(name)])])
        }
        return profile
    }

    /// What `<name>.json` holds, parsed once.
    private func entry(named name: String) throws(DiagnosticError) -> Entry {
        if let cached = entries.withLock({ $0[name] }) { return cached }
        guard let bytes = fileBytes(name) else {
            throw DiagnosticError([Diagnostic(.error, .modelUnknownProfile, path: "/profile", ["name": .text(name), "profiles": .texts(names)])])
        }
        let entry: Entry
        if let json = try? JSONParser.parse(bytes), json["select"] != nil {
            entry = .selector(json)
        } else {
            do {
                entry = .layout(try ProfileDecoder.decode(bytes, load: fileBytes))
            } catch {
                throw DiagnosticError(error.diagnostics.map {
                    var d = $0
                    d.frame = .profileInFile
                    d.frameArguments = ["file": .text("layouts/\(name).json"), "pointer": .text(d.path.isEmpty ? "/" : d.path)]
                    d.path = "/profile"
                    return d
                })
            }
        }
        entries.withLock { $0[name] = entry }
        return entry
    }

    /// Every profile, with its title, what it builds on and, for a layout, its standard and types.
    public var summaries: [ProfileSummary] {
        names.map { name in
            func text(_ value: JSONValue?) -> String? {
                if case .string(let s)? = value { s } else { nil }
            }
            guard let json = fileBytes(name).flatMap({ try? JSONParser.parse($0) }) else { return ProfileSummary(id: name, selects: []) }
            var selects: [ProfileSummary.Choice] = []
            if case .array(let items)? = json["select"] {
                for item in items {
                    if let profile = text(item["profile"]) { selects.append(.init(profile: profile, from: text(item["from"]), until: text(item["until"]))) }
                }
            }
            var summary = ProfileSummary(id: name, title: text(json["name"]), extends: text(json["extends"]), selects: selects)
            if selects.isEmpty, let profile = try? profile(named: name) {
                summary.standard = profile.lint.standard
                summary.standardName = profile.lint.standardName
                summary.authorityPrefixes = profile.lint.authorityPrefixes
                summary.lastDistributionExample = profile.lint.lastDistributionExample.isEmpty ? nil : profile.lint.lastDistributionExample
                summary.types = profile.typeOrder.compactMap { id in
                    guard let type = profile.types[id] else { return nil }
                    return TypeSummary(id: id, displayName: type.displayName ?? id, name: type.name, code: type.code, decision: type.decision,
                                       takesAddressees: profile.lint.addresseeTypes.contains(id),
                                       subjectUnderNumber: type.subjectUnderNumber, headerDate: type.headerDate)
                }
            }
            return summary
        }
    }
}

/// What a profile file is, for listings (`GET /v1/profiles`, the desk).
public struct ProfileSummary: Sendable, Hashable {
    /// A layout a selector picks, with the dates it applies between (ISO dates).
    public struct Choice: Sendable, Hashable {
        public var profile: String
        public var from: String?
        public var until: String?
    }

    /// The name documents use in `"profile"`.
    public var id: String
    /// Its title (`"name"` in the file), e.g. `Nghị định 30/2020/NĐ-CP — văn bản hành chính`.
    public var title: String?
    /// The profile it builds on (`"extends"`).
    public var extends: String?
    /// For a selector (`party`): the layouts it picks, in date order.
    public var selects: [Choice]
    /// For a layout: the standard its checks follow (`ND30`, `HD36`, `HD05`).
    public var standard: String?
    /// For a layout: the standard as people name it (`Nghị định 30/2020/NĐ-CP`).
    public var standardName: String?
    /// For a layout: its document types, in the file's order.
    public var types: [TypeSummary] = []
    /// For a layout: the signing-authority prefixes it writes (`TM.`, `KT.`, … or `T/M`, `K/T`, …).
    public var authorityPrefixes: [String] = []
    /// For a layout: an example of the last Nơi nhận line (`Lưu: VT, …`).
    public var lastDistributionExample: String?

    /// A summary.
    public init(id: String, title: String? = nil, extends: String? = nil, selects: [Choice]) {
        self.id = id
        self.title = title
        self.extends = extends
        self.selects = selects
    }
}

/// A document type of a profile, for listings.
public struct TypeSummary: Sendable, Hashable {
    /// The id documents use in `"type"` (`quyet-dinh`).
    public var id: String
    /// The Vietnamese name for lists (`Quyết định`, `Công văn`).
    public var displayName: String
    /// The tên loại printed on the document (`QUYẾT ĐỊNH`); nil when the type has none.
    public var name: String?
    /// The type code of the ký hiệu (`QĐ`).
    public var code: String?
    /// The deciding line after the căn cứ (`QUYẾT ĐỊNH:`).
    public var decision: String?
    /// Whether the type takes Kính gửi.
    public var takesAddressees: Bool
    /// Whether the trích yếu goes under the number (`V/v …`, công văn).
    public var subjectUnderNumber: Bool
    /// Whether the header shows the place and date.
    public var headerDate: Bool
}
