#if canImport(Glibc)
import Glibc
#endif

/// Where an output path really leads, so that writing it never replaces what it should not:
/// a symbolic link is followed to the file it names; a character device or a pipe is written in
/// place (`-o /dev/null` must not replace the system's `/dev/null` with a file); a folder or a
/// block device is refused.
enum OutputTarget {
    /// A regular file (or none yet): written atomically at this path.
    case file(String)
    /// A device or a pipe: written in place.
    case inPlace(String)

    /// Symbolic links followed at most this many times (as the kernel's ELOOP).
    static let maxLinks = 40

    static func resolve(_ path: String) throws -> OutputTarget {
        var current = path
        for _ in 0..<maxLinks {
            var info = stat()
            guard lstat(current, &info) == 0 else {
                guard errno == ENOENT else { throw CLIError(.cliWrite, ["path": .text(path), "reason": .text(String(cString: strerror(errno)))]) }
                return .file(current)
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file(current)
            case S_IFLNK: current = try linkTarget(current)
            case S_IFCHR, S_IFIFO: return .inPlace(current)
            case S_IFDIR: throw CLIError(.cliWriteFolder, ["path": .text(path)])
            default:
                throw CLIError(.cliWriteDevice, ["path": .text(path)])
            }
        }
        throw CLIError(.cliWriteLinks, ["path": .text(path)])
    }

    /// The path a symbolic link points to, relative targets taken from the link's folder.
    private static func linkTarget(_ link: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(link, &buffer, buffer.count - 1)
        guard n > 0 else { throw CLIError(.cliLink, ["path": .text(link), "reason": .text(String(cString: strerror(errno)))]) }
        let target = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard !target.hasPrefix("/"), let slash = link.lastIndex(of: "/") else { return target }
        return String(link[...slash]) + target
    }
}

/// VanBan's own temporary files: `.NAME.PID.tmp` next to the file being written. A process
/// killed while writing (kill -9, power loss) leaves one behind; the next write in that folder
/// removes those whose process is gone.
public enum TemporaryFiles {
    /// The temporary name for `name` in this process.
    static func name(for name: String) -> String { ".\(name).\(getpid()).tmp" }

    /// Removes `.NAME.PID.tmp` files of dead processes in `folder` (for one `name`, or any).
    public static func removeStale(in folder: String, named name: String? = nil) {
        guard let dir = opendir(folder) else { return }
        var stale: [String] = []
        // An output folder may hold thousands of files: each entry is tested on its bytes first
        // (`.NAME.` or `.`), and only a possible temporary file is made a String and parsed.
        let prefix = Array((name.map { ".\($0)." } ?? ".").utf8)
        while let entry = readdir(dir) {
            let candidate = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                bytes.count > prefix.count && memcmp(bytes.baseAddress!, prefix, prefix.count) == 0
            }
            guard candidate else { continue }
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard let (target, pid) = parse(entryName), name == nil || target == name else { continue }
            if pid != getpid(), kill(pid, 0) == -1, errno == ESRCH { stale.append(entryName) }
        }
        closedir(dir)
        for entry in stale {
            var info = stat()
            if lstat(folder + "/" + entry, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { unlink(folder + "/" + entry) }
        }
    }

    /// `.NAME.PID.tmp` → (NAME, PID).
    static func parse(_ entry: String) -> (String, pid_t)? {
        guard entry.hasPrefix("."), entry.hasSuffix(".tmp") else { return nil }
        let middle = entry.dropFirst().dropLast(4)
        guard let dot = middle.lastIndex(of: "."), let pid = pid_t(middle[middle.index(after: dot)...]), pid > 0 else { return nil }
        let target = middle[..<dot]
        return target.isEmpty ? nil : (String(target), pid)
    }
}

/// What every `vanban` program does first.
public enum ProcessSetup {
    /// Standard input, output and error are open (on `/dev/null` when the parent closed them), so
    /// no file the program opens can take their numbers — a report or a PDF would otherwise
    /// receive the progress lines. A closed pipe is an error to handle where it happens, never a
    /// signal that kills the process mid-batch (SIGPIPE ignored).
    public static func prepare() {
        for fd: Int32 in 0...2 where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != fd {
                dup2(opened, fd)
                close(opened)
            }
        }
        signal(SIGPIPE, SIG_IGN)
    }
}

extension TemporaryFiles {
    /// `removeStale` in `folder` and the folders below it (a batch mirrors its input folders),
    /// at most `depth` levels down.
    public static func removeStaleBelow(_ folder: String, depth: Int = 16) {
        removeStale(in: folder)
        guard depth > 0, let dir = opendir(folder) else { return }
        var children: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name.hasPrefix(".") { continue }
            var info = stat()
            if lstat(folder + "/" + name, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { children.append(folder + "/" + name) }
        }
        closedir(dir)
        for child in children { removeStaleBelow(child, depth: depth - 1) }
    }
}
