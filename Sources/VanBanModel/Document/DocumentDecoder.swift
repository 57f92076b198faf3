/// Turns JSON bytes into a `Document`, collecting every problem as a diagnostic with its JSON
/// pointer, instead of stopping at the first one.
public enum DocumentDecoder {
    /// The decoded document and the warnings; throws `DiagnosticError` when there are errors.
    public static func decode(_ bytes: [UInt8]) throws(DiagnosticError) -> (Document, [Diagnostic]) {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw DiagnosticError([error.diagnostic])
        }
        var reader = JSONObjectReader(json, path: "", what: "a document", example: "{ \"title\": …, \"body\": [ … ] }")
        var document = Document()
        if let profile = reader.string("profile") { document.profile = profile }
        document.title = reader.string("title")
        document.body = reader.stringArray("body") ?? []
        if let date = reader.string("date") {
            if let parsed = CalendarDate(iso: date) {
                document.date = parsed
            } else {
                reader.problem(at: "date", code: "MODEL.BAD_DATE", message: "'\(date)' is not a date",
                               hint: "write the date as YYYY-MM-DD, e.g. \"2024-03-05\"")
            }
        }
        if let created = reader.string("created") {
            if let parsed = Timestamp(iso: created) {
                document.created = parsed
            } else {
                reader.problem(at: "created", code: "MODEL.BAD_TIMESTAMP", message: "'\(created)' is not a timestamp",
                               hint: "write it as ISO 8601, e.g. \"2024-03-05T09:30:15+07:00\"")
            }
        }
        document.author = reader.string("author")
        document.subject = reader.string("subject")
        document.keywords = reader.stringArray("keywords") ?? []
        reader.reportUnknownKeys()
        let diagnostics = reader.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticError(diagnostics) }
        return (document, diagnostics)
    }
}

/// Levenshtein distance between two short strings (for "did you mean" hints).
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...max(b.count, 1) where !b.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
}
