import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import VanBan

/// The service's endpoints (docs/openapi.yaml). Every answer that is not the document itself is
/// JSON; every problem is a diagnostics report in the request's language (`Problem`): refusals
/// are thrown as `ServiceError` and answered by `RequestLog`.
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

    /// `POST /v1/check`, `POST /v1/render`, `GET /healthz`, … for messages.
    static let summary: [String] = methods.sorted { ($0.value.hasPrefix("POST") ? 0 : 1, $0.key) < ($1.value.hasPrefix("POST") ? 0 : 1, $1.key) }
        .map { "\($0.value.split(separator: ",")[0]) \($0.key)" }

    static let pagesHeader = HTTPField.Name("X-VanBan-Pages")!
    static let warningsHeader = HTTPField.Name("X-VanBan-Warnings")!

    /// The query parameters `/v1/render` and `/v1/preview` take besides the render options.
    func register(on router: Router<ServiceContext>) {
        router.post("/v1/render") { request, context in try await render(request, context: context) }
        router.post("/v1/check") { request, context in try await check(request, context: context) }
        let listing = ProfileListing.json(engine.profileSummaries)  // the layouts folder is read once, at start
        router.get("/v1/profiles") { _, _ in Problem.json(listing) }
        router.get("/healthz") { _, _ in health() }
        router.get("/readyz") { _, _ in readiness() }
        router.get("/openapi.yaml") { _, _ in try file(files.openAPI, type: "application/yaml") }
        router.get("/schema/document.schema.json") { _, _ in try file(files.schema, type: "application/schema+json") }
        registerDesk(on: router)
    }

    // MARK: POST /v1/render

    func render(_ request: Request, context: ServiceContext) async throws -> Response {
        let (settings, extras) = try renderSettings(request, extra: ["boxes"])
        let envelope = try flag("boxes", in: extras)
        let rendered = try await withBody(of: request, context: context) { json in
            try await run(settings.options, context: context) { engine, options throws(DiagnosticError) in try engine.render(json: json, options: options) }
        }
        let warnings = rendered.diagnostics.filter { $0.severity != .note }.count
        var headers: HTTPFields = [Self.pagesHeader: String(rendered.pageCount), Self.warningsHeader: String(warnings)]
        guard !envelope else { return Problem.json(Self.envelope(rendered), headers: headers) }
        headers[.contentType] = rendered.format.mediaType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: rendered.output)))
    }

    /// What every request starts from: its language, the service's limits, no files.
    func baseOptions(_ request: Request) -> RenderOptions {
        var options = RenderOptions(baseDirectory: nil, allowedDirectories: [], limits: limits)
        options.language = request.language(default: configuration.language)
        options.reader = .service
        return options
    }

    /// The render options of the query (the CLI's option names), and the values of the
    /// endpoint's own parameters `extra` (`boxes` for a render); any other name is a 400.
    /// Images only as `data:` URLs: a request never reads the server's files.
    func renderSettings(_ request: Request, extra: [String]) throws(ServiceError) -> (RenderSettings, extras: [String: String]) {
        var settings = RenderSettings(base: baseOptions(request))
        var extras: [String: String] = [:]
        for (key, value) in request.uri.queryParameters.map({ (String($0.key), String($0.value)) }) {
            do throws(RenderSettings.Problem) {
                if let name = RenderSettings.Name(rawValue: key) {
                    try settings.read(name, value)
                } else if extra.contains(key) {
                    extras[key] = value
                } else {
                    let known = RenderSettings.Name.allCases.map(\.rawValue) + extra
                    throw RenderSettings.Problem(key: .serviceQuery, arguments: ["name": .text(key), "known": .texts(known)])
                }
            } catch {
                throw ServiceError.query(error)
            }
        }
        return (settings, extras)
    }

    /// A yes/no parameter's value (`true`, `false`, `1`, `0`), absent meaning no.
    func flag(_ name: String, in extras: [String: String]) throws(ServiceError) -> Bool {
        guard let value = extras[name] else { return false }
        do { return try RenderSettings.flag(name, value) } catch { throw ServiceError.query(error) }
    }

    /// `boxes=true`: the output in base64 with the boxes (as `vanban render --boxes` writes them) and the diagnostics.
    static func envelope(_ rendered: Rendered) -> JSONValue {
        .object([
            ("mediaType", .string(rendered.format.mediaType)),
            ("pages", .number(Double(rendered.pageCount))),
            ("output", .string(Base64.encode(rendered.output))),
            ("boxes", SignatureBox.value(rendered.boxes, pages: rendered.pageCount)),
            ("diagnostics", .array(rendered.diagnostics.map { DiagnosticReport.item($0) })),
        ])
    }

    // MARK: POST /v1/check

    func check(_ request: Request, context: ServiceContext) async throws -> Response {
        var settings = RenderSettings(base: baseOptions(request))
        var fix = false
        for (key, value) in request.uri.queryParameters.map({ (String($0.key), String($0.value)) }) {
            do throws(RenderSettings.Problem) {
                switch key {
                case "tone-style": try settings.read(.toneStyle, value)
                case "lang": try settings.read(.lang, value)
                case "fix": fix = try RenderSettings.flag(key, value)
                default: throw RenderSettings.Problem(key: .serviceQuery, arguments: ["name": .text(key), "known": .texts(["tone-style", "fix", "lang"])])
                }
            } catch {
                throw ServiceError.query(error)
            }
        }
        let engine = engine, options = settings.options
        let result = try await withBody(of: request, context: context) { json in
            try await onWorker { engine.check(json: json, options: options) }
        }
        let status: HTTPResponse.Status = result.diagnostics.contains { $0.severity == .error && $0.code.isJSON } ? .badRequest : .ok
        // Each finding with a certain correction carries it (`fix`: the value for its `path`).
        guard case .object(var members) = DiagnosticReport.value(result.diagnostics, file: context.id, language: options.language,
                                                                  fix: result.fix(for:)) else { return Problem.json(.null) }
        // fix=true: the document with every certain correction, as `vanban check --fix` writes it.
        if fix, let corrected = result.corrected { members.append(("corrected", corrected)) }
        return Problem.json(.object(members), status: status)
    }

    // MARK: GET

    func health() -> Response {
        let load = workers.gate.load
        return Problem.json(.object([
            ("status", .string("ok")), ("version", .string(VanBanVersion.string)),
            ("workers", .number(Double(configuration.workers))), ("running", .number(Double(load.running))),
            ("waiting", .number(Double(load.waiting))), ("queue", .number(Double(configuration.queue))),
        ]))
    }

    /// 200 while a request would be taken (a worker free or room in the queue, and memory for a
    /// whole body), else 503: a load balancer's readiness check.
    func readiness() -> Response {
        let load = workers.gate.load
        let memory = budget.free
        let ready = (load.running < configuration.workers || load.waiting < configuration.queue) && memory >= configuration.maxBodyBytes
        return Problem.json(.object([("ready", .bool(ready)), ("running", .number(Double(load.running))), ("waiting", .number(Double(load.waiting))),
                                     ("bodyMemoryFree", .number(Double(memory)))]),
                            status: ready ? .ok : .serviceUnavailable)
    }

    func file(_ bytes: [UInt8]?, type: String) throws(ServiceError) -> Response {
        guard let bytes else { throw ServiceError(status: .notFound, key: .serviceNotFoundDocumentation) }
        return Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    // MARK: shared

    /// The document limits, the body limit standing for the input size.
    var limits: InputLimits {
        var limits = configuration.limits
        limits.inputBytes = configuration.maxBodyBytes
        return limits
    }

    /// Renders on a worker; the document's errors become a problem report with their status
    /// (400 unreadable JSON, 422 the document's errors, 500 VanBan's own failure).
    func run(_ options: RenderOptions, context: ServiceContext,
             _ job: @escaping @Sendable (Engine, RenderOptions) throws(DiagnosticError) -> Rendered) async throws -> Rendered {
        let engine = engine
        let result = try await onWorker { Result { () throws(DiagnosticError) in try job(engine, options) } }
        switch result {
        case .success(let rendered): return rendered
        case .failure(let error):
            if error.diagnostics.contains(where: { $0.code.isInternal }) {
                context.logger.error("render failed", metadata: ["codes": .string(error.diagnostics.map(\.code.rawValue).joined(separator: ","))])
            }
            throw DocumentProblem(status: Self.status(of: error.diagnostics), diagnostics: error.diagnostics, language: options.language)
        }
    }

    /// 400 when the body is not readable JSON, 500 when VanBan failed, else 422.
    static func status(of diagnostics: [Diagnostic]) -> HTTPResponse.Status {
        if diagnostics.contains(where: { $0.code.isInternal }) { return .internalServerError }
        return diagnostics.contains { $0.severity == .error && $0.code.isJSON } ? .badRequest : .unprocessableContent
    }

    /// `job` on a worker thread; a job the workers did not run or finish in time is the refusal
    /// the client gets (503 with `Retry-After`, 504).
    func onWorker<T: Sendable>(_ job: @escaping @Sendable () -> T) async throws(ServiceError) -> T {
        do {
            return try await workers.run(job)
        } catch {
            if case .busy(let seconds) = error {
                Logger(label: "vanban").warning("busy", metadata: ["retry_after": .stringConvertible(seconds)])
            }
            throw refusal(error)
        }
    }

    private func refusal(_ refusal: Workers.Refusal) -> ServiceError {
        switch refusal {
        case .busy(let seconds):
            return ServiceError(status: .serviceUnavailable, key: .serviceBusy, arguments: ["seconds": .number(seconds)],
                                headers: [.retryAfter: String(seconds)])
        case .deadline(let seconds):
            return ServiceError(status: .gatewayTimeout, key: .serviceDeadline, arguments: ["seconds": .text("\(seconds)")])
        }
    }
}

/// A document the engine refused: its worded diagnostics and the status they call for.
struct DocumentProblem: Error, Sendable {
    var status: HTTPResponse.Status
    var diagnostics: [Diagnostic]
    var language: Language
}
