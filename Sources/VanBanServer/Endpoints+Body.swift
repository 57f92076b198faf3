import HTTPTypes
import Hummingbird
import NIOCore
import VanBan

/// Reading a request's body within the service's bounds.
extension Endpoints {
    /// Runs `handle` with the body, at most `maxBodyBytes`: 413 from the declared length before
    /// reading, or as soon as the bytes received pass the limit; 429 when the client already has
    /// `perClient` requests in progress; 503 when the bytes received by all requests in hand would
    /// pass `bodyMemoryBytes`; 408 when the upload takes longer than the deadline. Bytes are
    /// counted as they arrive and given back once `handle` has answered.
    func withBody<T>(of request: Request, context: ServiceContext, _ handle: ([UInt8]) async throws -> T) async throws -> T {
        let limit = configuration.maxBodyBytes
        let close: HTTPFields = [.connection: "close"]
        let tooLarge = ServiceError(status: .contentTooLarge, key: .serviceTooLarge, arguments: ["limit": .number(limit)], headers: close)
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit { throw tooLarge }
        guard clients.enter(context.client) else {
            context.logger.warning("busy: too many requests from one client", metadata: ["client": .string(context.client)])
            throw ServiceError(status: .tooManyRequests, key: .serviceTooMany, arguments: ["limit": .number(clients.limit)], headers: [.retryAfter: "1"])
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
            throw ServiceError(status: .badRequest, key: .serviceBody, arguments: ["detail": .text("\(error)")], headers: close)
        }
        switch outcome {
        case .body(let bytes):
            defer { trim.afterRequest(bodyBytes: bytes.count) }
            return try await handle(bytes)
        case .tooLarge:
            trim.afterRequest(bodyBytes: limit)
            throw tooLarge
        case .noMemory:
            let seconds = workers.retryAfter
            context.logger.warning("busy: body memory in use", metadata: ["retry_after": .stringConvertible(seconds)])
            throw ServiceError(status: .serviceUnavailable, key: .serviceBusyMemory, arguments: ["seconds": .number(seconds)],
                               headers: [.retryAfter: String(seconds), .connection: "close"])
        case .timedOut:
            throw ServiceError(status: .requestTimeout, key: .serviceUploadTimeout, arguments: ["seconds": .text("\(configuration.deadlineSeconds)")],
                               headers: close)
        }
    }
}
