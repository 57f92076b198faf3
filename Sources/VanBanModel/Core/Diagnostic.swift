/// A problem found in the input, with where it is and how to fix it (docs/model.md, "Diagnostics").
/// Code that finds a problem names its message key and the values; a `MessageCatalogue` words the
/// message and the hint in the reader's language (`Engine` does it before returning).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { switch self { case .error: 2; case .warning: 1; case .note: 0 } }
        /// The word for it in printed diagnostics (`error`, `lỗi`).
        public var term: MessageTerm {
            switch self {
            case .error: .severityError
            case .warning: .severityWarning
            case .note: .severityNote
            }
        }
    }

    /// `error`, `warning` or `note`.
    public var severity: Severity
    /// Stable identifier, e.g. `MODEL.MISSING_FIELD`, `ND30.PL1.II.7.AUTHORITY_PREFIX`: the same in every language.
    public var code: DiagnosticCode
    /// Which message of the catalogue words it.
    public var key: MessageKey
    /// JSON pointer to the offending value (`/body/3`); empty for the whole document.
    public var path: String
    /// The values of the message's placeholders.
    public var arguments: [String: MessageArgument]
    /// What is wrong, in plain words (set by `MessageCatalogue.word`).
    public var message: String = ""
    /// How to fix it (set by `MessageCatalogue.word`).
    public var hint: String?
    /// A certain correction exists (`vanban check --fix`): the command line's hint says so.
    public var correctable = false
    /// An error reported as a warning because the render was forced (`--force`).
    public var forced = false
    /// A message that frames this one (a problem inside a profile file: `in layouts/x.json at /…: …`).
    public var frame: MessageKey?
    /// The values of the frame's placeholders (its `{message}` is this diagnostic's message).
    public var frameArguments: [String: MessageArgument] = [:]

    /// A diagnostic worded by `key`; its code is the key's unless given (the thể thức rules take
    /// theirs from the profile's clauses).
    public init(_ severity: Severity, _ key: MessageKey, code: DiagnosticCode? = nil, path: String,
                _ arguments: [String: MessageArgument] = [:]) {
        self.severity = severity
        self.key = key
        self.code = code ?? key.code
        self.path = path
        self.arguments = arguments
    }

    /// Compiler-style one-liner: `path: error[CODE]: message (hint)`.
    public var description: String {
        let hintPart = hint.map { "\n  hint: \($0)" } ?? ""
        let text = message.isEmpty ? key.rawValue + " " + arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") : message
        return "\(path.isEmpty ? "/" : path): \(severity.rawValue)[\(code)]: \(text)\(hintPart)"
    }
}

/// Thrown when input cannot be turned into a document; carries every diagnostic found.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, errors first.
    public var diagnostics: [Diagnostic]
    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Builds JSON pointers (RFC 6901) one step at a time.
public enum JSONPointer {
    /// `base` extended with an object key, escaping `~` and `/`.
    public static func appending(_ base: String, key: String) -> String {
        // Nearly every key has neither character: one byte scan instead of two searches.
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return base + "/" + key }
        return base + "/" + key.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }
    /// `base` extended with an array index.
    public static func appending(_ base: String, index: Int) -> String { base + "/" + String(index) }
}
