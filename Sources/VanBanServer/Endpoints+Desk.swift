import HTTPTypes
import Hummingbird
import NIOCore
import VanBan

/// The desk (docs/desk.md): its page and files, the bundled examples, and the preview of every
/// page. The desk is a client of the public API like any other; these endpoints are public too.
extension Endpoints {
    /// Headers of every desk file: nothing but this origin's scripts and styles, images also as
    /// `data:` and `blob:` URLs (the preview's pages, the clerk's signature images), no framing.
    static let deskHeaders: HTTPFields = [
        HTTPField.Name("Content-Security-Policy")!:
            "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        .cacheControl: "no-cache",
    ]

    func registerDesk(on router: Router<ServiceContext>) {
        router.get("/") { _, _ in try deskFile("index.html") }
        router.get("/desk/**") { _, context in try deskFile(context.parameters.getCatchAll().joined(separator: "/")) }
        let listing = JSONValue.object([("examples", .array(files.examples.keys.sorted().compactMap { files.examples[$0]?.summary }))])
        router.get("/v1/examples") { _, _ in Problem.json(listing) }
        router.get("/v1/examples/:id") { _, context in
            guard let id = context.parameters.get("id"), let example = files.examples[id] else {
                throw ServiceError(status: .notFound, key: .serviceNotFoundExample)
            }
            return Problem.json(example.document)
        }
        router.post("/v1/preview") { request, context in try await preview(request, context: context) }
    }

    private func deskFile(_ path: String) throws(ServiceError) -> Response {
        guard let file = files.desk[path] else {
            throw files.hasDesk ? ServiceError(status: .notFound, key: .serviceNotFoundDeskFile, arguments: ["file": .text(path)])
                                : ServiceError(status: .notFound, key: .serviceNotFoundDesk)
        }
        var headers = Self.deskHeaders
        headers[.contentType] = file.mediaType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    // MARK: POST /v1/preview

    /// Every page as an image (`format=svg`, default, or `png` with `dpi`), the thể thức errors
    /// reported as warnings instead of stopping the render: what the desk shows while a clerk
    /// types. `pages=1-3` draws only those pages (the others are `null`); `check=true` adds the
    /// check's findings with their real severities and fixes (one request instead of two);
    /// `anchors=true` adds where each value's text begins, so the page being edited stays in view.
    func preview(_ request: Request, context: ServiceContext) async throws -> Response {
        var (settings, extras) = try renderSettings(request, extra: ["pages", "check", "anchors"])
        if settings.format == .pdf || settings.format == .ps { settings.format = .svg }
        var options = settings.options
        options.enforceChecks = false
        options.everyPage = true
        if let pages = extras["pages"] {
            do { options.drawnPages = try RenderSettings.pageRanges(pages) } catch { throw ServiceError.query(error) }
        }
        let check = try flag("check", in: extras), anchors = try flag("anchors", in: extras)
        let engine = engine, checkOptions = settings.options
        let (rendered, findings) = try await withBody(of: request, context: context) { json in
            let rendered = try await run(options, context: context) { engine, options throws(DiagnosticError) in
                try engine.render(json: json, options: options)
            }
            let findings = check ? try await onWorker { engine.check(json: json, options: checkOptions) } : nil
            return (rendered, findings)
        }
        let type = rendered.format.mediaType
        var members: [(key: String, value: JSONValue)] = [
            ("mediaType", .string(type)),
            ("pages", .number(Double(rendered.pageCount))),
            ("pageSizes", .array(rendered.pageSizes.map { .object([("width", Self.points($0.width)), ("height", Self.points($0.height))]) })),
            ("images", .array(rendered.pages.map { $0.isEmpty ? .null : .string(DataURL.encode($0, mediaType: type)) })),
            ("boxes", SignatureBox.value(rendered.boxes, pages: rendered.pageCount)),
            ("diagnostics", .array(rendered.diagnostics.map { DiagnosticReport.item($0) })),
        ]
        if let findings {
            members.append(("findings", .array(findings.diagnostics.map { DiagnosticReport.item($0, fix: findings.fix(for: $0)) })))
        }
        if anchors {
            members.append(("anchors", .array(rendered.anchors.map {
                .object([("path", .string($0.path)), ("page", .number(Double($0.page))), ("top", Self.millimetres($0.top))])
            })))
        }
        return Problem.json(.object(members), headers: [Self.pagesHeader: String(rendered.pageCount)])
    }

    /// A length in points, to two decimals.
    static func points(_ length: Length) -> JSONValue { .number((length.points * 100).rounded() / 100) }
    /// A length in millimetres, to one decimal.
    static func millimetres(_ length: Length) -> JSONValue { .number((length.millimetres * 10).rounded() / 10) }
}
