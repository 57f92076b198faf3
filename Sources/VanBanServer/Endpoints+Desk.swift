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
    /// reported as warnings instead of stopping the render: what the desk shows while a clerk types.
    func preview(_ request: Request, context: ServiceContext) async throws -> Response {
        var (settings, _) = try renderSettings(request)
        if settings.format == .pdf || settings.format == .ps { settings.format = .svg }
        var options = settings.options
        options.enforceChecks = false
        options.everyPage = true
        let rendered = try await withBody(of: request, context: context) { json in
            try await run(options, context: context) { engine, options throws(DiagnosticError) in try engine.render(json: json, options: options) }
        }
        let type = rendered.format.mediaType
        return Problem.json(.object([
            ("mediaType", .string(type)),
            ("pages", .number(Double(rendered.pageCount))),
            ("images", .array(rendered.pages.map { .string(DataURL.encode($0, mediaType: type)) })),
            ("boxes", SignatureBox.value(rendered.boxes, pages: rendered.pageCount)),
            ("diagnostics", .array(rendered.diagnostics.map { DiagnosticReport.item($0) })),
        ]), headers: [Self.pagesHeader: String(rendered.pageCount)])
    }
}
