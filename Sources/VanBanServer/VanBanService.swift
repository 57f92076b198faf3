import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle
import Logging
import VanBan

/// The HTTP service (`vanban serve`): one engine, its renders on worker threads behind a bounded
/// queue, no state between requests (docs/deployment.md, docs/openapi.yaml).
public struct VanBanService: Sendable {
    let engine: Engine
    let configuration: ServiceConfiguration
    let logger: Logger
    let files: ServiceFiles

    /// A service over `engine`; `files` are what it serves besides renders: `/openapi.yaml`,
    /// `/schema/document.schema.json`, the desk at `/` and the examples (404 for what is missing).
    public init(engine: Engine, configuration: ServiceConfiguration, logger: Logger, files: ServiceFiles = ServiceFiles()) {
        self.engine = engine
        self.configuration = configuration
        self.logger = logger
        self.files = files
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting connections, answers every request
    /// already received (renders in flight finish) and returns. `onListening` gets the bound port
    /// (useful with port 0).
    public func run(onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) async throws {
        MemoryTrim.configure()
        let workers = Workers(count: configuration.workers, queue: configuration.queue, deadlineSeconds: configuration.deadlineSeconds)
        let app = application(workers: workers, onListening: onListening)
        logger.info("starting", metadata: [
            "host": .string(configuration.host), "port": .stringConvertible(configuration.port), "workers": .stringConvertible(configuration.workers),
            "queue": .stringConvertible(configuration.queue), "max_body": .stringConvertible(configuration.maxBodyBytes),
            "body_memory": .stringConvertible(configuration.bodyMemoryBytes), "deadline_s": .stringConvertible(configuration.deadlineSeconds),
            "idle_s": .stringConvertible(configuration.idleSeconds), "max_pages": .stringConvertible(configuration.limits.pages),
            "max_per_client": .stringConvertible(configuration.perClient),
        ])
        // SIGTERM/SIGINT: stop accepting, answer what was received. Uploads and renders are bounded
        // by the deadline and silent connections by the idle timeout, so this ends; past the
        // deadline plus 10 s whatever is left is cancelled.
        var group = ServiceGroupConfiguration(
            services: [.init(service: app), .init(service: ShutdownNotice(logger: logger, gate: workers.gate), successTerminationBehavior: .ignore)],
            logger: logger)
        group.gracefulShutdownSignals = [.sigterm, .sigint]
        group.maximumGracefulShutdownDuration = .milliseconds(Int64((configuration.deadlineSeconds + 10) * 1000))
        group.maximumCancellationDuration = .seconds(5)
        do {
            try await ServiceGroup(configuration: group).run()
        } catch {
            try? await workers.shutdown()
            throw error
        }
        try await workers.shutdown()
        logger.info("stopped: every request received was answered")
    }
}

extension VanBanService {
    /// The routes: the request log (id, language, problems) around the endpoints.
    func router(workers: Workers) -> Router<ServiceContext> {
        let router = Router(context: ServiceContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: RequestLog(messages: engine.messages, defaultLanguage: configuration.language))
        Endpoints(engine: engine, configuration: configuration, workers: workers, budget: BodyBudget(bytes: configuration.bodyMemoryBytes),
                  clients: ClientGate(limit: configuration.perClient), files: files).register(on: router)
        return router
    }

    /// The HTTP/1 application over `router(workers:)` (the tests drive it in process).
    func application(workers: Workers, onListening: @escaping @Sendable (_ port: Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let port = configuration.port
        return Application(
            router: router(workers: workers),
            server: .http1(configuration: .init(additionalChannelHandlers: [ParseErrorBody(messages: engine.messages, language: configuration.language),
                                                                             ExpectContinue(maxBodyBytes: configuration.maxBodyBytes)],
                                                idleTimeout: .milliseconds(Int64(configuration.idleSeconds * 1000)))),
            configuration: .init(address: .hostname(configuration.host, port: port), serverName: "VanBan/\(VanBanVersion.string)"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? port) },
            logger: logger)
    }
}

/// Logs when graceful shutdown begins, with the work still in hand (the service group shuts this
/// service down before the server).
struct ShutdownNotice: Service {
    let logger: Logger
    let gate: RenderGate

    func run() async throws {
        try? await gracefulShutdown()
        let load = gate.load
        logger.notice("shutting down: no new connections; answering the requests received", metadata: [
            "running": .stringConvertible(load.running), "waiting": .stringConvertible(load.waiting),
        ])
    }
}
