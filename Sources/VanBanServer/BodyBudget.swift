import Synchronization

/// The bytes request bodies may hold together: a request reserves its body's size before reading
/// it and gives it back once answered, so memory stays bounded however many clients send at once.
final class BodyBudget: Sendable {
    private let available: Mutex<Int>

    init(bytes: Int) {
        available = Mutex(bytes)
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
}
