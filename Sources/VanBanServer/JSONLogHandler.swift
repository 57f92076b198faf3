import Logging
import Synchronization
import VanBanModel
#if canImport(Glibc)
import Glibc
#endif

/// Structured logs: one JSON object per line on standard error (`time`, `level`, `message`,
/// then the metadata: `request` id, `method`, `path`, `status`, `ms`, …), or the same as plain
/// `key=value` text for a terminal.
public struct JSONLogHandler: LogHandler {
    /// The line format.
    public enum Style: String, Sendable, CaseIterable {
        case json, text
    }

    /// The lowest level written.
    public var logLevel: Logger.Level
    /// Metadata added to every line of this logger.
    public var metadata: Logger.Metadata = [:]
    /// Where task-local metadata comes from (unused by VanBan itself).
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let style: Style

    /// A handler for `label` writing lines of `style` at `level` and above.
    public init(label: String, style: Style = .json, level: Logger.Level = .info) {
        self.label = label
        self.style = style
        self.logLevel = level
    }

    /// Reads or sets one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes one line.
    public func log(event: LogEvent) {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { $1 } }
        if let own = event.metadata { all.merge(own) { $1 } }
        if let error = event.error { all["error"] = "\(error)" }
        let line: String
        switch style {
        case .json:
            var members: [(key: String, value: JSONValue)] = [("time", .string(Self.now())), ("level", .string(event.level.rawValue)),
                                                              ("message", .string(event.message.description)), ("logger", .string(label))]
            for key in all.keys.sorted() { members.append((Self.name(key), Self.json(all[key]!))) }
            line = JSONValue.object(members).serialized(indent: nil) + "\n"
        case .text:
            let fields = all.keys.sorted().map { "\(Self.name($0))=\(all[$0]!)" }.joined(separator: " ")
            line = "\(Self.now()) \(event.level.rawValue) \(event.message)\(fields.isEmpty ? "" : " " + fields)\n"
        }
        Self.output.withLock { _ in
            let bytes = Array(line.utf8)
            bytes.withUnsafeBytes { raw in
                var done = 0
                while done < raw.count {
                    let n = write(2, raw.baseAddress! + done, raw.count - done)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { return }
                    done += n
                }
            }
        }
    }

    /// Hummingbird's request id key, shortened.
    private static func name(_ key: String) -> String { key == "hb.request.id" ? "request" : key }

    /// One line at a time, whatever the thread.
    private static let output = Mutex<Void>(())

    private static func json(_ value: Logger.Metadata.Value) -> JSONValue {
        switch value {
        case .string(let s): .string(s)
        case .stringConvertible(let c):
            if let n = c as? Int { .number(Double(n)) } else if let d = c as? Double { .number(d) } else { .string(c.description) }
        case .array(let items): .array(items.map(json))
        case .dictionary(let d): .object(d.keys.sorted().map { ($0, json(d[$0]!)) })
        }
    }

    /// UTC wall-clock time, `2026-11-29T21:04:05.123Z` (logs are the one place the clock is read).
    private static func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int, _ width: Int) -> String { String.zeroPadded(n, width: width) }
        return "\(pad(Int(parts.tm_year) + 1900, 4))-\(pad(Int(parts.tm_mon) + 1, 2))-\(pad(Int(parts.tm_mday), 2))T"
            + "\(pad(Int(parts.tm_hour), 2)):\(pad(Int(parts.tm_min), 2)):\(pad(Int(parts.tm_sec), 2)).\(pad(spec.tv_nsec / 1_000_000, 3))Z"
    }
}
