import Synchronization

/// The bytes request bodies may hold together. A request takes its share as the bytes arrive
/// (never as its `Content-Length` declares: a client that declares 8 MB and sends one byte holds
/// one byte) and gives it back once answered, so memory stays bounded however many clients send.
final class BodyBudget: Sendable {
    private let available: Mutex<Int>
    /// The whole budget.
    let total: Int

    init(bytes: Int) {
        available = Mutex(bytes)
        total = bytes
    }

    /// Takes `bytes` if that many are free.
    func reserve(_ bytes: Int) -> Bool {
        available.withLock { free in
            guard free >= bytes else { return false }
            free -= bytes
            return true
        }
    }

    func release(_ bytes: Int) {
        available.withLock { $0 += bytes }
    }

    /// Bytes not taken.
    var free: Int { available.withLock { $0 } }
}
