import HTTPTypes
import Hummingbird
import NIOCore
import Logging
import VanBan

/// Gives every request an id (the client's `X-Request-Id` when it is sane, else Hummingbird's),
/// returns it in `X-Request-Id`, turns what the endpoints throw (`ServiceError`) and what the
/// router throws (404, 405) into the service's JSON problems in the request's language, and logs
/// one line per request: method, path, status, bytes, milliseconds.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    static var requestIDHeader: HTTPField.Name { HTTPField.Name("X-Request-Id")! }
    let messages: MessageCatalogues
    let defaultLanguage: Language

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
        } catch let problem as DocumentProblem {
            response = Problem.response(status: problem.status, diagnostics: problem.diagnostics, file: id, language: problem.language)
        } catch let error as ServiceError {
            response = Problem.response(error, file: id, language: request.language(default: defaultLanguage), messages: messages)
        } catch let error as HTTPResponseError {
            // A path the service has, asked with another method: 405 and the method it takes.
            let allowed = error.status == .notFound ? Endpoints.methods[request.uri.path] : nil
            let refusal: ServiceError
            let place: [String: MessageArgument] = ["method": .text(request.method.rawValue), "path": .text(request.uri.path),
                                                    "endpoints": .texts(Endpoints.summary)]
            if let allowed {
                refusal = ServiceError(status: .methodNotAllowed, key: .serviceMethod, arguments: place.merging(["allowed": .text(allowed)]) { $1 },
                                       headers: [.allow: allowed])
            } else if error.status == .notFound {
                refusal = ServiceError(status: .notFound, key: .serviceNotFound, arguments: place)
            } else {
                refusal = ServiceError(status: error.status, key: .serviceHttpStatus, arguments: place.merging(["reason": .text(error.status.reasonPhrase)]) { $1 },
                                       code: DiagnosticCode(rawValue: "SERVICE.HTTP_\(error.status.code)"))
            }
            response = Problem.response(refusal, file: id, language: request.language(default: defaultLanguage), messages: messages)
        } catch {
            context.logger.error("unexpected failure", metadata: ["error": "\(error)"])
            response = Problem.response(ServiceError(status: .internalServerError, key: .serviceInternal, arguments: ["detail": .text("\(error)")]),
                                        file: id, language: request.language(default: defaultLanguage), messages: messages)
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
