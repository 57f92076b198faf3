import NIOPosix
import Synchronization

/// Runs CPU-bound jobs (renders, checks) on their own threads, never on the event loop, behind
/// the gate and a deadline.
final class Workers: Sendable {
    /// Why a job did not give a result.
    enum Refusal: Error {
        /// The queue was full, or the deadline passed while the job waited: try again later.
        case busy(retryAfterSeconds: Int)
        /// The deadline passed while the job ran; it finishes in the background.
        case deadline(seconds: Double)
    }

    private enum Outcome<T: Sendable>: Sendable {
        case done(T)
        case timedOutWaiting
        case timedOutRunning
    }

    let gate: RenderGate
    private let pool: NIOThreadPool
    private let deadline: Duration
    private let deadlineSeconds: Double
    /// Mean job time, for `Retry-After`.
    private let jobTime = MeanTime()

    init(count: Int, queue: Int, deadlineSeconds: Double) {
        gate = RenderGate(workers: count, queue: queue)
        pool = NIOThreadPool(numberOfThreads: count)
        deadline = .milliseconds(Int64(deadlineSeconds * 1000))
        self.deadlineSeconds = deadlineSeconds
        pool.start()
    }

    /// Waits until every started job has ended, then stops the threads.
    func shutdown() async throws {
        try await pool.shutdownGracefully()
    }

    /// `job`'s result, computed on a worker thread.
    func run<T: Sendable>(_ job: @escaping @Sendable () -> T) async throws(Refusal) -> T {
        let once = Once<Outcome<T>>()
        let startedBox = Flag()
        let admission = gate.enter { [pool, gate, jobTime] in
            guard !once.isResolved else { gate.leave(); return }
            startedBox.set()
            pool.submit { _ in
                defer { gate.leave() }
                let clock = ContinuousClock()
                let begin = clock.now
                let value = job()
                let elapsed = begin.duration(to: clock.now)
                let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                jobTime.add(milliseconds: ms)
                once.resolve(.done(value))
            }
        }
        if case .refused = admission { throw .busy(retryAfterSeconds: retryAfter) }
        let timer = Task { [deadline, gate] in
            try? await Task.sleep(for: deadline)
            guard !Task.isCancelled else { return }
            if case .waiting(let ticket) = admission, gate.withdraw(ticket) {
                once.resolve(.timedOutWaiting)
            } else if startedBox.isSet {
                once.resolve(.timedOutRunning)
            } else {
                once.resolve(.timedOutWaiting)
            }
        }
        // A request whose client went away (its task cancelled) leaves the queue at once.
        let outcome = await withTaskCancellationHandler {
            await once.value
        } onCancel: {
            if case .waiting(let ticket) = admission, gate.withdraw(ticket) { once.resolve(.timedOutWaiting) }
        }
        timer.cancel()
        switch outcome {
        case .done(let value): return value
        case .timedOutWaiting: throw .busy(retryAfterSeconds: retryAfter)
        case .timedOutRunning: throw .deadline(seconds: deadlineSeconds)
        }
    }

    /// Seconds until a worker is likely free for one more job: the queue ahead shared among the
    /// workers at the mean job time, at least 1.
    var retryAfter: Int {
        let load = gate.load
        let mean = jobTime.milliseconds
        let seconds = Double(load.waiting + load.running) * mean / 1000 / Double(gate.workers)
        return max(1, min(120, Int(seconds.rounded(.up))))
    }
}

/// A flag set once from any thread.
final class Flag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { value.store(true, ordering: .releasing) }
    var isSet: Bool { value.load(ordering: .acquiring) }
}

/// A moving average of job times in milliseconds (each new job weighs 10 %), starting at 50 ms.
final class MeanTime: Sendable {
    private let value = Mutex<Double>(50)
    func add(milliseconds: Double) { value.withLock { $0 = $0 * 0.9 + milliseconds * 0.1 } }
    var milliseconds: Double { value.withLock { $0 } }
}
