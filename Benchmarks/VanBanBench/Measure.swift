#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import VanBan

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

/// `value` with `digits` decimals (no Foundation formatting).
func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (value * scale).rounded() / scale
    var text = String(rounded)
    if digits == 0, text.hasSuffix(".0") { text.removeLast(2) }
    return text
}

/// Timings of one scenario, run in rounds: this machine's speed drifts by ±30 % from one second to
/// the next (a shared virtual machine), so the best round estimates the cost of the work and the
/// median shows the spread.
struct RenderResult {
    var documents: Int
    /// Milliseconds per document of each round.
    var rounds: [Double]
    var pages: Int
    var bytes: Int
    var best: Double { rounds.min() ?? 0 }
    var median: Double { rounds.sorted()[rounds.count / 2] }
    var pagesPerDocument: Double { Double(pages) / Double(documents) }

    func line(_ label: String) -> String {
        "  \(label): \(fixed(best, 2)) ms/doc best round, \(fixed(median, 2)) median; \(fixed(1000 / best, 1)) docs/s, "
            + "\(fixed(pagesPerDocument * 1000 / best, 0)) pages/s (\(documents) docs in \(rounds.count) rounds, "
            + "\(fixed(pagesPerDocument, 1)) pages and \(bytes / documents / 1024) KB each); peak RSS \(fixed(Measure.peakRSS(), 1)) MB"
    }
}

enum Measure {
    /// The seed of the untimed first documents: far from the timed ones, and a valid document
    /// (a negative seed gave số 0, which the checks refuse).
    static let warmUpSeed = 900_000_000

    static var cores: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    /// Peak resident memory of this process so far.
    static func peakRSS() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// `n` full renders (`Engine.render`: layout, PDF, identifier) in `rounds` rounds, after one warm-up.
    static func render(_ engine: Engine, _ n: Int, rounds: Int = 5, _ make: (Int) -> Document) throws -> RenderResult {
        _ = try engine.render(make(Self.warmUpSeed))
        var times: [Double] = [], pages = 0, bytes = 0
        let perRound = max(1, n / rounds)
        for round in 0..<rounds {
            var total = 0.0
            for i in 0..<perRound {
                let document = make(round * perRound + i)
                let t0 = now()
                let rendered = try engine.render(document)
                total += now() - t0
                pages += rendered.pageCount
                bytes += rendered.pdf.count
            }
            times.append(total / Double(perRound))
        }
        return RenderResult(documents: perRound * rounds, rounds: times, pages: pages, bytes: bytes)
    }

    /// Mean layout and PDF milliseconds over `n` documents.
    static func split(_ engine: Engine, _ n: Int, _ make: (Int) -> Document) throws -> (layout: Double, pdf: Double) {
        var layout = 0.0, pdf = 0.0
        for i in 0..<n {
            let document = make(i + 500_000)
            let t0 = now()
            let laidOut = try engine.layout(document)
            let t1 = now()
            _ = try engine.pdf(laidOut)
            layout += t1 - t0
            pdf += now() - t1
        }
        return (layout / Double(n), pdf / Double(n))
    }

    /// Throughput of `workers` threads against one, in alternating rounds of `n` documents per
    /// worker: (best one-worker docs/s, best many-worker docs/s, median of the round-by-round ratios).
    static func parallel(_ engine: Engine, workers: Int, _ n: Int, rounds: Int = 5,
                         _ make: @escaping @Sendable (Int) -> Document) throws -> (one: Double, many: Double, ratio: Double) {
        for w in 0..<workers { _ = try engine.render(make(Self.warmUpSeed + 1 + w)) }
        var ones: [Double] = [], manys: [Double] = [], ratios: [Double] = []
        for round in 0..<rounds {
            let t0 = now()
            for i in 0..<n { _ = try engine.render(make(round * 1_000 + i)) }
            let one = Double(n) * 1000 / (now() - t0)
            let group = DispatchGroup()
            let t1 = now()
            for w in 0..<workers {
                group.enter()
                DispatchQueue(label: "bench.worker.\(w)").async {
                    for i in 0..<n { _ = try? engine.render(make(w * 100_000 + round * 1_000 + i)) }
                    group.leave()
                }
            }
            group.wait()
            let many = Double(workers * n) * 1000 / (now() - t1)
            ones.append(one)
            manys.append(many)
            ratios.append(many / one)
        }
        return (ones.max()!, manys.max()!, ratios.sorted()[ratios.count / 2])
    }

    /// Runs `program` `runs` times: wall milliseconds (median, min, max) and the largest peak RSS.
    static func cold(_ program: String, _ args: [String], runs: Int) -> (median: Double, min: Double, max: Double) {
        var times: [Double] = []
        for _ in 0..<runs {
            let t0 = now()
            _ = spawn(program, args)
            times.append(now() - t0)
        }
        times.sort()
        return (times[times.count / 2], times.first!, times.last!)
    }

    /// `vanban batch` on `documents` generated công văn: seconds and the peak memory it reports.
    static func batch(_ cli: String, documents: Int, jobs: Int) throws -> (seconds: Double, rss: Double) {
        let input = "/tmp/vanban-bench-\(documents).jsonl", output = "/tmp/vanban-bench-out", log = "/tmp/vanban-bench-batch.log"
        if access(input, R_OK) != 0 {
            guard let file = fopen(input, "w") else { throw BenchError.io(input) }
            for i in 0..<documents {
                let line = DocumentEncoder.json(Documents.congVan(i + 5_000_000)).serialized(indent: nil) + "\n"
                fputs(line, file)
            }
            fclose(file)
        }
        _ = spawn("/bin/rm", ["-rf", output])
        let t0 = now()
        let child = spawn(cli, ["batch", input, "-o", output, "--jobs", String(jobs)], stderr: log)
        let seconds = (now() - t0) / 1000
        guard child.status == 0 else { throw BenchError.failed("vanban batch exited with \(child.status)") }
        // The summary ends "…; peak memory 41.2 MB" (VmHWM: wait4's figure would include this process).
        let text = (try? String(decoding: readAll(log), as: UTF8.self)) ?? ""
        var rss = 0.0
        if let line = text.split(separator: "\n").last, let key = line.firstRange(of: "peak memory ") {
            let digits = line[key.upperBound...].prefix { $0 == "." || $0.isNumber }
            rss = Double(String(digits)) ?? 0
        }
        return (seconds, rss)
    }

    static func readAll(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "r") else { throw BenchError.io(path) }
        defer { fclose(file) }
        var bytes: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&chunk, 1, chunk.count, file)
            bytes += chunk[0..<n]
            if n < chunk.count { break }
        }
        return bytes
    }

    /// Starts a program, waits for it; its exit status. (Its `ru_maxrss` is not used: a spawned
    /// child inherits this process's high-water mark on Linux.)
    static func spawn(_ program: String, _ args: [String], stderr: String? = nil) -> (status: Int32, rss: Double) {
        var pid: pid_t = 0
        let argv = ([program] + args).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if let stderr { posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, Double(usage.ru_maxrss) / 1024)
    }
}

enum BenchError: Error {
    case io(String)
    case failed(String)
}
