import HTTPTypes
import Hummingbird
import NIOCore
import VanBanModel

/// Answers in JSON: the CLI's diagnostics report (`{"file", "diagnostics"}`, `file` being the
/// request id) for every problem, and plain JSON values for the rest.
enum Problem {
    static let jsonType = "application/json; charset=utf-8"

    /// A report of `diagnostics` with `status`.
    static func response(status: HTTPResponse.Status, diagnostics: [Diagnostic], file: String, headers: HTTPFields = [:]) -> Response {
        json(DiagnosticReport.value(diagnostics, file: file), status: status, headers: headers)
    }

    /// A report of one service error.
    static func response(status: HTTPResponse.Status, code: String, message: String, hint: String, file: String,
                         headers: HTTPFields = [:]) -> Response {
        response(status: status, diagnostics: [Diagnostic(.error, code: code, path: "", message: message, hint: hint)], file: file,
                 headers: headers)
    }

    /// A JSON answer.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = jsonType
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: value.serialized(indent: nil) + "\n")))
    }

    /// The code of a status the router or Hummingbird chose.
    static func code(for status: HTTPResponse.Status) -> String {
        switch status.code {
        case 404: "SERVICE.NOT_FOUND"
        case 405: "SERVICE.METHOD"
        case 413: "SERVICE.TOO_LARGE"
        default: "SERVICE.HTTP_\(status.code)"
        }
    }

    static func message(for status: HTTPResponse.Status, request: Request) -> String {
        switch status.code {
        case 404: "there is no \(request.method.rawValue) \(request.uri.path)"
        case 405: "\(request.uri.path) does not take \(request.method.rawValue)"
        default: status.reasonPhrase
        }
    }
}
