import VanBan
import VanBanCommandLine

/// Output file names of a batch: from a template over the document's fields, made safe for
/// file systems, and unique (a name already given gets `-2`, `-3`, … in input order, so a re-run
/// gives every document the same name).
struct OutputNamer {
    /// The placeholders a template may use.
    static let fields: [(name: String, meaning: String)] = [
        ("name", "the default name: the input file's name, or <file>-<line> for JSON Lines"),
        ("index", "position in the batch, from 1"),
        ("line", "line number in a JSON Lines input (empty otherwise)"),
        ("number", "số and ký hiệu, e.g. 05-SNV-VP or 405-CV-BTGTU"),
        ("seq", "the number in the series"),
        ("symbol", "the ký hiệu, e.g. SNV-VP"),
        ("date", "the issue date, YYYY-MM-DD (or YYYY-MM, YYYY)"),
        ("year", "the issue year"),
        ("type", "the document type, e.g. cong-van"),
        ("profile", "the profile, e.g. nd30"),
    ]

    private enum Piece {
        case text(String)
        case field(String)
    }

    private let pieces: [Piece]?
    /// Names given so far, folded to lower case (a batch may land on a case-insensitive disk).
    private var taken: Set<String> = []

    /// Parses `template`; an unknown placeholder or an unclosed brace is a usage error.
    init(template: String?) throws {
        guard let template else {
            pieces = nil
            return
        }
        var pieces: [Piece] = []
        var text = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw CLIError(.cliNameBrace, ["template": .text(template)])
            }
            let field = String(rest[rest.index(after: open)..<close])
            guard Self.fields.contains(where: { $0.name == field }) else {
                throw CLIError(.cliNameField, ["template": .text(template), "placeholder": .text("{\(field)}"),
                                               "placeholders": .words(Self.fields.map { .text("{\($0.name)}") })])
            }
            if !text.isEmpty { pieces.append(.text(text)) }
            text = ""
            pieces.append(.field(field))
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// Whether names need the decoded document.
    var needsDocument: Bool { pieces != nil }

    /// The unique relative name (without `.pdf`) of `item`; `document` is its decoded content
    /// when it could be decoded. A template that gives nothing usable falls back to the default.
    mutating func name(for item: BatchItem, document: Document?) -> String {
        var name = Self.sanitize(item.defaultName, keepFolders: true)
        if let pieces {
            let expanded = pieces.map { piece -> String in
                switch piece {
                case .text(let text): return text
                case .field(let field): return Self.value(field, item: item, document: document)
                }
            }.joined()
            let safe = Self.sanitize(expanded, keepFolders: false)
            if !safe.isEmpty { name = safe }
        }
        return unique(name, index: item.index)
    }

    /// `name`, or `name-2`, `name-3`, … when an earlier document has it (`document-INDEX` when empty).
    mutating func unique(_ name: String, index: Int) -> String {
        let name = name.isEmpty ? "document-\(index)" : name
        var unique = name
        var counter = 2
        while taken.contains(unique.lowercased()) {
            unique = "\(name)-\(counter)"
            counter += 1
        }
        taken.insert(unique.lowercased())
        return unique
    }

    private static func value(_ field: String, item: BatchItem, document: Document?) -> String {
        switch field {
        case "name": return item.defaultName
        case "index": return String(item.index)
        case "line": return item.line.map(String.init) ?? ""
        case "seq": return document?.number?.seq.map(String.init) ?? ""
        case "symbol": return document?.number?.symbol ?? ""
        case "number":
            guard let number = document?.number else { return "" }
            let seq = number.seq.map { String.zeroPadded($0, width: 2) }
            return [seq, number.symbol].compactMap { $0 }.joined(separator: "-")
        case "date":
            guard let date = document?.date else { return "" }
            return date.iso
        case "year": return document?.date.map { String($0.year) } ?? ""
        case "type": return document?.type ?? ""
        case "profile": return document?.profile ?? ""
        default: return ""
        }
    }

    /// A name every common file system accepts: NFC; `/` (unless a folder of the input tree is
    /// kept), `\`, `: * ? " < > |` and control characters become `-`; white space becomes `_`;
    /// no leading or trailing dots, dashes, underscores; at most 200 bytes.
    static func sanitize(_ raw: String, keepFolders: Bool) -> String {
        var out = ""
        for scalar in TextNormalizer.nfc(raw).unicodeScalars {
            switch scalar {
            case "/" where keepFolders: out.unicodeScalars.append(scalar)
            case "/", "\\", ":", "*", "?", "\"", "<", ">", "|": out += "-"
            case _ where scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format: out += "-"
            case _ where scalar.properties.isWhitespace: out += "_"
            default: out.unicodeScalars.append(scalar)
            }
        }
        // Each path component: trimmed, never `.` or `..`.
        let trim: Set<Character> = [".", "-", "_", " "]
        let components = out.split(separator: "/", omittingEmptySubsequences: true).map { component -> String in
            var c = Substring(component)
            while let first = c.first, trim.contains(first) { c = c.dropFirst() }
            while let last = c.last, trim.contains(last) { c = c.dropLast() }
            return String(c)
        }.filter { !$0.isEmpty }
        var name = components.joined(separator: "/")
        while name.utf8.count > 200 { name.removeLast() }
        return name
    }
}
