import Dispatch
import Synchronization
import VanBan
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// A document with the place its PDF goes.
struct BatchJob: Sendable {
    var item: BatchItem
    /// `OUTDIR/name.pdf`.
    var output: String
}

/// What happened to one document.
struct BatchResult: Sendable {
    enum Status: String, Sendable {
        case ok, skipped, failed
    }
    var job: BatchJob
    var status: Status
    var pages: Int
    var milliseconds: Double
    var diagnostics: [Diagnostic]
}

/// How each document is rendered and written.
struct BatchSettings: Sendable {
    /// Options for every document; each gets its own folder as `baseDirectory`.
    var options: RenderOptions
    /// Folders images may also come from (`--allow-dir`).
    var extraImageFolders: [String]
    var boxes: Bool
    var skipUnchanged: Bool

    func options(for item: BatchItem) -> RenderOptions {
        var options = options
        options.baseDirectory = item.baseDirectory
        if !extraImageFolders.isEmpty { options.allowedDirectories = [item.baseDirectory] + extraImageFolders }
        return options
    }
}

/// A bounded first-in-first-out queue between the reader and the workers: the reader waits
/// when the workers are behind, so memory stays flat however long the input is.
final class JobQueue: Sendable {
    private let state = Mutex<(jobs: [BatchJob], head: Int, closed: Bool)>(([], 0, false))
    private let free: DispatchSemaphore
    private let filled = DispatchSemaphore(value: 0)

    init(capacity: Int) { free = DispatchSemaphore(value: capacity) }

    func push(_ job: BatchJob) {
        free.wait()
        state.withLock { $0.jobs.append(job) }
        filled.signal()
    }

    /// No more jobs; every waiting worker wakes up and finds the queue empty.
    func close(workers: Int) {
        state.withLock { $0.closed = true }
        for _ in 0..<workers { filled.signal() }
    }

    /// The next job, or nil once the queue is closed and empty.
    func pop() -> BatchJob? {
        filled.wait()
        let job = state.withLock { s -> BatchJob? in
            guard s.head < s.jobs.count else { return nil }
            let job = s.jobs[s.head]
            s.head += 1
            if s.head > 256 && s.head * 2 > s.jobs.count {
                s.jobs.removeFirst(s.head)
                s.head = 0
            }
            return job
        }
        if job != nil { free.signal() }
        return job
    }
}

/// Renders jobs on `count` threads sharing one engine (fonts loaded once; each thread borrows its
/// own HarfBuzz buffer and Cairo/FreeType state from the engine's pool).
enum BatchWorkers {
    static func start(_ count: Int, queue: JobQueue, engine: Engine, settings: BatchSettings,
                      record: @escaping @Sendable (BatchResult) -> Void) -> DispatchGroup {
        let group = DispatchGroup()
        for i in 0..<count {
            let thread = DispatchQueue(label: "vanban.batch.worker.\(i)")
            group.enter()
            thread.async {
                while let job = queue.pop() {
                    // After Ctrl-C the queue is drained without rendering: what was started finishes.
                    if Interrupt.requested { continue }
                    record(render(job, engine: engine, settings: settings))
                }
                group.leave()
            }
        }
        return group
    }

    /// Renders one document and writes its PDF atomically; never throws: every problem is in the result.
    static func render(_ job: BatchJob, engine: Engine, settings: BatchSettings) -> BatchResult {
        let start = Clock.milliseconds()
        func result(_ status: BatchResult.Status, pages: Int = 0, _ diagnostics: [Diagnostic]) -> BatchResult {
            BatchResult(job: job, status: status, pages: pages, milliseconds: Clock.milliseconds() - start, diagnostics: diagnostics)
        }
        if let problem = job.item.problem {
            return result(.failed, [CLIOutput.word(Diagnostic(.error, .batchRead, path: "", ["detail": .text(problem)]))])
        }
        if !job.item.refusal.isEmpty { return result(.failed, job.item.refusal.map(CLIOutput.word)) }
        let options = settings.options(for: job.item)
        do {
            if settings.skipUnchanged, let pages = try upToDate(job, engine: engine, options: options) {
                return result(.skipped, pages: pages, [])
            }
            let rendered = try engine.render(json: job.item.bytes, options: options)
            do {
                try CLIOutput.writeAtomically(rendered.pdf, to: job.output)
                if settings.boxes {
                    let boxes = SignatureBox.json(rendered.boxes, pages: rendered.pageCount)
                    try CLIOutput.writeAtomically(Array(boxes.utf8), to: String(job.output.dropLast(4)) + ".boxes.json")
                }
            } catch {
                return result(.failed, rendered.diagnostics + [CLIOutput.word(Diagnostic(.error, .batchWrite, path: "", ["detail": .text("\(error)")]))])
            }
            return result(.ok, pages: rendered.pageCount, rendered.diagnostics)
        } catch {
            return result(.failed, error.diagnostics)
        }
    }

    /// The page count of the existing PDF when it is exactly what a render would write now (same
    /// identifier, same signature fields), else nil.
    private static func upToDate(_ job: BatchJob, engine: Engine, options: RenderOptions) throws(DiagnosticError) -> Int? {
        guard let tail = FileTail.read(job.output, bytes: 16384) else { return nil }
        return try engine.pageCountIfCurrent(json: job.item.bytes, options: options, existingTail: tail) {
            FileBytes.read(job.output)
        }
    }
}

/// The last bytes of a file.
enum FileTail {
    static func read(_ path: String, bytes count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return nil }
        let start = max(0, Int(size) - count)
        var buffer = [UInt8](repeating: 0, count: Int(size) - start)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
        return n == buffer.count ? buffer : nil
    }
}

/// Monotonic time.
enum Clock {
    static func milliseconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
    }
}

/// Ctrl-C during a batch: the first one stops taking new documents (those being rendered are
/// finished and reported, the summary says so, the exit status is 130); a second one ends the
/// process at once. Either way no PDF is ever half-written under its name.
enum Interrupt {
    private static let flag = Atomic<Bool>(false)

    static var requested: Bool { flag.load(ordering: .relaxed) }

    static func install() {
        _ = requested  // initialise the flag before the handler can run
        signal(SIGINT) { _ in
            if Interrupt.flag.exchange(true, ordering: .relaxed) { _exit(130) }
        }
        // A parent may have left SIGINT blocked (the mask survives exec): unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
