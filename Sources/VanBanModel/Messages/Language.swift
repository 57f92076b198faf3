/// A language VanBan speaks: every message and hint exists in each (`messages/<language>.json`).
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Tiếng Việt: the language of the clerks VanBan is for.
    case vi
    /// English.
    case en

    /// The language a tag names (`vi`, `vi-VN`, `en_US.UTF-8`, `EN`), if VanBan speaks it.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == "@" }).first.map { $0.lowercased() } ?? ""
        guard let language = Language(rawValue: primary) else { return nil }
        self = language
    }

    /// The language of the CLI (docs/vi/huong-dan.md): `VANBAN_LANG`, else the locale's
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` (the first one set decides, as POSIX says), else English.
    /// The caller reads the environment; `value(name)` gives a variable or nil.
    public static func fromEnvironment(_ value: (String) -> String?) -> Language {
        if let chosen = value("VANBAN_LANG").flatMap(Language.init(tag:)) { return chosen }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let setting = value(name), !setting.isEmpty else { continue }
            return Language(tag: setting) ?? .en
        }
        return .en
    }

    /// The language an HTTP `Accept-Language` header prefers among those VanBan speaks (RFC 9110
    /// §12.5.4: q-values; equal values keep the header's order), or nil when it names none of them.
    public static func preferred(acceptLanguage header: String) -> Language? {
        var best: (language: Language, quality: Double, order: Int)?
        for (order, item) in header.split(separator: ",").enumerated() {
            let parts = item.split(separator: ";").map { $0.trimmingSpaces() }
            guard let tag = parts.first, !tag.isEmpty else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            // `*` (any language) leaves the choice to the service's default.
            guard quality > 0, quality <= 1, tag != "*", let language = Language(tag: tag) else { continue }
            if best == nil || quality > best!.quality { best = (language, quality, order) }
        }
        return best?.language
    }
}
