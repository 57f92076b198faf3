import ArgumentParser
import VanBanModel
#if canImport(Glibc)
import Glibc
#endif

/// A failure of the command line itself (files, options), printed like a diagnostic.
public struct CLIError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// How to fix it.
    public var hint: String?
    /// An error with its hint.
    public init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }
    public var description: String { message + (hint.map { "\n  hint: \($0)" } ?? "") }
}

/// How diagnostics are printed: for people, or for programs.
public enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// What the `vanban` programs print and write: diagnostics, errors, files (atomically).
public enum CLIOutput {
    /// Prints diagnostics like a compiler: `doc.json:/body/3: error[CODE]: message`, or as one
    /// JSON line `{"file": …, "diagnostics": [{"severity", "code", "path", "message", "hint"}]}`.
    public static func print(_ diagnostics: [Diagnostic], file: String, format: DiagnosticFormat = .text, to fd: Int32 = 2) {
        switch format {
        case .text:
            for d in diagnostics {
                var line = "\(file):\(d.path): \(d.severity.rawValue)[\(d.code)]: \(d.message)\n"
                if let hint = d.hint { line += "  hint: \(hint)\n" }
                _ = writeAll(fd, Array(line.utf8))
            }
        case .json:
            _ = writeAll(fd, Array(json(diagnostics, file: file).utf8))
        }
    }

    /// One JSON line for a file's diagnostics.
    public static func json(_ diagnostics: [Diagnostic], file: String) -> String {
        DiagnosticReport.line(diagnostics, file: file)
    }

    public static func fail(_ error: CLIError) -> ExitCode {
        writeStandardError("vanban: error: \(error.message)\n" + (error.hint.map { "  hint: \($0)\n" } ?? ""))
        return ExitCode(2)
    }

    /// Writes text to standard error (file descriptor 2).
    public static func writeStandardError(_ text: String) {
        _ = writeAll(2, Array(text.utf8))
    }

    /// Reads a file, or standard input for `-`.
    public static func read(_ path: String) throws -> [UInt8] {
        let fd = path == "-" ? 0 : open(path, O_RDONLY)
        guard fd >= 0 else { throw CLIError("cannot open \(path): \(String(cString: strerror(errno)))") }
        defer { if path != "-" { close(fd) } }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw CLIError("cannot read \(path): \(String(cString: strerror(errno)))") }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// Writes every byte to `fd`, retrying short writes.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var written = 0
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                written += n
            }
            return true
        }
    }

    /// Writes `bytes` to `path` all at once: into a temporary file in the same folder, flushed,
    /// then renamed over the target, so no reader ever sees a half-written file. `-` is standard output.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            guard writeAll(1, bytes) else {
                throw CLIError("cannot write to standard output")
            }
            return
        }
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temporary = "\(dir.isEmpty ? "/" : dir)/.\(name).\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CLIError("cannot write \(path): \(String(cString: strerror(errno)))", hint: "check that the folder exists and is writable") }
        let ok = writeAll(fd, bytes) && fsync(fd) == 0
        let closed = close(fd) == 0
        guard ok, closed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError("cannot write \(path): \(reason)")
        }
    }
}
