import HTTPTypes
import Hummingbird
import NIOCore
import VanBan
import VanBanModel

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
        router.get("/") { _, context in deskFile("index.html", context: context) }
        router.get("/desk/**") { _, context in
            deskFile(context.parameters.getCatchAll().joined(separator: "/"), context: context)
        }
        let listing = JSONValue.object([("examples", .array(files.examples.keys.sorted().compactMap { files.examples[$0]?.summary }))])
        router.get("/v1/examples") { _, _ in Problem.json(listing) }
        router.get("/v1/examples/:id") { _, context in
            guard let id = context.parameters.get("id"), let example = files.examples[id] else {
                return Problem.response(status: .notFound, code: "SERVICE.NOT_FOUND", message: "there is no bundled example with this name",
                                        hint: "GET /v1/examples lists them", file: context.id)
            }
            return Problem.json(example.document)
        }
        router.post("/v1/preview") { request, context in await preview(request, context: context) }
    }

    private func deskFile(_ path: String, context: ServiceContext) -> Response {
        guard let file = files.desk[path] else {
            return Problem.response(status: .notFound, code: "SERVICE.NOT_FOUND",
                                    message: files.hasDesk ? "the desk has no file '\(path)'" : "this service was started without the desk's files",
                                    hint: files.hasDesk ? "open / for the desk" : "start it with --resources pointing at a VanBan checkout (web/)",
                                    file: context.id)
        }
        var headers = Self.deskHeaders
        headers[.contentType] = file.mediaType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    // MARK: POST /v1/preview

    /// Every page as an image (`format=svg`, default, or `png` with `dpi`), the thể thức errors
    /// reported as warnings instead of stopping the render: what the desk shows while a clerk types.
    func preview(_ request: Request, context: ServiceContext) async -> Response {
        var query: RenderQuery
        do {
            query = try RenderQuery(request.uri.queryParameters.map { (String($0.key), String($0.value)) })
        } catch {
            return Problem.response(status: .badRequest, code: "SERVICE.QUERY", message: error.message, hint: error.hint, file: context.id)
        }
        if !query.format.isSinglePage { query.format = .svg }
        query.force = true
        var options = query.options(limits: limits)
        options.everyPage = true
        return await withBody(of: request, context: context) { json in await preview(json, options: options, context: context) }
    }

    private func preview(_ json: [UInt8], options: RenderOptions, context: ServiceContext) async -> Response {
        let engine = engine
        let result: Result<Rendered, DiagnosticError>
        do {
            result = try await workers.run { Result { () throws(DiagnosticError) in try engine.render(json: json, options: options) } }
        } catch {
            return refused(error, context: context)
        }
        switch result {
        case .failure(let error):
            return Problem.response(status: status(of: error.diagnostics), diagnostics: error.diagnostics, file: context.id)
        case .success(let rendered):
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
}
