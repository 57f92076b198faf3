import Hummingbird
import NIOCore

/// A request's context: Hummingbird's, and the address of the client (requests are bounded per
/// client address, `ClientGate`).
struct ServiceContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The client's IP address (a path for a Unix socket), or `unknown`.
    let client: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        let address = source.channel.remoteAddress
        client = address?.ipAddress ?? address?.pathname ?? "unknown"
    }
}
