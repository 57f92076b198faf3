import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import VanBanModel

/// Gives every request an id (the client's `X-Request-Id` when it is sane, else Hummingbird's),
/// returns it in `X-Request-Id`, turns errors thrown by the router (404, 405) into the service's
/// JSON problems, and logs one line per request: method, path, status, bytes, milliseconds.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    static var requestIDHeader: HTTPField.Name { HTTPField.Name("X-Request-Id")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let given = request.headers[Self.requestIDHeader], Self.isSane(given) {
            context.logger[metadataKey: "hb.request.id"] = .string(given)
        }
        let id = context.id
        let clock = ContinuousClock()
        let start = clock.now
        var response: Response
        do {
            if request.method == .options, let allowed = Endpoints.methods[request.uri.path] {
                response = Response(status: .noContent, headers: [.allow: allowed + ", OPTIONS"])
            } else {
                response = try await next(request, context)
            }
        } catch let error as HTTPResponseError {
            // A path the service has, asked with another method: 405 and the method it takes.
            let allowed = error.status == .notFound ? Endpoints.methods[request.uri.path] : nil
            let status: HTTPResponse.Status = allowed == nil ? error.status : .methodNotAllowed
            response = Problem.response(status: status, code: Problem.code(for: status), message: Problem.message(for: status, request: request),
                                        hint: allowed.map { "use \($0) \(request.uri.path)" }
                                            ?? "the endpoints are \(Endpoints.summary)",
                                        file: id, headers: allowed.map { [.allow: $0] } ?? [:])
        } catch {
            context.logger.error("unexpected failure", metadata: ["error": "\(error)"])
            response = Problem.response(status: .internalServerError, code: "SERVICE.INTERNAL", message: "the service failed: \(error)",
                                        hint: "this is a bug in VanBan; please report it with the request id", file: id)
        }
        response.headers[Self.requestIDHeader] = id
        let elapsed = start.duration(to: clock.now)
        let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.uri.path), "query": .string(request.uri.query ?? ""),
            "status": .stringConvertible(Int(response.status.code)),
            "bytes": .stringConvertible(response.body.contentLength ?? -1),
            "ms": .stringConvertible((ms * 10).rounded() / 10),
        ])
        return response
    }

    /// 1–128 visible ASCII characters.
    private static func isSane(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count) && id.utf8.allSatisfy { (0x21...0x7E).contains($0) }
    }
}
