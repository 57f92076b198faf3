import Synchronization
/// The words of one language (`messages/<language>.json`, docs/messages.md): a message and a
/// hint template for every `MessageKey`, and the terms used inside them. Code that reports a
/// problem names its key and its values; the catalogue words it.
///
/// Templates hold `{name}` placeholders for the arguments, and `{name|one|other}` where an
/// English noun follows a number (`{count|document|documents}`). A key `CODE/variant` without a
/// hint takes the hint of `CODE`.
public struct MessageCatalogue: Sendable {
    /// The language of the words.
    public let language: Language
    private let messages: [String: (message: String, hint: String?)]
    private let terms: [String: String]
    private let listSeparator: String
    /// `.` (English) or `,` (Vietnamese: 28,8 MB).
    private let decimalSeparator: String
    private let clauseSeparator: String

    /// A catalogue without words: every message is its key.
    init(empty language: Language) {
        self.language = language
        messages = [:]
        terms = [:]
        listSeparator = ", "
        decimalSeparator = "."
        clauseSeparator = "; "
    }

    /// Reads a catalogue file; its problems are `PROFILE`-like errors naming the key.
    public init(bytes: [UInt8]) throws(DiagnosticError) {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch { throw DiagnosticError([error.diagnostic]) }
        guard case .string(let tag)? = json["language"], let language = Language(tag: tag) else {
            throw DiagnosticError([Diagnostic(.error, .resourcesMessagesLanguage, path: "/language")])
        }
        var messages: [String: (String, String?)] = [:]
        if case .object(let members)? = json["messages"] {
            for (key, value) in members where !key.hasPrefix("$") {
                switch value {
                case .string(let message): messages[key] = (message, nil)
                case .object:
                    guard case .string(let message)? = value["message"] else { continue }
                    if case .string(let hint)? = value["hint"] { messages[key] = (message, hint) } else { messages[key] = (message, nil) }
                default: continue
                }
            }
        }
        var terms: [String: String] = [:]
        if case .object(let members)? = json["terms"] {
            for (key, value) in members { if case .string(let text) = value { terms[key] = text } }
        }
        self.language = language
        self.messages = messages
        self.terms = terms
        if case .string(let separator)? = json["listSeparator"] { listSeparator = separator } else { listSeparator = ", " }
        if case .string(let separator)? = json["decimalSeparator"] { decimalSeparator = separator } else { decimalSeparator = "." }
        if case .string(let separator)? = json["clauseSeparator"] { clauseSeparator = separator } else { clauseSeparator = "; " }
    }

    /// The keys the catalogue words.
    public var keys: Set<String> { Set(messages.keys) }
    /// The terms the catalogue words.
    public var termKeys: Set<String> { Set(terms.keys) }

    /// The message and hint templates of `key`, as written in the file.
    public func templates(_ key: MessageKey) -> (message: String, hint: String?)? { messages[key.rawValue] }

