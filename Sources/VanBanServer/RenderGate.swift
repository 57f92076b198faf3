import Synchronization

/// Lets at most `workers` jobs run at once and at most `queue` more wait, first come first
/// served; past that a job is turned away (the service answers 503). Callbacks run outside the lock.
final class RenderGate: Sendable {
    /// A waiting job.
    typealias Ticket = UInt64

    enum Admission {
        /// Started at once.
        case running
        /// Waiting; `withdraw(ticket)` takes it out of the queue.
        case waiting(Ticket)
        /// The queue is full.
        case refused
    }

    /// What is running and waiting now (for `/healthz` and the logs).
    struct Load: Sendable {
        var running: Int
        var waiting: Int
    }

    private struct State {
        var running = 0
        var waiting: [(ticket: Ticket, start: @Sendable () -> Void)] = []
        var nextTicket: Ticket = 0
    }

    let workers: Int
    let queue: Int
    private let state = Mutex(State())

    init(workers: Int, queue: Int) {
        self.workers = workers
        self.queue = queue
    }

    /// Runs `start` now if a worker is free, later when one frees up if the queue has room, or never.
    /// Whoever `start` starts must call `leave()` exactly once when the job ends.
    func enter(_ start: @escaping @Sendable () -> Void) -> Admission {
        let admission = state.withLock { s -> Admission in
            if s.running < workers {
                s.running += 1
                return .running
            }
            guard s.waiting.count < queue else { return .refused }
            s.nextTicket += 1
            s.waiting.append((s.nextTicket, start))
            return .waiting(s.nextTicket)
        }
        if case .running = admission { start() }
        return admission
    }

    /// A job ended: its worker goes to the longest-waiting job, else becomes free.
    func leave() {
        let next = state.withLock { s -> (@Sendable () -> Void)? in
            if s.waiting.isEmpty {
                s.running -= 1
                return nil
            }
            return s.waiting.removeFirst().start
        }
        next?()
    }

    /// Takes a job out of the queue; false if it has already started.
    @discardableResult
    func withdraw(_ ticket: Ticket) -> Bool {
        state.withLock { s in
            guard let i = s.waiting.firstIndex(where: { $0.ticket == ticket }) else { return false }
            s.waiting.remove(at: i)
            return true
        }
    }

    var load: Load {
        state.withLock { Load(running: $0.running, waiting: $0.waiting.count) }
    }
}

/// A value set once, by whichever comes first (the job or its deadline), awaited by the request.
final class Once<Value: Sendable>: Sendable {
    private let state = Mutex<(value: Value?, waiter: CheckedContinuation<Value, Never>?)>((nil, nil))

    /// Sets the value unless it is set; true if this call set it.
    @discardableResult
    func resolve(_ value: Value) -> Bool {
        let waiter = state.withLock { s -> CheckedContinuation<Value, Never>?? in
            guard s.value == nil else { return .none }
            s.value = value
            defer { s.waiter = nil }
            return .some(s.waiter)
        }
        guard let waiter else { return false }
        waiter?.resume(returning: value)
        return true
    }

    var isResolved: Bool { state.withLock { $0.value != nil } }

    /// The value, once it is set.
    var value: Value {
        get async {
            await withCheckedContinuation { continuation in
                let ready = state.withLock { s -> Value? in
                    if let value = s.value { return value }
                    s.waiter = continuation
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }
}
