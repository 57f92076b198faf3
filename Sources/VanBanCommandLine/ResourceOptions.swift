import ArgumentParser
import VanBan
#if canImport(Glibc)
import Glibc
#endif

/// Options shared by the subcommands that need fonts and profiles.
public struct ResourceOptions: ParsableArguments {
    /// The options as given (none: the defaults).
    public init() {}

    @Option(name: .long, help: ArgumentHelp("Folder holding fonts/ and layouts/ (default: found next to the program, or $VANBAN_RESOURCES).",
                                            valueName: "dir"))
    public var resources: String?

    @Option(name: .long, help: ArgumentHelp("Folder with the four faces to use instead of the bundled Liberation Serif (e.g. licensed Times New Roman: times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf).",
                                            valueName: "dir"))
    public var fontDir: String?

    @Option(name: .long, help: ArgumentHelp("A face for characters the document faces lack (e.g. DejaVu Sans, Noto Sans CJK); such characters are then a warning, not an error.",
                                            valueName: "font.ttf"))
    public var fallbackFont: String?

    /// Resolves the resources: `--resources`, `$VANBAN_RESOURCES`, the folders above the
    /// executable (a checkout's `.build/release/vanban`), then the usual install prefixes.
    public func locate() throws -> Resources {
        guard let root = resources ?? environment("VANBAN_RESOURCES") ?? Self.searchRoots().first(where: Self.isRoot) else {
            throw CLIError("cannot find VanBan's fonts/ and layouts/ folders",
                           hint: "pass --resources DIR (the folder of a VanBan checkout) or set VANBAN_RESOURCES")
        }
        guard Self.isRoot(root) else {
            throw CLIError("\(root) does not hold fonts/ and layouts/", hint: "point --resources at a VanBan checkout or install")
        }
        var found = Resources(root: root)
        if let fontDir {
            guard let source = FontFiles.inDirectory(fontDir, exists: Self.isFile) else {
                let names = FontFiles.knownFileNames.map { $0.joined(separator: ", ") }.joined(separator: " | ")
                throw CLIError("no complete set of four faces in \(fontDir)", hint: "the folder needs one of: \(names)")
            }
            found.fonts = source
        }
        if let fallbackFont {
            guard Self.isFile(fallbackFont) else { throw CLIError("no font file \(fallbackFont)", hint: "give the path of a .ttf or .otf file") }
            found.fonts.fallback = fallbackFont
        }
        return found
    }

    private func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    private static func isRoot(_ dir: String) -> Bool {
        isFile(dir + "/fonts/LiberationSerif-Regular.ttf") && isFile(dir + "/layouts/nd30.json")
    }

    /// Whether `path` is a regular file.
    public static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func searchRoots() -> [String] {
        var roots: [String] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            var dir = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            for _ in 0..<5 {
                guard let slash = dir.lastIndex(of: "/") else { break }
                dir = String(dir[..<slash])
                roots.append(dir.isEmpty ? "/" : dir)
                roots.append(dir + "/share/vanban")
            }
        }
        return roots + ["/usr/local/share/vanban", "/usr/share/vanban"]
    }
}
