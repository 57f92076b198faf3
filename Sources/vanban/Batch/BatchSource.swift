import VanBan
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// One document of a batch, as read: where it came from and its JSON.
struct BatchItem: Sendable {
    /// 1-based position in the whole batch (input order).
    var index: Int
    /// The file it came from (`-` for standard input).
    var input: String
    /// The line, for JSON Lines inputs.
    var line: Int?
    /// The document's JSON.
    var bytes: [UInt8]
    /// The folder its image paths are relative to.
    var baseDirectory: String
    /// The output name without `.pdf` when no template is given: the file's name (its path under
    /// a folder input), or `<file>-<line>` for JSON Lines.
    var defaultName: String
    /// Why the input could not be read (the item then fails without rendering).
    var problem: String?
    /// Why the document could not be made (a merge row with an empty cell: docs/merge.md); the
    /// item then fails with these diagnostics, without rendering.
    var refusal: [Diagnostic] = []

    /// How diagnostics name it: `doc.json`, `register.jsonl:42`.
    var label: String { line.map { "\(input):\($0)" } ?? input }
}

/// The inputs of `vanban batch`, read one document at a time and in a fixed order: arguments in
/// the order given; a folder's `*.json` files recursively, sorted by path (hidden entries
/// skipped); a `.jsonl`/`.ndjson` file or `-` line by line (blank lines skipped, numbering kept).
struct BatchSource {
    enum Input {
        case file(String)
        case folder(String)
        case jsonLines(String)
        case standardInput
    }

    let inputs: [Input]
    /// The largest document read whole; a longer file or line is read to one byte past it (the
    /// render then refuses it as too large) and the rest skipped.
    var limit = Int.max - 1

    /// Classifies the command-line inputs; a missing path is a usage error.
    init(arguments: [String]) throws {
        var inputs: [Input] = []
        for argument in arguments {
            if argument == "-" { inputs.append(.standardInput); continue }
            var info = stat()
            guard stat(argument, &info) == 0 else {
                throw CLIError(.cliOpen, ["path": .text(argument), "reason": .text(String(cString: strerror(errno)))])
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                inputs.append(.folder(argument.count > 1 && argument.hasSuffix("/") ? String(argument.dropLast()) : argument))
            } else if Self.isJSONLines(argument) {
                inputs.append(.jsonLines(argument))
            } else {
                inputs.append(.file(argument))
            }
        }
        self.inputs = inputs
    }

    static func isJSONLines(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    /// How many documents there are, when that can be known before reading them (not for
    /// standard input): files are listed and JSON Lines files scanned for non-blank lines.
    func count() -> Int? {
        var total = 0
        for input in inputs {
            switch input {
            case .file: total += 1
            case .folder(let folder): total += Self.jsonFiles(in: folder).count
            case .jsonLines(let path): total += (try? LineReader(path: path, limit: limit).countNonBlank()) ?? 0
            case .standardInput: return nil
            }
        }
        return total
    }

    /// Calls `body` with every document in order; stops early when it returns false. An input
    /// that cannot be read becomes an item with its `problem`, and the rest goes on.
    func forEach(_ body: (BatchItem) -> Bool) {
        var index = 0
        func next(_ input: String, line: Int?, bytes: [UInt8], base: String, name: String, problem: String? = nil) -> Bool {
            index += 1
            return body(BatchItem(index: index, input: input, line: line, bytes: bytes, baseDirectory: base, defaultName: name,
                                  problem: problem))
        }
        func failure(_ input: String, _ problem: String) -> Bool {
            next(input, line: nil, bytes: [], base: ".", name: Self.stem(FilePath.lastComponent(input)), problem: problem)
        }
        /// One document per non-blank line; false when `body` asked to stop.
        func lines(_ reader: LineReader, input: String, stem: String, base: String) throws -> Bool {
            var stopped = false
            try reader.forEachLine { number, line in
                guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return true }
                let padded = String.zeroPadded(number, width: 6)
                stopped = !next(input, line: number, bytes: line, base: base, name: "\(stem)-\(padded)")
                return !stopped
            }
            return !stopped
        }
        for input in inputs {
            switch input {
            case .file(let path):
                let bytes: [UInt8]
                do { bytes = try CLIOutput.read(path, limit: limit) } catch {
                    guard failure(path, "\(error)") else { return }
                    continue
                }
                guard next(path, line: nil, bytes: bytes, base: FilePath.folder(of: path), name: Self.stem(FilePath.lastComponent(path))) else { return }
            case .folder(let folder):
                for relative in Self.jsonFiles(in: folder) {
                    let path = folder + "/" + relative
                    let bytes: [UInt8]
                    do { bytes = try CLIOutput.read(path, limit: limit) } catch {
                        guard failure(path, "\(error)") else { return }
                        continue
                    }
                    guard next(path, line: nil, bytes: bytes, base: FilePath.folder(of: path), name: Self.stem(relative)) else { return }
                }
            case .jsonLines(let path):
                do {
                    guard try lines(LineReader(path: path, limit: limit), input: path, stem: Self.stem(FilePath.lastComponent(path)), base: FilePath.folder(of: path)) else { return }
                } catch {
                    guard failure(path, "\(error)") else { return }
                }
            case .standardInput:
                do {
                    guard try lines(LineReader(descriptor: 0, limit: limit), input: "-", stem: "stdin", base: ".") else { return }
                } catch {
                    guard failure("-", "\(error)") else { return }
                }
            }
        }
    }

