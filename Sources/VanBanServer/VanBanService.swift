import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import VanBan

/// The HTTP service (`vanban serve`): one engine, its renders on worker threads behind a bounded
/// queue, no state between requests (docs/deployment.md, docs/openapi.yaml).
public struct VanBanService: Sendable {
    let engine: Engine
    let configuration: ServiceConfiguration
    let logger: Logger
    let openAPI: [UInt8]?
    let schema: [UInt8]?

    /// A service over `engine`; `openAPI` and `schema` are the bytes served at `/openapi.yaml` and
    /// `/schema/document.schema.json` (404 when nil).
    public init(engine: Engine, configuration: ServiceConfiguration, logger: Logger, openAPI: [UInt8]? = nil, schema: [UInt8]? = nil) {
        self.engine = engine
        self.configuration = configuration
        self.logger = logger
        self.openAPI = openAPI
        self.schema = schema
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, answers every request
    /// already received (renders in flight finish) and returns. `onListening` gets the bound port
    /// (useful with port 0).
    public func run(onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        let workers = Workers(count: configuration.workers, queue: configuration.queue, deadlineSeconds: configuration.deadlineSeconds)
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: RequestLog())
        Endpoints(engine: engine, configuration: configuration, workers: workers, openAPI: openAPI, schema: schema).register(on: router)
        let port = configuration.port
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: "VanBan/\(VanBanVersion.string)"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
        do {
            try await app.runService()
        } catch {
            try? await workers.shutdown()
            throw error
        }
        try await workers.shutdown()
        logger.info("stopped: every request received was answered")
    }
}
