/// The JSON form of a file's diagnostics, shared by `vanban check --format json`, `vanban render
/// --format json` and the HTTP service (docs/model.md, "Diagnostics as JSON"):
/// `{"file": …, "lang": "vi", "diagnostics": [{"severity", "code", "path", "message", "hint"?, "fix"?}]}`.
/// `code` and `path` are the same in every language; `message` and `hint` are in `lang`.
public enum DiagnosticReport {
    /// The report as a JSON value; `fix` gives the certain correction of a finding (the value
    /// for its `path`), written as its `fix` member.
    public static func value(_ diagnostics: [Diagnostic], file: String, language: Language,
                             fix: (Diagnostic) -> JSONValue? = { _ in nil }) -> JSONValue {
        .object([("file", .string(file)), ("lang", .string(language.rawValue)),
                 ("diagnostics", .array(diagnostics.map { item($0, fix: fix($0)) }))])
    }

    /// One diagnostic as a JSON object.
    public static func item(_ d: Diagnostic, fix: JSONValue? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("severity", .string(d.severity.rawValue)), ("code", .string(d.code.rawValue)),
                                                          ("path", .string(d.path)), ("message", .string(d.message))]
        if let hint = d.hint { members.append(("hint", .string(hint))) }
        if let fix { members.append(("fix", fix)) }
        return .object(members)
    }

    /// The report on one line, ending with a newline.
    public static func line(_ diagnostics: [Diagnostic], file: String, language: Language,
                            fix: (Diagnostic) -> JSONValue? = { _ in nil }) -> String {
        value(diagnostics, file: file, language: language, fix: fix).serialized(indent: nil) + "\n"
    }
}
