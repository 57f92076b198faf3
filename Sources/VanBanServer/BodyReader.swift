import Hummingbird
import NIOCore
import Synchronization

/// Reads one request body chunk by chunk, taking each chunk's bytes from the shared budget as it
/// arrives; what it took is given back by `releaseAll` (whatever way the request ends).
final class BodyReader: Sendable {
    enum Outcome: Sendable {
        case body([UInt8])
        /// More than the limit arrived.
        case tooLarge
        /// The budget had no room for the next chunk.
        case noMemory
        /// The deadline passed first (never returned by `read`).
        case timedOut
    }

    private let budget: BodyBudget
    private let limit: Int
    private let taken = Mutex(0)

    init(budget: BodyBudget, limit: Int) {
        self.budget = budget
        self.limit = limit
    }

    func read(_ body: RequestBody) async throws -> Outcome {
        var collected = ByteBuffer()
        for try await chunk in body {
            let count = chunk.readableBytes
            guard collected.readableBytes + count <= limit else { return .tooLarge }
            guard budget.reserve(count) else { return .noMemory }
            taken.withLock { $0 += count }
            var chunk = chunk
            collected.writeBuffer(&chunk)
        }
        return .body(Array(collected.readableBytesView))
    }

    func releaseAll() {
        let count = taken.withLock { count in
            defer { count = 0 }
            return count
        }
        budget.release(count)
    }
}
