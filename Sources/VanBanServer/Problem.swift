import HTTPTypes
import Hummingbird
import NIOCore
import VanBan

/// Answers in JSON: the CLI's diagnostics report (`{"file", "diagnostics"}`, `file` being the
/// request id) for every problem, and plain JSON values for the rest.
enum Problem {
    static let jsonType = "application/json; charset=utf-8"

    /// A report of `diagnostics` (already worded in `language`) with `status`.
    static func response(status: HTTPResponse.Status, diagnostics: [Diagnostic], file: String, language: Language,
                         headers: HTTPFields = [:]) -> Response {
        json(DiagnosticReport.value(diagnostics, file: file, language: language), status: status, headers: headers)
    }

    /// The report of a refusal, worded in `language`.
    static func response(_ error: ServiceError, file: String, language: Language, messages: MessageCatalogues) -> Response {
        response(status: error.status, diagnostics: [messages[language].word(error.diagnostic, for: .service)], file: file,
                 language: language, headers: error.headers)
    }

    /// A JSON answer.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = jsonType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: value.serialized(indent: nil) + "\n")))
    }
}
