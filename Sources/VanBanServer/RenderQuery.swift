import VanBan
import VanBanModel

/// The query of `POST /v1/render`, named like the CLI's options (docs/openapi.yaml).
struct RenderQuery {
    /// PDF, PNG (`dpi`), SVG or PostScript.
    var format: OutputFormat = .pdf
    /// The page a PNG or SVG shows, from 1.
    var page = 1
    /// Answer with JSON: the output in base64, the signature boxes and the diagnostics.
    var envelope = false
    /// Render despite thể thức errors (they become warnings).
    var force = false
    /// The PDF's creation date instead of the document's.
    var created: Timestamp?
    /// Append empty signature fields.
    var signFields = false
    /// The tone-mark style the checks expect.
    var toneStyle: ToneStyle?
    /// The language of the messages (`lang=vi|en`); nil: from `Accept-Language`.
    var language: String?

    static let names = ["format", "dpi", "page", "boxes", "force", "created", "sign-fields", "tone-style", "lang"]

    /// A query problem, in the words of a diagnostic.
    struct Problem: Error {
        var message: String
        var hint: String
    }

    init(_ pairs: [(key: String, value: String)]) throws(Problem) {
        var formatName = "pdf"
        var dpi = 96.0
        for (key, value) in pairs {
            switch key {
            case "format":
                guard ["pdf", "png", "svg", "ps"].contains(value) else {
                    throw Problem(message: "format '\(value)' is not one VanBan writes", hint: "use format=pdf, png, svg or ps")
                }
                formatName = value
            case "dpi":
                guard let number = Double(value), OutputFormat.resolutions.contains(number) else {
                    throw Problem(message: "dpi '\(value)' is not a resolution from 10 to 600", hint: "previews use 72–150, print checks 300")
                }
                dpi = number
            case "page":
                guard let number = Int(value), (1...1_000_000).contains(number) else {
                    throw Problem(message: "page '\(value)' is not a page number", hint: "pages count from 1 (at most 1000000)")
                }
                page = number
            case "boxes": envelope = try Self.flag(key, value)
            case "force": force = try Self.flag(key, value)
            case "sign-fields": signFields = try Self.flag(key, value)
            case "created":
                guard let timestamp = Timestamp(iso: value) else {
                    throw Problem(message: "created '\(value)' is not an ISO 8601 timestamp", hint: "e.g. created=2024-03-05T09:30:15%2B07:00")
                }
                created = timestamp
            case "tone-style": toneStyle = try Self.toneStyle(value)
            case "lang": language = try Self.language(value)
            default:
                throw Problem(message: "the query parameter '\(key)' is unknown", hint: "known: \(Self.names.joined(separator: ", "))")
            }
        }
        switch formatName {
        case "png": format = .png(dpi: dpi)
        case "svg": format = .svg
        case "ps": format = .ps
        default: format = .pdf
        }
    }

    /// `tone-style=old|new` (also a parameter of `/v1/check`).
    static func toneStyle(_ value: String) throws(Problem) -> ToneStyle {
        guard let style = ToneStyle(rawValue: value) else {
            throw Problem(message: "tone-style '\(value)' is not a style", hint: "use tone-style=old (hòa, thủy) or new (hoà, thuỷ)")
        }
        return style
    }

    /// `lang=vi|en` (also a parameter of `/v1/check`).
    static func language(_ value: String) throws(Problem) -> String {
        guard ["vi", "en"].contains(value) else {
            throw Problem(message: "lang '\(value)' is not a language VanBan speaks", hint: "use lang=vi or lang=en")
        }
        return value
    }

    /// `key=true|false` (`1`, `0`, or the bare key for true).
    static func flag(_ key: String, _ value: String) throws(Problem) -> Bool {
        switch value {
        case "true", "1", "": return true
        case "false", "0": return false
        default: throw Problem(message: "\(key) '\(value)' is not true or false", hint: "write \(key)=true or \(key)=false")
        }
    }

    /// The engine's options: images only as `data:` URLs (a request never reads the server's files).
    func options(limits: InputLimits) -> RenderOptions {
        RenderOptions(created: created, baseDirectory: nil, signatureFields: signFields, allowedDirectories: [], limits: limits,
                      enforceChecks: !force, toneStyle: toneStyle, format: format, page: page)
    }
}
