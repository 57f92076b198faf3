import VanBan
import VanBanModel

/// What the service serves from its resources folder besides renders, read once at start:
/// the API description, the document schema, the desk (`web/`) and the bundled examples.
public struct ServiceFiles: Sendable {
    /// `docs/openapi.yaml`.
    public var openAPI: [UInt8]?
    /// `schema/document.schema.json`.
    public var schema: [UInt8]?
    /// The desk's files by their path under `web/` (`index.html`, `app/main.js`).
    var desk: [String: StaticFile] = [:]
    /// The bundled examples by id (`cong-van`), images inlined as `data:` URLs.
    var examples: [String: BundledExample] = [:]

    /// Nothing to serve but renders.
    public init(openAPI: [UInt8]? = nil, schema: [UInt8]? = nil) {
        self.openAPI = openAPI
        self.schema = schema
    }

    /// Reads what `root` (a VanBan checkout or install) holds; what is missing is left out.
    public static func load(root: String) -> ServiceFiles {
        var files = ServiceFiles(openAPI: FileBytes.read(root + "/docs/openapi.yaml"), schema: FileBytes.read(root + "/schema/document.schema.json"))
        files.desk = StaticFile.tree(root + "/web")
        files.examples = BundledExample.all(in: root + "/examples")
        return files
    }

    /// Whether the desk's page is there.
    public var hasDesk: Bool { desk["index.html"] != nil }
}

/// One file of the desk, with its media type.
struct StaticFile: Sendable {
    var bytes: [UInt8]
    var mediaType: String

    /// The media types of the files the desk may hold; anything else is not served.
    static let mediaTypes: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "svg": "image/svg+xml", "png": "image/png", "ico": "image/x-icon",
        "txt": "text/plain; charset=utf-8", "webmanifest": "application/manifest+json",
    ]
    /// Bounds on what is read at start: a desk is a few hundred kilobytes.
    static let maxFiles = 500, maxFileBytes = 2 << 20, maxDepth = 4

    /// Every servable file under `directory`, by relative path; hidden files and other types left out.
    static func tree(_ directory: String) -> [String: StaticFile] {
        var files: [String: StaticFile] = [:]
        func walk(_ folder: String, prefix: String, depth: Int) {
            for name in FileBytes.list(folder).sorted() where !name.hasPrefix(".") && files.count < maxFiles {
                let path = folder + "/" + name, relative = prefix + name
                if let type = mediaTypes[String(name.split(separator: ".").last ?? "")], name.contains(".") {
                    if let bytes = FileBytes.read(path), bytes.count <= maxFileBytes { files[relative] = StaticFile(bytes: bytes, mediaType: type) }
                } else if depth < maxDepth, !FileBytes.list(path).isEmpty {
                    walk(path, prefix: relative + "/", depth: depth + 1)
                }
            }
        }
        walk(directory, prefix: "", depth: 0)
        return files
    }
}

/// A bundled example (`examples/<id>.json`), ready to open in the desk: its images, which the
/// example names as files next to it, inlined as `data:` URLs (requests never read files).
struct BundledExample: Sendable {
    var id: String
    var document: JSONValue

    static func all(in directory: String) -> [String: BundledExample] {
        var examples: [String: BundledExample] = [:]
        for name in FileBytes.list(directory) where name.hasSuffix(".json") {
            guard let bytes = FileBytes.read(directory + "/" + name), bytes.count <= InputLimits.standard.inputBytes,
                  let json = try? JSONParser.parse(bytes), case .object = json else { continue }
            let id = String(name.dropLast(5))
            examples[id] = BundledExample(id: id, document: inliningImages(json, folder: directory))
        }
        return examples
    }

    /// The listing entry: id, profile, type and the trích yếu.
    var summary: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(id))]
        for key in ["profile", "type", "title"] {
            if case .string(let value)? = document[key] { members.append((key, .string(value))) }
        }
        switch document["subject"] {
        case .string(let subject)?: members.append(("subject", .string(subject)))
        case .array(let lines)?:
            members.append(("subject", .string(lines.compactMap { if case .string(let s) = $0 { s } else { nil } }.joined(separator: " "))))
        default: break
        }
        return .object(members)
    }

    /// `signature` and `seal` paths of the signers made `data:` URLs (files inside `folder` only).
    private static func inliningImages(_ json: JSONValue, folder: String) -> JSONValue {
        var result = json
        for group in ["/signers", "/copy/signers"] {
            guard case .array(let signers)? = json.value(at: group) else { continue }
            for index in signers.indices {
                for key in ["signature", "seal"] {
                    let pointer = group + "/\(index)/" + key
                    guard case .string(let reference)? = json.value(at: pointer), !reference.hasPrefix("data:"),
                          !reference.hasPrefix("/"), !reference.split(separator: "/").contains(".."),
                          let bytes = FileBytes.read(folder + "/" + reference), bytes.count <= InputLimits.standard.imageBytes
                    else { continue }
                    result = result.replacing(at: pointer, with: .string(DataURL.encode(bytes, mediaType: "image/png")))
                }
            }
        }
        return result
    }
}
