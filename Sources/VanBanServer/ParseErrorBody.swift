import HTTPTypes
import NIOCore
import NIOHTTPTypes
import VanBanModel

/// Hummingbird answers a request it cannot parse (a broken request line, headers too large) with
/// an empty `400`; this gives that answer the body every other problem has: the JSON report with
/// the code `SERVICE.HTTP` (docs/openapi.yaml). The service's own 400s always have a body, so an
/// empty one can only be that answer.
final class ParseErrorBody: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    static let body: String = DiagnosticReport.line([Diagnostic(
        .error, code: "SERVICE.HTTP", path: "", message: "the request is not valid HTTP/1.1 (its request line or headers cannot be read)",
        hint: "send a well-formed HTTP/1.1 request; headers may hold at most 80 KB")], file: "")

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data), head.status == .badRequest, head.headerFields[.contentLength] == "0" else {
            context.write(data, promise: promise)
            return
        }
        let body = context.channel.allocator.buffer(string: Self.body)
        head.headerFields[.contentLength] = String(body.readableBytes)
        head.headerFields[.contentType] = Problem.jsonType
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: promise)
    }
}
