import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import VanBanTestSupport

/// A `vanban serve` process on 127.0.0.1 (a free port), as a deployment runs it.
final class ServiceProcess: @unchecked Sendable {
    let process = Process()
    private(set) var base = URL(string: "http://127.0.0.1")!
    private let errorPipe = Pipe()
    private let errorLock = NSLock()
    private var errorData = Data()

    /// Starts the service with `arguments` and waits until it says where it listens.
    init(_ arguments: [String] = []) throws {
        process.executableURL = Repository.cli
        process.arguments = ["serve", "--port", "0", "--resources", Repository.root] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorPipe
        try process.run()
        ServiceProcess.stopAtExit(process.processIdentifier)
        errorPipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            guard let self else { return }
            self.errorLock.lock()
            self.errorData.append(chunk)
            self.errorLock.unlock()
        }
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "listening on "), let url = URL(string: String(text[range.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw RunError(message: "the service did not start: \(text) \(logText)")
        }
        base = url
    }

    /// Services still running when the test process exits (the shared one) are stopped then.
    nonisolated(unsafe) private static var running: [Int32] = []
    private static let registerExit: Void = { atexit { for pid in ServiceProcess.running { kill(pid, SIGTERM) } } }()

    private static func stopAtExit(_ pid: Int32) {
        registerExit
        running.append(pid)
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Standard error so far (the log lines).
    var logText: String {
        errorLock.lock()
        defer { errorLock.unlock() }
        return String(decoding: errorData, as: UTF8.self)
    }

    /// Sends a signal.
    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to end (at most `seconds`); its exit status, nil if still running.
    func waitForExit(seconds: Double = 30) -> Int32? {
        let end = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < end { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}

/// One HTTP answer.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// The body as JSON.
    var json: Any? { try? JSONSerialization.jsonObject(with: body) }
    /// `diagnostics[].code` of a report.
    var codes: [String] {
        ((json as? [String: Any])?["diagnostics"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
    }
}

/// A real HTTP client (URLSession, curl underneath on Linux).
enum HTTP {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 120
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration)
    }()

    static func send(_ method: String, _ url: URL, body: Data? = nil, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if body != nil, headers["Content-Type"] == nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw RunError(message: "not an HTTP answer") }
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
    }

    static func post(_ service: ServiceProcess, _ path: String, _ body: Data, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await send("POST", URL(string: path, relativeTo: service.base)!, body: body, headers: headers)
    }

    static func get(_ service: ServiceProcess, _ path: String) async throws -> HTTPAnswer {
        try await send("GET", URL(string: path, relativeTo: service.base)!)
    }
}
