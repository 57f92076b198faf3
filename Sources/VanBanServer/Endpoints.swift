import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import VanBan
import VanBanModel

/// The service's endpoints (docs/openapi.yaml). Every answer that is not the document itself is
/// JSON; every problem is a diagnostics report (`Problem`).
struct Endpoints: Sendable {
    let engine: Engine
    let configuration: ServiceConfiguration
    let workers: Workers
    let openAPI: [UInt8]?
    let schema: [UInt8]?

    /// Every path and the method it takes (a known path with another method gets 405).
    static let methods: [String: String] = [
        "/v1/render": "POST", "/v1/check": "POST", "/v1/profiles": "GET", "/healthz": "GET", "/openapi.yaml": "GET",
        "/schema/document.schema.json": "GET",
    ]

    static let pagesHeader = HTTPField.Name("X-VanBan-Pages")!
    static let warningsHeader = HTTPField.Name("X-VanBan-Warnings")!

    func register(on router: Router<BasicRequestContext>) {
        router.post("/v1/render") { request, context in await render(request, context: context) }
        router.post("/v1/check") { request, context in await check(request, context: context) }
        router.get("/v1/profiles") { _, _ in profiles() }
        router.get("/healthz") { _, _ in health() }
        router.get("/openapi.yaml") { _, context in file(openAPI, type: "application/yaml", context: context) }
        router.get("/schema/document.schema.json") { _, context in file(schema, type: "application/schema+json", context: context) }
    }

    // MARK: POST /v1/render

