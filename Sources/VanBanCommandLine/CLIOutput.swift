import ArgumentParser
import Synchronization
import VanBanModel
#if canImport(Glibc)
import Glibc
#endif

/// A failure of the command line itself (files, options), printed like a diagnostic in the
/// reader's language.
public struct CLIError: Error, CustomStringConvertible {
    /// What went wrong, as the catalogue words it.
    public var key: MessageKey
    /// The values of the message.
    public var arguments: [String: MessageArgument]
    /// An error worded by `key`.
    public init(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }
    public var description: String { CLIOutput.word(Diagnostic(.error, key, path: "", arguments)).message }
}

/// How diagnostics are printed: for people, or for programs.
public enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// What the `vanban` programs print and write: diagnostics, errors, files (atomically), all in
/// the reader's language (`--lang`, `VANBAN_LANG`, the locale: docs/messages.md).
public enum CLIOutput {
    private static let state = Mutex<(language: Language, catalogues: MessageCatalogues?)>((.en, nil))

    /// The language of what the programs print.
    public static var language: Language { state.withLock { $0.language } }

    /// Prints in `language` from now on, with the catalogues of the resources once they are found.
    public static func use(_ language: Language, catalogues: MessageCatalogues? = nil) {
        state.withLock { state in
            state.language = language
            if let catalogues { state.catalogues = catalogues }
        }
    }

    /// `diagnostic` worded in the current language (a catalogue that cannot be read leaves the
    /// few messages about that in the program itself: `Bootstrap`).
    public static func word(_ diagnostic: Diagnostic) -> Diagnostic {
        let (language, catalogues) = state.withLock { ($0.language, $0.catalogues) }
        guard let catalogues else { return Bootstrap.word(diagnostic, in: language) }
        return catalogues[language].word(diagnostic, for: .commandLine)
    }

    /// A text of the catalogue in the current language (summaries, labels).
    public static func text(_ key: MessageKey, _ arguments: [String: MessageArgument] = [:]) -> String {
        let (language, catalogues) = state.withLock { ($0.language, $0.catalogues) }
        guard let catalogues else { return Bootstrap.word(Diagnostic(.note, key, path: "", arguments), in: language).message }
        return catalogues[language].text(key, arguments)
    }

    /// Prints diagnostics like a compiler: `doc.json:/body/3: error[CODE]: message`, or as one
    /// JSON line `{"file": …, "lang": …, "diagnostics": [{"severity", "code", "path", "message", "hint"}]}`.
    /// `fix` gives a finding's certain correction for the JSON form (`check`).
    public static func print(_ diagnostics: [Diagnostic], file: String, format: DiagnosticFormat = .text, to fd: Int32 = 2,
                             fix: (Diagnostic) -> JSONValue? = { _ in nil }) {
        let worded = diagnostics.map { $0.message.isEmpty ? word($0) : $0 }
        switch format {
        case .text:
            for d in worded { _ = writeAll(fd, Array(line(d, place: place(file, d.path)).utf8)) }
        case .json:
            _ = writeAll(fd, Array(DiagnosticReport.line(worded, file: file, language: language, fix: fix).utf8))
        }
    }

    /// `file:/pointer`, or the file alone for a finding about the whole document.
    public static func place(_ file: String, _ path: String) -> String { path.isEmpty ? file : "\(file):\(path)" }

    /// `place: severity[CODE]: message` and the hint's line, in the current language.
    public static func line(_ d: Diagnostic, place: String) -> String {
        var text = self.text(.textDiagnosticLine, ["place": .text(place), "severity": .term(d.severity.term), "code": .text(d.code.rawValue),
                                                   "message": .text(d.message)]) + "\n"
        if let hint = d.hint { text += self.text(.textHintLine, ["hint": .text(hint)]) + "\n" }
        return text
    }

    /// Prints a CLI error (`vanban: error: …`) and gives the usage exit status, 2.
    public static func fail(_ error: CLIError) -> ExitCode {
        let worded = word(Diagnostic(.error, error.key, path: "", error.arguments))
        var text = self.text(.textCliError, ["message": .text(worded.message)]) + "\n"
        if let hint = worded.hint { text += self.text(.textHintLine, ["hint": .text(hint)]) + "\n" }
        writeStandardError(text)
        return ExitCode(2)
    }

    /// Set once standard error is gone (a closed pipe): nothing more is written to it.
    private static let standardErrorClosed = Atomic<Bool>(false)

    /// Writes text to standard error (file descriptor 2); after a write fails (the reader of a
    /// pipe went away) nothing more is printed, and the work goes on.
    public static func writeStandardError(_ text: String) {
        guard !standardErrorClosed.load(ordering: .relaxed) else { return }
        if !writeAll(2, Array(text.utf8)) { standardErrorClosed.store(true, ordering: .relaxed) }
    }

    /// Reads a file, or standard input for `-`: at most `limit + 1` bytes, so input over a limit
    /// is refused after reading one byte past it, never after reading all of it (`/dev/zero`).
    public static func read(_ path: String, limit: Int = .max - 1) throws -> [UInt8] {
        let fd = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError(.cliOpen, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
        defer { if path != "-" { close(fd) } }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { throw CLIError(.cliIsFolder, ["path": .text(path)]) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw CLIError(.cliRead, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<min(n, limit + 1 - bytes.count)])
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
    /// then renamed over the target, so no reader ever sees a half-written file. `-` is standard
    /// output; a symbolic link is followed (the file it points to is replaced, the link kept); a
    /// character device or a pipe (`/dev/null`, a FIFO) is written in place, never replaced.
    /// `removingStale`: first remove the temporary files of this name that killed processes left
    /// (one folder scan: for a single output, not for each file of a batch).
    public static func writeAtomically(_ bytes: [UInt8], to path: String, removingStale: Bool = false) throws {
        if path == "-" {
            guard writeAll(1, bytes) else {
                throw CLIError(.cliStdout)
            }
            return
        }
        switch try OutputTarget.resolve(path) {
        case .inPlace(let target): try writeInPlace(bytes, to: target, named: path)
        case .file(let target): try replace(target, with: bytes, named: path, removingStale: removingStale)
        }
    }

    /// Writes into an existing device or pipe.
    private static func writeInPlace(_ bytes: [UInt8], to target: String, named path: String) throws {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError(.cliWrite, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
        let ok = writeAll(fd, bytes)
        let reason = String(cString: strerror(errno))
        guard close(fd) == 0 || errno == EINVAL, ok else { throw CLIError(.cliWrite, ["path": .text(path), "reason": .text(reason)]) }
    }

    /// Temporary file, flush, rename: the target is whole or untouched.
    private static func replace(_ target: String, with bytes: [UInt8], named path: String, removingStale: Bool) throws {
        let folder = FilePath.folder(of: target), name = FilePath.lastComponent(target)
        if removingStale { TemporaryFiles.removeStale(in: folder, named: name) }
        let temporary = "\(folder)/\(TemporaryFiles.name(for: name))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CLIError(.cliWriteCreate, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
        let ok = writeAll(fd, bytes) && fsync(fd) == 0
        let closed = close(fd) == 0
        guard ok, closed, rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CLIError(.cliWrite, ["path": .text(path), "reason": .text(reason)])
        }
    }
}
