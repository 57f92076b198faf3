/// A problem found in the input, with where it is and how to fix it (DESIGN.md §7).
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { switch self { case .error: 2; case .warning: 1; case .note: 0 } }
    }

    /// `error`, `warning` or `note`.
    public var severity: Severity
    /// Stable identifier, e.g. `MODEL.MISSING_FIELD`, `TEXT.MISSING_GLYPH`.
    public var code: String
    /// JSON pointer to the offending value (`/body/3`); empty for the whole document.
    public var path: String
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it.
    public var hint: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, code: String, path: String, message: String, hint: String? = nil) {
        self.severity = severity
        self.code = code
        self.path = path
        self.message = message
        self.hint = hint
    }

    /// Compiler-style one-liner: `path: error[CODE]: message (hint)`.
    public var description: String {
        let hintPart = hint.map { "\n  hint: \($0)" } ?? ""
        return "\(path.isEmpty ? "/" : path): \(severity.rawValue)[\(code)]: \(message)\(hintPart)"
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