    /// The text of `key` with `arguments` (a message that is not a diagnostic: a summary, a label).
    public func text(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> String {
        fill(messages[key.rawValue]?.message ?? key.rawValue, arguments)
    }

    /// A term in this language.
    public func term(_ term: MessageTerm) -> String { terms[term.rawValue] ?? term.rawValue }

    /// Who reads the hints: a command line (hints may name `vanban check --fix`), or a program
    /// of the service (a finding's `fix` member says it can be corrected).
    public enum Reader: Sendable {
        case commandLine, service
    }

    /// `diagnostic` with its message and hint in this language.
    public func word(_ diagnostic: Diagnostic, for reader: Reader = .commandLine) -> Diagnostic {
        var worded = diagnostic
        let entry = messages[diagnostic.key.rawValue]
        var message = fill(entry?.message ?? diagnostic.key.rawValue, diagnostic.arguments)
        // A variant (`CODE/variant`) without a hint of its own takes its code's.
        let hintTemplate = entry?.hint ?? messages[diagnostic.key.codePart]?.hint
        var hint = hintTemplate.map { fill($0, diagnostic.arguments) }
        if let frame = diagnostic.frame {
            var arguments = diagnostic.frameArguments
            arguments["message"] = .text(message)
            message = text(frame, arguments)
        }
        if diagnostic.forced { message += text(.textForcedSuffix) }
        if diagnostic.correctable, reader == .commandLine, let base = hint { hint = base + text(.textCorrectableSuffix) }
        worded.message = message
        worded.hint = hint
        return worded
    }

    /// Every diagnostic worded.
    public func word(_ diagnostics: [Diagnostic], for reader: Reader = .commandLine) -> [Diagnostic] {
        diagnostics.map { word($0, for: reader) }
    }

    private func wording(_ argument: MessageArgument) -> String {
        switch argument {
        case .text(let text): return text
        case .term(let term): return self.term(term)
        case .list(let items): return items.map(wording).joined(separator: listSeparator)
        case .words(let items): return items.map(wording).joined(separator: " ")
        case .clauses(let items): return items.map(wording).joined(separator: clauseSeparator)
        case .andList(let items): return joined(items, last: .and)
        case .alternatives(let items): return joined(items, last: .or)
        case .decimalNumber(let text): return text.replacingAll(".", with: decimalSeparator)
        }
    }

    /// Items joined by the list separator, with `last` ("and", "or") before the last one.
    private func joined(_ items: [MessageArgument], last: MessageTerm) -> String {
        let words = items.map(wording)
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: listSeparator) + " " + term(last) + " " + words.last!
    }

    /// `template` with each `{name}` (or `{name|one|other}`) replaced.
    private func fill(_ template: String, _ arguments: [String: MessageArgument]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let inside = rest[rest.index(after: open)..<close].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if let argument = arguments[inside[0]] {
                let value = wording(argument)
                out += inside.count == 3 ? (value == "1" ? inside[1] : inside[2]) : value
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The names of the placeholders of a template (for the catalogue tests): `{name}` and
    /// `{name|…}` with a name of letters; other braces (JSON shown in a hint) are text.
    public static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close].prefix { $0 != "|" }
            if !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}

/// The catalogues of every language VanBan speaks. Every file is read at once (a missing one is
/// an error at start); a language's file is parsed when it is first needed, or up front by
/// `prepare`: a cold `vanban render` speaks one language and need not parse the other
/// (docs/performance.md, "Cold start"). The programs prepare the languages they speak — the
/// command line its own, the service all of them — so a broken file is still an error at start.
public struct MessageCatalogues: Sendable {
    private let store: Store

    private final class Store: Sendable {
        let bytes: [Language: [UInt8]]
        let parsed = Mutex<[Language: MessageCatalogue]>([:])
        init(bytes: [Language: [UInt8]]) { self.bytes = bytes }
    }

    /// Reads `<language>.json` for every language through `read`; a missing file is an error.
    public init(read: (String) -> [UInt8]?) throws(DiagnosticError) {
        var bytes: [Language: [UInt8]] = [:]
        for language in Language.allCases {
            guard let file = read(language.rawValue + ".json") else {
                throw DiagnosticError([Diagnostic(.error, .resourcesMessages, path: "", ["file": "messages/\(language.rawValue).json"])])
            }
            bytes[language] = file
        }
        store = Store(bytes: bytes)
    }

    /// Parses the catalogues of `languages` now; a broken file is an error.
    public func prepare(_ languages: [Language] = Language.allCases) throws(DiagnosticError) {
        for language in languages where store.parsed.withLock({ $0[language] == nil }) {
            let catalogue = try MessageCatalogue(bytes: store.bytes[language]!)
            store.parsed.withLock { $0[language] = catalogue }
        }
    }

    /// The catalogue of `language`. One never prepared whose file does not parse words every
    /// message by its key.
    public subscript(language: Language) -> MessageCatalogue {
        if let catalogue = store.parsed.withLock({ $0[language] }) { return catalogue }
        let catalogue = (try? MessageCatalogue(bytes: store.bytes[language]!)) ?? MessageCatalogue(empty: language)
        store.parsed.withLock { $0[language] = $0[language] ?? catalogue }
        return catalogue
    }
}
