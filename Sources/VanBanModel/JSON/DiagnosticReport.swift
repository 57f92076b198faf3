/// The JSON form of a file's diagnostics, shared by `vanban check --format json`, `vanban render
/// --format json` and the HTTP service (docs/model.md, "Diagnostics as JSON"):
/// `{"file": …, "diagnostics": [{"severity", "code", "path", "message", "hint"?}]}`.
public enum DiagnosticReport {
    /// The report as a JSON value.
    public static func value(_ diagnostics: [Diagnostic], file: String) -> JSONValue {
        .object([("file", .string(file)), ("diagnostics", .array(diagnostics.map(item)))])
    }

    /// One diagnostic as a JSON object.
    public static func item(_ d: Diagnostic) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("severity", .string(d.severity.rawValue)), ("code", .string(d.code)),
                                                          ("path", .string(d.path)), ("message", .string(d.message))]
        if let hint = d.hint { members.append(("hint", .string(hint))) }
        return .object(members)
    }

    /// The report on one line, ending with a newline.
    public static func line(_ diagnostics: [Diagnostic], file: String) -> String {
        value(diagnostics, file: file).serialized(indent: nil) + "\n"
    }
}
