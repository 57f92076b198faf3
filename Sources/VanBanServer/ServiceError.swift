import HTTPTypes
import Hummingbird
import VanBan

/// A request the service refuses, with the status it answers: thrown by the endpoints and turned
/// into the JSON problem (in the request's language) by `RequestLog`, as Hummingbird's own
/// `HTTPResponseError`s are.
struct ServiceError: Error, Sendable {
    var status: HTTPResponse.Status
    var key: MessageKey
    var arguments: [String: MessageArgument] = [:]
    /// The code when it is not the key's (a bad option in a query is `SERVICE.QUERY`).
    var code: DiagnosticCode?
    var headers: HTTPFields = [:]

    /// The problem as a diagnostic, not yet worded.
    var diagnostic: Diagnostic { Diagnostic(.error, key, code: code, path: "", arguments) }

    /// A bad value of a query parameter: 400 `SERVICE.QUERY`.
    static func query(_ problem: RenderSettings.Problem) -> ServiceError {
        ServiceError(status: .badRequest, key: problem.key, arguments: problem.arguments, code: .serviceQuery)
    }
}

/// The language of a request's messages: `?lang=`, else the best of `Accept-Language`, else the
/// service's default (`--lang`).
extension Request {
    func language(default fallback: Language) -> Language {
        if let lang = uri.queryParameters["lang"], let language = Language(tag: String(lang)) { return language }
        if let header = headers[.acceptLanguage], let language = Language.preferred(acceptLanguage: header) { return language }
        return fallback
    }
}
