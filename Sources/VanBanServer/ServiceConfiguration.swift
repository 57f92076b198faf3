import VanBan

/// How `vanban serve` runs: where it listens and the limits that keep it up under load
/// (docs/deployment.md says how to choose them).
public struct ServiceConfiguration: Sendable {
    /// Address to listen on; `127.0.0.1` keeps the service local, `0.0.0.0` opens it to the network.
    public var host: String
    /// TCP port; 0 lets the system choose (the chosen one is reported through `onListening`).
    public var port: Int
    /// Renders (and checks) running at once, each on its own thread: the machine's cores.
    public var workers: Int
    /// Requests that may wait for a worker; one more gets 503 with `Retry-After`.
    public var queue: Int
    /// Largest request body in bytes; a larger one gets 413 before it is read.
    public var maxBodyBytes: Int
    /// Longest a request may wait and render, in seconds; past it the answer is 503 (still
    /// queued) or 504 (rendering; the render finishes in the background and keeps its worker).
    public var deadlineSeconds: Double
    /// Bounds on the documents (pages, strings, images); the body limit replaces `inputBytes`.
    public var limits: InputLimits
    /// Bytes that all request bodies being read, waiting or rendered may hold together (a body
    /// counts the bytes received so far); past it, 503.
    public var bodyMemoryBytes: Int
    /// Seconds a connection may stay silent (between requests, or in the middle of one) before
    /// it is closed.
    public var idleSeconds: Double
    /// Requests with a body one client address may have in progress (429 past it); 0: no limit,
    /// for a service behind a proxy (every request then comes from the proxy's address).
    public var perClient: Int
    /// The language of messages when a request says nothing (`?lang=`, `Accept-Language`).
    public var language: Language

    /// A configuration; the defaults suit one service per 2-core machine.
    public init(host: String = "127.0.0.1", port: Int = 8080, workers: Int = 2, queue: Int = 64,
                maxBodyBytes: Int = InputLimits.standard.inputBytes, deadlineSeconds: Double = 30,
                limits: InputLimits = .standard, bodyMemoryBytes: Int = 256 << 20, idleSeconds: Double = 60,
                perClient: Int = 64, language: Language = .en) {
        self.perClient = perClient
        self.language = language
        self.bodyMemoryBytes = bodyMemoryBytes
        self.idleSeconds = idleSeconds
        self.host = host
        self.port = port
        self.workers = workers
        self.queue = queue
        self.maxBodyBytes = maxBodyBytes
        self.deadlineSeconds = deadlineSeconds
        self.limits = limits
    }

    /// What is wrong with the values, if anything, in the words of the command-line options.
    public var problem: Diagnostic? {
        func range(_ option: String, _ value: some CustomStringConvertible, _ low: String, _ high: String) -> Diagnostic {
            Diagnostic(.error, .cliOptionRange, path: "", ["option": .text(option), "value": .text(value.description),
                                                           "low": .text(low), "high": .text(high)])
        }
        if host.isEmpty { return Diagnostic(.error, .cliOptionEmpty, path: "", ["option": "--host"]) }
        if !(0...65535).contains(port) { return range("--port", port, "0", "65535") }
        if !(1...256).contains(workers) { return range("--workers", workers, "1", "256") }
        if !(0...100_000).contains(queue) { return range("--queue", queue, "0", "100000") }
        if !(1024...InputLimits.largestInput).contains(maxBodyBytes) { return range("--max-body", maxBodyBytes, "1024", String(InputLimits.largestInput)) }
        if !(deadlineSeconds > 0 && deadlineSeconds <= 3600) { return range("--deadline", deadlineSeconds, "0.001", "3600") }
        if !(1...InputLimits.mostPages).contains(limits.pages) { return range("--max-pages", limits.pages, "1", String(InputLimits.mostPages)) }
        if !(maxBodyBytes...(1 << 40)).contains(bodyMemoryBytes) { return range("--body-memory", bodyMemoryBytes, String(maxBodyBytes), String(1 << 40)) }
        if !(idleSeconds >= 1 && idleSeconds <= 3600) { return range("--idle-timeout", idleSeconds, "1", "3600") }
        if !(0...100_000).contains(perClient) { return range("--max-per-client", perClient, "0", "100000") }
        return nil
    }
}