    func render(_ request: Request, context: BasicRequestContext) async -> Response {
        let query: RenderQuery
        do {
            query = try RenderQuery(request.uri.queryParameters.map { (String($0.key), String($0.value)) })
        } catch {
            return Problem.response(status: .badRequest, code: "SERVICE.QUERY", message: error.message, hint: error.hint, file: context.id)
        }
        let json: [UInt8]
        switch await body(of: request, context: context) {
        case .success(let bytes): json = bytes
        case .failure(let refusal): return refusal.response
        }
        let options = query.options(limits: limits)
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
            let warnings = rendered.diagnostics.filter { $0.severity != .note }.count
            var headers: HTTPFields = [Self.pagesHeader: String(rendered.pageCount), Self.warningsHeader: String(warnings)]
            guard !query.envelope else { return Problem.json(envelope(rendered), headers: headers) }
            headers[.contentType] = rendered.format.mediaType
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: rendered.output)))
        }
    }

    /// `boxes=true`: the output in base64 with the boxes (as `vanban render --boxes` writes them) and the diagnostics.
    private func envelope(_ rendered: Rendered) -> JSONValue {
        let boxes = (try? JSONParser.parse(Array(SignatureBox.json(rendered.boxes, pages: rendered.pageCount).utf8))) ?? .null
        return .object([
            ("mediaType", .string(rendered.format.mediaType)),
            ("pages", .number(Double(rendered.pageCount))),
            ("output", .string(Base64.encode(rendered.output))),
            ("boxes", boxes),
            ("diagnostics", .array(rendered.diagnostics.map(DiagnosticReport.item))),
        ])
    }

    // MARK: POST /v1/check

    func check(_ request: Request, context: BasicRequestContext) async -> Response {
        var toneStyle: ToneStyle?
        for (key, value) in request.uri.queryParameters {
            guard key == "tone-style", let style = ToneStyle(rawValue: String(value)) else {
                return Problem.response(status: .badRequest, code: "SERVICE.QUERY", message: "the query parameter '\(key)=\(value)' is not known",
                                        hint: "the one parameter is tone-style=old or tone-style=new", file: context.id)
            }
            toneStyle = style
        }
        let json: [UInt8]
        switch await body(of: request, context: context) {
        case .success(let bytes): json = bytes
        case .failure(let refusal): return refusal.response
        }
        let options = RenderOptions(baseDirectory: nil, allowedDirectories: [], limits: limits, toneStyle: toneStyle)
        let engine = engine
        let result: CheckResult
        do {
            result = try await workers.run { engine.check(json: json, options: options) }
        } catch {
            return refused(error, context: context)
        }
        let status: HTTPResponse.Status = status(of: result.diagnostics) == .badRequest ? .badRequest : .ok
        return Problem.response(status: status, diagnostics: result.diagnostics, file: context.id)
    }

    // MARK: GET

    func profiles() -> Response {
        let items: [JSONValue] = engine.profileSummaries.map { summary in
            var members: [(key: String, value: JSONValue)] = [("id", .string(summary.id))]
            if let title = summary.title { members.append(("title", .string(title))) }
            if let extends = summary.extends { members.append(("extends", .string(extends))) }
            if !summary.selects.isEmpty {
                members.append(("selects", .array(summary.selects.map { choice in
                    var range: [(key: String, value: JSONValue)] = [("profile", .string(choice.profile))]
                    if let from = choice.from { range.append(("from", .string(from))) }
                    if let until = choice.until { range.append(("until", .string(until))) }
                    return .object(range)
                })))
            }
            return .object(members)
        }
        return Problem.json(.object([("profiles", .array(items))]))
    }

    func health() -> Response {
        let load = workers.gate.load
        return Problem.json(.object([
            ("status", .string("ok")), ("version", .string(VanBanVersion.string)),
            ("workers", .number(Double(configuration.workers))), ("running", .number(Double(load.running))),
            ("waiting", .number(Double(load.waiting))), ("queue", .number(Double(configuration.queue))),
        ]))
    }

    func file(_ bytes: [UInt8]?, type: String, context: BasicRequestContext) -> Response {
        guard let bytes else {
            return Problem.response(status: .notFound, code: "SERVICE.NOT_FOUND", message: "this service was started without its documentation files",
                                    hint: "start it with --resources pointing at a VanBan checkout (docs/, schema/)", file: context.id)
        }
        return Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: shared

    /// The document limits, the body limit standing for the input size.
    private var limits: InputLimits {
        var limits = configuration.limits
        limits.inputBytes = configuration.maxBodyBytes
        return limits
    }

    /// A request that is not answered with a result.
    struct Refusal: Error {
        var response: Response
    }

    /// The body, at most `maxBodyBytes`: 413 from the declared length before reading, or as soon
    /// as a chunked body passes the limit.
    private func body(of request: Request, context: BasicRequestContext) async -> Result<[UInt8], Refusal> {
        let limit = configuration.maxBodyBytes
        let tooLarge = Refusal(response: Problem.response(
            status: .contentTooLarge, code: "SERVICE.TOO_LARGE", message: "the body is larger than \(limit) bytes",
            hint: "send a smaller document (images as small PNGs), or start the service with a larger --max-body", file: context.id))
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit { return .failure(tooLarge) }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return .success(Array(buffer.readableBytesView))
        } catch is NIOTooManyBytesError {
            return .failure(tooLarge)
        } catch {
            return .failure(Refusal(response: Problem.response(status: .badRequest, code: "SERVICE.BODY", message: "the body could not be read: \(error)",
                                                               hint: "send the whole JSON document as the request body", file: context.id)))
        }
    }

    /// 400 when the body is not readable JSON, else 422.
    private func status(of diagnostics: [Diagnostic]) -> HTTPResponse.Status {
        diagnostics.contains { $0.severity == .error && $0.code.hasPrefix("JSON.") } ? .badRequest : .unprocessableContent
    }

    private func refused(_ refusal: Workers.Refusal, context: BasicRequestContext) -> Response {
        switch refusal {
        case .busy(let seconds):
            context.logger.warning("busy", metadata: ["retry_after": .stringConvertible(seconds)])
            return Problem.response(status: .serviceUnavailable, code: "SERVICE.BUSY",
                                    message: "every worker is busy and the queue is full, or the wait passed the deadline",
                                    hint: "retry after \(seconds) s; a steady load needs more instances or more --workers",
                                    file: context.id, headers: [.retryAfter: String(seconds)])
        case .deadline(let seconds):
            context.logger.warning("deadline passed while rendering")
            return Problem.response(status: .gatewayTimeout, code: "SERVICE.DEADLINE",
                                    message: "the render took longer than the \(seconds) s deadline",
                                    hint: "split very long documents, or start the service with a longer --deadline", file: context.id)
        }
    }
}
