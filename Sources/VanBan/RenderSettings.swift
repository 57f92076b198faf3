import VanBanModel

/// The options of a render given as text — the CLI's flags, the service's query — read in one
/// place, with one wording of their problems (`OPTION.*`).
public struct RenderSettings: Sendable {
    /// The option names, as the service's query and the CLI's long flags spell them.
    public enum Name: String, Sendable, CaseIterable {
        case format, dpi, page, created, force, lang
        case toneStyle = "tone-style"
        case signFields = "sign-fields"
        case pdfa
    }

    /// A value that is not one the option takes.
    public struct Problem: Error, Sendable {
        /// How the catalogue words it.
        public var key: MessageKey
        /// The values of the message.
        public var arguments: [String: MessageArgument]
        /// A problem worded by `key`.
        public init(key: MessageKey, arguments: [String: MessageArgument] = [:]) {
            self.key = key
            self.arguments = arguments
        }
    }

    /// The formats VanBan writes, by name.
    public enum FormatName: String, Sendable, CaseIterable {
        case pdf, png, svg, ps
    }

    /// What to write.
    public var format: FormatName = .pdf
    /// Resolution of a PNG.
    public var dpi = 96.0
    /// The options so far (format and resolution are applied by `options`).
    private var base: RenderOptions

    /// Settings over `base`: its values unless an option says otherwise.
    public init(base: RenderOptions = RenderOptions()) { self.base = base }

    /// The render options.
    public var options: RenderOptions {
        var options = base
        options.format = switch format {
        case .pdf: .pdf
        case .png: .png(dpi: dpi)
        case .svg: .svg
        case .ps: .ps
        }
        return options
    }

    /// Reads option `name` from `text`.
    public mutating func read(_ name: Name, _ text: String) throws(Problem) {
        switch name {
        case .format:
            guard let format = FormatName(rawValue: text.lowercased()) else {
                throw Problem(key: .optionFormat, arguments: ["value": .text(text), "formats": .texts(FormatName.allCases.map(\.rawValue))])
            }
            self.format = format
        case .dpi:
            guard Length.isDecimal(text), let dpi = Double(text), OutputFormat.resolutions.contains(dpi) else {
                throw Problem(key: .optionDpi, arguments: ["value": .text(text)])
            }
            self.dpi = dpi
        case .page:
            guard text.utf8.count <= 7, let page = Int(text), (1...1_000_000).contains(page) else {
                throw Problem(key: .optionPage, arguments: ["value": .text(text)])
            }
            base.page = page
        case .created:
            guard let timestamp = Timestamp(iso: text) else { throw Problem(key: .optionCreated, arguments: ["value": .text(text)]) }
            base.created = timestamp
        case .toneStyle:
            guard let style = ToneStyle(rawValue: text) else { throw Problem(key: .optionToneStyle, arguments: ["value": .text(text)]) }
            base.toneStyle = style
        case .lang:
            guard let language = Language(tag: text), text.utf8.count <= 35 else {
                throw Problem(key: .optionLang, arguments: ["value": .text(text), "languages": .texts(Language.allCases.map(\.rawValue))])
            }
            base.language = language
        case .force: base.enforceChecks = !(try Self.flag(name.rawValue, text))
        case .signFields: base.signatureFields = try Self.flag(name.rawValue, text)
        case .pdfa: base.pdfa = try Self.flag(name.rawValue, text)
        }
    }

    /// Pages and ranges of pages from 1, `1-3,5` (`pages=` of a preview): at most 100 parts of
    /// numbers of up to 7 digits; a range written backwards (`3-1`) is the same range, and pages
    /// past the document's end select nothing.
    public static func pageRanges(_ text: String) throws(Problem) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        for part in parts {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.count <= 7 && $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil }
            guard parts.count <= 100, (1...2).contains(ends.count), let first = ends.first ?? nil, let last = ends.last ?? nil,
                  first >= 1, last >= 1 else {
                throw Problem(key: .optionPages, arguments: ["value": .text(text)])
            }
            ranges.append(min(first, last)...max(first, last))
        }
        return ranges
    }

    /// `true`, `false`, `1`, `0`, or empty for true (a bare `?force`).
    public static func flag(_ name: String, _ text: String) throws(Problem) -> Bool {
        switch text {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw Problem(key: .optionFlag, arguments: ["name": .text(name), "value": .text(text)])
        }
    }
}
