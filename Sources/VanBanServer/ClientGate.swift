import Synchronization

/// Requests with a body in progress per client address: one client (a script gone wrong, or
/// slow uploads that never finish) cannot hold every worker or all body memory.
final class ClientGate: Sendable {
    private let counts = Mutex<[String: Int]>([:])
    /// Requests one address may have in progress; 0: no limit (behind a proxy every request
    /// comes from the proxy's address).
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Counts a request of `client`; false when it already has `limit` in progress.
    func enter(_ client: String) -> Bool {
        counts.withLock { counts in
            let current = counts[client, default: 0]
            guard limit == 0 || current < limit else { return false }
            counts[client] = current + 1
            return true
        }
    }

    func leave(_ client: String) {
        counts.withLock { counts in
            let left = counts[client, default: 1] - 1
            counts[client] = left > 0 ? left : nil
        }
    }
}
