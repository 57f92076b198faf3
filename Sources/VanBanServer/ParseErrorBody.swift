import HTTPTypes
import NIOCore
import NIOHTTPTypes
import VanBan

/// Hummingbird answers a request it cannot parse (a broken request line, headers too large) with
/// an empty `400`; this gives that answer the body every other problem has: the JSON report with
/// the code `SERVICE.HTTP` (docs/openapi.yaml). The service's own 400s always have a body, so an
/// empty one can only be that answer.
final class ParseErrorBody: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The report, in the service's default language (a request that cannot be read says no other).
    let body: String

    init(messages: MessageCatalogues, language: Language) {
        body = DiagnosticReport.line([messages[language].word(Diagnostic(.error, .serviceHttp, path: ""), for: .service)], file: "",
                                     language: language)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data), head.status == .badRequest, head.headerFields[.contentLength] == "0" else {
            context.write(data, promise: promise)
            return
        }
        let body = context.channel.allocator.buffer(string: self.body)
        head.headerFields[.contentLength] = String(body.readableBytes)
        head.headerFields[.contentType] = Problem.jsonType
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: promise)
    }
}