    // MARK: - Paths

    /// `*.json` files under `folder`, relative to it, sorted by their bytes; hidden entries,
    /// symbolic links to folders and `*.boxes.json` (what `--boxes` writes) are skipped.
    static func jsonFiles(in folder: String) -> [String] {
        var found: [String] = []
        func walk(_ relative: String) {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let dir = opendir(path) else { return }
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if !name.hasPrefix(".") { names.append(name) }
            }
            closedir(dir)
            for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(folder + "/" + child, &info) == 0 else { continue }
                let kind = info.st_mode & S_IFMT
                if kind == S_IFDIR {
                    walk(child)
                } else if (kind == S_IFREG || kind == S_IFLNK), name.lowercased().hasSuffix(".json"),
                          !name.lowercased().hasSuffix(".boxes.json") {  // VanBan's own box files
                    found.append(child)
                }
            }
        }
        walk("")
        return found
    }

    /// The path without its last extension (`sub/a.json` → `sub/a`).
    static func stem(_ path: String) -> String {
        let name = FilePath.lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
    }
}

/// Reads a file or descriptor line by line in 64 KB chunks (a JSON Lines register may be far
/// larger than memory should hold).
final class LineReader {
    private let descriptor: Int32
    private let owned: Bool
    private let name: String

    /// A line keeps at most `limit + 1` bytes (one more says it was too long).
    private let limit: Int

    init(path: String, limit: Int = .max - 1) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CLIError(.cliOpen, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
        descriptor = fd
        owned = true
        name = path
        self.limit = limit
    }

    init(descriptor: Int32, limit: Int = .max - 1) {
        self.descriptor = descriptor
        owned = false
        name = "-"
        self.limit = limit
    }

    deinit { if owned { close(descriptor) } }

    /// Calls `body` with each line (without its end) and its 1-based number; stops when it returns false.
    func forEachLine(_ body: (Int, [UInt8]) -> Bool) throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        var pending: [UInt8] = []
        var number = 0
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw CLIError(.cliRead, ["path": .text(name), "reason": .text(String(cString: strerror(errno)))]) }
            if n == 0 { break }
            var start = 0
            // Memory per line is bounded: past the limit the rest of the line is skipped.
            func keep(_ range: Range<Int>) {
                let room = max(0, limit + 1 - pending.count)
                pending.append(contentsOf: chunk[range.lowerBound..<min(range.upperBound, range.lowerBound + room)])
            }
            for i in 0..<n where chunk[i] == 0x0A {
                keep(start..<i)
                number += 1
                guard body(number, pending) else { return }
                pending.removeAll(keepingCapacity: pending.capacity <= 1 << 20)
                start = i + 1
            }
            keep(start..<n)
        }
        if !pending.isEmpty {
            number += 1
            _ = body(number, pending)
        }
    }

    /// Lines with something other than white space.
    func countNonBlank() throws -> Int {
        var count = 0
        try forEachLine { _, line in
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { count += 1 }
            return true
        }
        return count
    }
}
