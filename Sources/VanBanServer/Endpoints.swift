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
    let budget: BodyBudget
    let clients: ClientGate
    let trim = MemoryTrim()
    let files: ServiceFiles

    /// Every path and the method it takes (a known path with another method gets 405).
    static let methods: [String: String] = [
        "/v1/render": "POST", "/v1/check": "POST", "/v1/preview": "POST", "/v1/profiles": "GET, HEAD", "/v1/examples": "GET, HEAD",
        "/healthz": "GET, HEAD", "/readyz": "GET, HEAD", "/openapi.yaml": "GET, HEAD", "/schema/document.schema.json": "GET, HEAD",
        "/": "GET, HEAD",
    ]

    /// Codes that are the service's fault, not the document's (500, logged).
    static let internalFailures: Set<String> = ["RENDER.FAILED", "RENDER.FIELDS"]

    /// `POST /v1/check, POST /v1/render, GET /healthz, …` for messages.
    static let summary = methods.sorted { ($0.value.hasPrefix("POST") ? 0 : 1, $0.key) < ($1.value.hasPrefix("POST") ? 0 : 1, $1.key) }
        .map { "\($0.value.split(separator: ",")[0]) \($0.key)" }.joined(separator: ", ")

    static let pagesHeader = HTTPField.Name("X-VanBan-Pages")!
    static let warningsHeader = HTTPField.Name("X-VanBan-Warnings")!

    func register(on router: Router<ServiceContext>) {
        router.post("/v1/render") { request, context in await render(request, context: context) }
        router.post("/v1/check") { request, context in await check(request, context: context) }
        let listing = profiles()  // the layouts folder is read once, at start
        router.get("/v1/profiles") { _, _ in Problem.json(listing) }
        router.get("/healthz") { _, _ in health() }
        router.get("/readyz") { _, _ in readiness() }
        router.get("/openapi.yaml") { _, context in file(files.openAPI, type: "application/yaml", context: context) }
        router.get("/schema/document.schema.json") { _, context in file(files.schema, type: "application/schema+json", context: context) }
        registerDesk(on: router)
    }

    // MARK: POST /v1/render

    func render(_ request: Request, context: ServiceContext) async -> Response {
        let query: RenderQuery
        do {
            query = try RenderQuery(request.uri.queryParameters.map { (String($0.key), String($0.value)) })
        } catch {
            return Problem.response(status: .badRequest, code: "SERVICE.QUERY", message: error.message, hint: error.hint, file: context.id)
        }
        return await withBody(of: request, context: context) { json in await render(json, query: query, context: context) }
    }

    private func render(_ json: [UInt8], query: RenderQuery, context: ServiceContext) async -> Response {
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
            if error.diagnostics.contains(where: { Self.internalFailures.contains($0.code) }) {
                context.logger.error("render failed", metadata: ["codes": .string(error.diagnostics.map(\.code).joined(separator: ","))])
                return Problem.response(status: .internalServerError, diagnostics: error.diagnostics, file: context.id)
            }
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
        let boxes = SignatureBox.value(rendered.boxes, pages: rendered.pageCount)
        return .object([
            ("mediaType", .string(rendered.format.mediaType)),
            ("pages", .number(Double(rendered.pageCount))),
            ("output", .string(Base64.encode(rendered.output))),
            ("boxes", boxes),
            ("diagnostics", .array(rendered.diagnostics.map { DiagnosticReport.item($0) })),
        ])
    }

    // MARK: POST /v1/check

    func check(_ request: Request, context: ServiceContext) async -> Response {
        var toneStyle: ToneStyle?
        var fix = false
        do throws(RenderQuery.Problem) {
            for (key, value) in request.uri.queryParameters.map({ (String($0.key), String($0.value)) }) {
                switch key {
                case "tone-style": toneStyle = try RenderQuery.toneStyle(value)
                case "fix": fix = try RenderQuery.flag(key, value)
                case "lang": _ = try RenderQuery.language(value)
                default: throw RenderQuery.Problem(message: "the query parameter '\(key)' is unknown", hint: "known: tone-style, fix, lang")
                }
            }
        } catch {
            return Problem.response(status: .badRequest, code: "SERVICE.QUERY", message: error.message, hint: error.hint, file: context.id)
        }
        return await withBody(of: request, context: context) { json in await check(json, toneStyle: toneStyle, fix: fix, context: context) }
    }

    private func check(_ json: [UInt8], toneStyle: ToneStyle?, fix: Bool, context: ServiceContext) async -> Response {
        let options = RenderOptions(baseDirectory: nil, allowedDirectories: [], limits: limits, toneStyle: toneStyle)
        let engine = engine
        let result: CheckResult
        do {
            result = try await workers.run { engine.check(json: json, options: options) }
        } catch {
            return refused(error, context: context)
        }
        let status: HTTPResponse.Status = status(of: result.diagnostics) == .badRequest ? .badRequest : .ok
        // Each finding with a certain correction carries it (`fix`: the value for its `path`).
        guard case .object(var members) = DiagnosticReport.value(result.diagnostics, file: context.id, fix: result.fix(for:)) else {
            return Problem.response(status: status, diagnostics: result.diagnostics, file: context.id)
        }
        // fix=true: the document with every certain correction, as `vanban check --fix` writes it.
        if fix, let corrected = result.corrected { members.append(("corrected", corrected)) }
        return Problem.json(.object(members), status: status)
    }

    // MARK: GET

    func profiles() -> JSONValue {
        let items: [JSONValue] = engine.profileSummaries.map { summary in
            var members: [(key: String, value: JSONValue)] = [("id", .string(summary.id))]
            if let title = summary.title { members.append(("title", .string(title))) }
            if let extends = summary.extends { members.append(("extends", .string(extends))) }
            if let standard = summary.standard { members.append(("standard", .string(standard))) }
            if !summary.authorityPrefixes.isEmpty { members.append(("authorityPrefixes", .array(summary.authorityPrefixes.map { .string($0) }))) }
            if let last = summary.lastDistributionExample { members.append(("lastDistributionExample", .string(last))) }
            if !summary.types.isEmpty { members.append(("types", .array(summary.types.map(Self.typeItem)))) }
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
        return .object([("profiles", .array(items))])
    }

    /// One type of a profile listing.
    static func typeItem(_ type: TypeSummary) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(type.id)), ("displayName", .string(type.displayName))]
        if let name = type.name { members.append(("name", .string(name))) }
        if let code = type.code { members.append(("code", .string(code))) }
        if let decision = type.decision { members.append(("decision", .string(decision))) }
        members += [("addressees", .bool(type.takesAddressees)), ("subjectUnderNumber", .bool(type.subjectUnderNumber)),
                    ("headerDate", .bool(type.headerDate))]
        return .object(members)
    }

    func health() -> Response {
        let load = workers.gate.load
        return Problem.json(.object([
            ("status", .string("ok")), ("version", .string(VanBanVersion.string)),
            ("workers", .number(Double(configuration.workers))), ("running", .number(Double(load.running))),
            ("waiting", .number(Double(load.waiting))), ("queue", .number(Double(configuration.queue))),
        ]))
    }

    /// 200 while a request would be taken (a worker free or room in the queue), else 503: a load
    /// balancer's readiness check.
    func readiness() -> Response {
        let load = workers.gate.load
        let memory = budget.free
        // Ready when a request would be taken: a worker free or room in the queue, and memory
        // for a whole body.
        let ready = (load.running < configuration.workers || load.waiting < configuration.queue) && memory >= configuration.maxBodyBytes
        return Problem.json(.object([("ready", .bool(ready)), ("running", .number(Double(load.running))), ("waiting", .number(Double(load.waiting))),
                                     ("bodyMemoryFree", .number(Double(memory)))]),
                            status: ready ? .ok : .serviceUnavailable)
    }

    func file(_ bytes: [UInt8]?, type: String, context: ServiceContext) -> Response {
        guard let bytes else {
            return Problem.response(status: .notFound, code: "SERVICE.NOT_FOUND", message: "this service was started without its documentation files",
                                    hint: "start it with --resources pointing at a VanBan checkout (docs/, schema/)", file: context.id)
        }
        return Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: shared

    /// The document limits, the body limit standing for the input size.
    var limits: InputLimits {
        var limits = configuration.limits
        limits.inputBytes = configuration.maxBodyBytes
        return limits
    }

    /// Runs `handle` with the body, at most `maxBodyBytes`: 413 from the declared length before
    /// reading, or as soon as the bytes received pass the limit; 429 when the client already has
    /// `perClient` requests in progress; 503 when the bytes received by all requests in hand would
    /// pass `bodyMemoryBytes`; 408 when the upload takes longer than the deadline. Bytes are
    /// counted as they arrive and given back once `handle` has answered.
    func withBody(of request: Request, context: ServiceContext, _ handle: ([UInt8]) async -> Response) async -> Response {
        let limit = configuration.maxBodyBytes
        let close: HTTPFields = [.connection: "close"]
        func tooLarge() -> Response {
            Problem.response(status: .contentTooLarge, code: "SERVICE.TOO_LARGE", message: "the body is larger than \(limit) bytes",
                             hint: "send a smaller document (scale signature and seal images down), or start the service with a larger --max-body",
                             file: context.id, headers: close)
        }
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit { return tooLarge() }
        guard clients.enter(context.client) else {
            context.logger.warning("busy: too many requests from one client", metadata: ["client": .string(context.client)])
            return Problem.response(status: .tooManyRequests, code: "SERVICE.TOO_MANY",
                                    message: "this client already has \(clients.limit) requests in progress",
                                    hint: "wait for the answers before sending more; a proxy in front of the service needs --max-per-client 0",
                                    file: context.id, headers: [.retryAfter: "1"])
        }
        defer { clients.leave(context.client) }
        let received = BodyReader(budget: budget, limit: limit)
        defer { received.releaseAll() }
        let deadline = Duration.milliseconds(Int64(configuration.deadlineSeconds * 1000))
        let body = request.body
        let outcome: BodyReader.Outcome
        do {
            outcome = try await withThrowingTaskGroup(of: BodyReader.Outcome.self) { group in
                group.addTask { try await received.read(body) }
                group.addTask {
                    try await Task.sleep(for: deadline)
                    return .timedOut
                }
                let first = try await group.next() ?? .timedOut
                group.cancelAll()
                return first
            }
        } catch {
            return Problem.response(status: .badRequest, code: "SERVICE.BODY", message: "the body could not be read: \(error)",
                                    hint: "send the whole JSON document as the request body", file: context.id, headers: close)
        }
        switch outcome {
        case .body(let bytes):
            let response = await handle(bytes)
            trim.afterRequest(bodyBytes: bytes.count)
            return response
        case .tooLarge:
            trim.afterRequest(bodyBytes: limit)
            return tooLarge()
        case .noMemory:
            let seconds = workers.retryAfter
            context.logger.warning("busy: body memory in use", metadata: ["retry_after": .stringConvertible(seconds)])
            return Problem.response(status: .serviceUnavailable, code: "SERVICE.BUSY",
                                    message: "the service holds as many request bodies as its --body-memory allows",
                                    hint: "retry after \(seconds) s", file: context.id, headers: [.retryAfter: String(seconds), .connection: "close"])
        case .timedOut:
            return Problem.response(status: .requestTimeout, code: "SERVICE.UPLOAD_TIMEOUT",
                                    message: "the body did not arrive within the \(configuration.deadlineSeconds) s deadline",
                                    hint: "send the whole document at once; a slow link needs a longer --deadline", file: context.id, headers: close)
        }
    }

    /// 400 when the body is not readable JSON, else 422.
    func status(of diagnostics: [Diagnostic]) -> HTTPResponse.Status {
        diagnostics.contains { $0.severity == .error && $0.code.hasPrefix("JSON.") } ? .badRequest : .unprocessableContent
    }

    func refused(_ refusal: Workers.Refusal, context: ServiceContext) -> Response {
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
