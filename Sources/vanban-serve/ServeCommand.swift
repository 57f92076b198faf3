import ArgumentParser
import Logging
import VanBan
import VanBanCommandLine
import VanBanServer
#if canImport(Glibc)
import Glibc
#endif

/// `vanban-serve` (also run as `vanban serve`): the HTTP service (docs/openapi.yaml,
/// docs/deployment.md). Its own executable, so that the CLI's cold start does not pay for the HTTP
/// stack (docs/performance.md).
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban serve",
        abstract: "Serve renders and checks over HTTP.",
        discussion: "Also installed as vanban-serve. Endpoints: POST /v1/render, POST /v1/check, GET /v1/profiles, GET /healthz, GET /openapi.yaml. Prints `vanban: listening on http://HOST:PORT` on standard output once it accepts connections; logs go to standard error. SIGTERM or SIGINT: stop accepting, answer the requests already received, exit 0.",
        version: VanBanVersion.string)

    @Option(name: .long, help: ArgumentHelp("Address to listen on (0.0.0.0: every interface).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("TCP port (0: any free port).", valueName: "port"))
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("Renders at once (default: the cores this process may use, container CPU quota included).", valueName: "n"))
    var workers: Int?

    @Option(name: .long, help: ArgumentHelp("Requests that may wait for a worker; more get 503 with Retry-After.", valueName: "n"))
    var queue = 64

    @Option(name: .long, help: ArgumentHelp("Largest request body in bytes (default 8 MB); more gets 413.", valueName: "bytes"))
    var maxBody = InputLimits.standard.inputBytes

    @Option(name: .long, help: ArgumentHelp("Seconds a request may wait and render; then 503 (waiting) or 504 (rendering).", valueName: "seconds"))
    var deadline = 30.0

    @Option(name: .long, help: ArgumentHelp("Bytes all request bodies in hand may hold together (default 256 MB); more get 503.", valueName: "bytes"))
    var bodyMemory = 256 << 20

    @Option(name: .long, help: ArgumentHelp("Seconds a connection may stay silent before it is closed.", valueName: "seconds"))
    var idleTimeout = 60.0

    @Option(name: .long, help: ArgumentHelp("Most pages one document may have (default 2000).", valueName: "n"))
    var maxPages: Int?

    @Option(name: .long, help: ArgumentHelp("Requests one client address may have in progress; more get 429 (0: no limit, behind a proxy).", valueName: "n"))
    var maxPerClient = 64

    @Option(name: .long, help: ArgumentHelp("Log lines as JSON objects or as text.", valueName: "json|text"))
    var logFormat: JSONLogHandler.Style = .json

    @Option(name: .long, help: ArgumentHelp("Lowest level logged.", valueName: "trace|debug|info|notice|warning|error|critical"))
    var logLevel: Logger.Level = .info

    @OptionGroup var resourceOptions: ResourceOptions

    /// Usage errors exit with status 2, as the README says (ArgumentParser's default is 64).
    static func main() async {
        ProcessSetup.prepare()
        do {
            var command = try parse()
            try await command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                CLIOutput.writeStandardError(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    func run() async throws {
        var limits = InputLimits.standard
        if let maxPages { limits.pages = maxPages }
        let settings = ServiceConfiguration(host: host, port: port, workers: workers ?? Processors.available,
                                            queue: queue, maxBodyBytes: maxBody, deadlineSeconds: deadline, limits: limits,
                                            bodyMemoryBytes: bodyMemory, idleSeconds: idleTimeout, perClient: maxPerClient,
                                            language: resourceOptions.language)
        if let problem = settings.problem { throw CLIOutput.fail(CLIError(problem.key, problem.arguments)) }
        let engine: Engine
        let root: String
        do {
            let resources = try resourceOptions.locate()
            engine = try Engine(resources: resources)
            try engine.messages.prepare()  // the service speaks every language: a broken catalogue stops it here
            root = String(resources.layoutsDirectory.dropLast("/layouts".count))
        } catch let error as DiagnosticError {
            CLIOutput.print(error.diagnostics, file: "resources")
            throw ExitCode(1)
        } catch let error as CLIError {
            throw CLIOutput.fail(error)
        }
        let style = logFormat, level = logLevel
        LoggingSystem.bootstrap { JSONLogHandler(label: $0, style: style, level: level) }
        let logger = Logger(label: "vanban")
        let files = ServiceFiles.load(root: root)
        if files.openAPI == nil || files.schema == nil {
            logger.warning("no docs/openapi.yaml or schema/document.schema.json under the resources folder: GET /openapi.yaml and /schema/document.schema.json will answer 404",
                           metadata: ["resources": .string(root)])
        }
        if !files.hasDesk {
            logger.warning("no web/index.html under the resources folder: the desk (GET /) will answer 404", metadata: ["resources": .string(root)])
        }
        let service = VanBanService(engine: engine, configuration: settings, logger: logger, files: files)
        let host = host
        do {
            try await service.run { port in
                _ = CLIOutput.writeAll(1, Array("vanban: listening on http://\(host):\(port)\n".utf8))
            }
        } catch {
            throw CLIOutput.fail(CLIError(.cliServiceStopped, ["detail": .text("\(error)")]))
        }
    }
}

extension JSONLogHandler.Style: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}
