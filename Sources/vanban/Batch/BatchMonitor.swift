import VanBan
import Dispatch
import Synchronization
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// Collects results as workers finish them: prints diagnostics, appends the report line, counts,
/// and shows progress — a bar redrawn in place on a terminal, a plain line every few seconds
/// otherwise, nothing with `--quiet`. All output goes through one lock, so lines never mix.
/// (`@unchecked`: the timer is only touched by `init` and `finish`, on the reading thread.)
final class BatchMonitor: @unchecked Sendable {
    struct Counts: Sendable {
        var done = 0, ok = 0, skipped = 0, failed = 0, pages = 0
    }

    private let total: Int?
    /// The subcommand the lines name (`batch`, `merge`).
    private let command: String
    private let quiet: Bool
    private let terminal: Bool
    private let report: Int32?
    private let start = Clock.milliseconds()
    private let state = Mutex<(counts: Counts, barShown: Bool, lastPrint: Double, reportProblem: String?)>((Counts(), false, 0, nil))
    private let ticker: DispatchSourceTimer?

    init(command: String, total: Int?, quiet: Bool, report: Int32?) {
        self.command = command
        self.total = total
        self.quiet = quiet
        self.report = report
        terminal = isatty(2) == 1
        guard !quiet else {
            ticker = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "vanban.batch.progress"))
        let interval = terminal ? 0.1 : 5.0
        timer.schedule(deadline: .now() + interval, repeating: interval)
        ticker = timer
        timer.setEventHandler { [weak self] in self?.tick() }
        timer.resume()
    }

    var counts: Counts { state.withLock { $0.counts } }

    /// Why a report line could not be written (the first failure), if one could not.
    var reportProblem: String? { state.withLock { $0.reportProblem } }

    /// Records one finished document.
    func record(_ result: BatchResult) {
        let line = Self.reportLine(result)
        state.withLock { s in
            switch result.status {
            case .ok: s.counts.ok += 1
            case .skipped: s.counts.skipped += 1
            case .failed: s.counts.failed += 1
            }
            s.counts.done += 1
            s.counts.pages += result.pages
            let shown = result.diagnostics.filter { $0.severity == .error || !quiet && $0.severity == .warning }
            if !shown.isEmpty {
                clearBar(&s.barShown)
                CLIOutput.writeStandardError(shown.map { CLIOutput.line($0, place: CLIOutput.place(result.job.item.label, $0.path)) }.joined())
            }
            if let report, s.reportProblem == nil, !CLIOutput.writeAll(report, Array(line.utf8)) {
                s.reportProblem = String(cString: strerror(errno))
            }
        }
    }

    /// Stops the progress display and prints the summary line.
    func finish(reportPath: String?, interrupted: Bool = false) {
        ticker?.cancel()
        let elapsed = (Clock.milliseconds() - start) / 1000
        state.withLock { s in
            clearBar(&s.barShown)
            guard !quiet || s.counts.failed > 0 || interrupted else { return }
            let c = s.counts
            let rate = elapsed > 0 ? Double(c.done) / elapsed : 0
            var text = CLIOutput.text(interrupted ? .batchSummaryInterrupted : .batchSummary, [
                "command": .text(command), "done": .number(c.done), "seconds": .fixed(elapsed, digits: 1), "rate": .fixed(rate, digits: 1),
                "rendered": .number(c.ok), "unchanged": .number(c.skipped), "failed": .number(c.failed),
            ])
            if let reportPath { text += CLIOutput.text(.batchSummaryReport, ["path": .text(reportPath)]) }
            if let peak = Self.peakMemoryMegabytes() { text += CLIOutput.text(.batchSummaryMemory, ["megabytes": .fixed(peak, digits: 1)]) }
            CLIOutput.writeStandardError(text + "\n")
        }
    }

    private func tick() {
        state.withLock { s in
            let c = s.counts
            let elapsed = (Clock.milliseconds() - start) / 1000
            let rate = elapsed > 0 ? Double(c.done) / elapsed : 0
            var parts: [String] = []
            if let total, total > 0 {
                parts.append(CLIOutput.text(.batchProgressDone, ["done": .number(c.done), "total": .number(total),
                                                                 "percent": .number(Int(Double(c.done) * 100 / Double(total)))]))
            } else {
                parts.append(CLIOutput.text(.batchProgressCount, ["done": .number(c.done)]))
            }
            parts.append(CLIOutput.text(.batchProgressRate, ["rate": .fixed(rate, digits: 1)]))
            if let total, rate > 0, c.done < total {
                let eta = Int(min(8_640_000, (Double(total - c.done) / rate).rounded(.up)))  // at most 100 days
                parts.append(CLIOutput.text(.batchProgressEta, ["eta": .text("\(eta / 60):\(eta % 60 < 10 ? "0" : "")\(eta % 60)")]))
            }
            if c.failed > 0 { parts.append(CLIOutput.text(.batchProgressFailed, ["failed": .number(c.failed)])) }
            if terminal {
                var bar = ""
                if let total, total > 0 {
                    let filled = min(24, c.done * 24 / total)
                    bar = " [" + String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled) + "]"
                }
                CLIOutput.writeStandardError("\r\u{1B}[Kvanban \(command)\(bar) " + parts.joined(separator: " · "))
                s.barShown = true
            } else {
                CLIOutput.writeStandardError("vanban \(command): " + parts.joined(separator: ", ") + "\n")
            }
        }
    }

    private func clearBar(_ shown: inout Bool) {
        guard shown else { return }
        CLIOutput.writeStandardError("\r\u{1B}[K")
        shown = false
    }

    /// One JSON line of `--report`.
    static func reportLine(_ r: BatchResult) -> String {
        let diagnostics = r.diagnostics.map { DiagnosticReport.item($0) }
        let value = JSONValue.object([
            ("index", .number(Double(r.job.item.index))),
            ("input", .string(r.job.item.input)),
            ("line", r.job.item.line.map { .number(Double($0)) } ?? .null),
            ("output", r.status == .failed ? .null : .string(r.job.output)),
            ("status", .string(r.status.rawValue)),
            ("pages", .number(Double(r.pages))),
            ("milliseconds", .number((r.milliseconds * 100).rounded() / 100)),
            ("diagnostics", .array(diagnostics)),
        ])
        return value.serialized(indent: nil) + "\n"
    }

    /// The process's peak resident memory (`VmHWM` in /proc/self/status; `getrusage` would count
    /// memory of the process that started this one).
    static func peakMemoryMegabytes() -> Double? {
        guard let bytes = try? CLIOutput.read("/proc/self/status") else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        let digits = line.filter(\.isNumber)
        return Double(String(digits)).map { $0 / 1024 }
    }
}
