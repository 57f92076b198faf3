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

    @Option(name: .long, help: ArgumentHelp("Language of messages: vi or en (default: $VANBAN_LANG, else the locale, else en).", valueName: "vi|en"))
    public var lang: String?

    /// Resolves the resources: `--resources`, `$VANBAN_RESOURCES`, the folders above the
    /// executable (a checkout's `.build/release/vanban`), then the usual install prefixes.
    /// Also makes the programs speak the chosen language (`--lang`, else the environment) with
    /// the catalogues of the resources found.
    public func locate() throws -> Resources {
        CLIOutput.use(language)
        guard let root = resources ?? environment("VANBAN_RESOURCES") ?? Self.searchRoots().first(where: Self.isRoot) else {
            throw CLIError(.cliResourcesNotFound)
        }
        guard Self.isRoot(root) else { throw CLIError(.cliResourcesIncomplete, ["root": .text(root)]) }
        var found = Resources(root: root)
        do {
            let catalogues = try MessageCatalogues(directory: found.messagesDirectory)
            try catalogues.prepare([language])
            CLIOutput.use(language, catalogues: catalogues)
        } catch {
            throw CLIError(error.diagnostics.first?.key ?? .resourcesMessages, error.diagnostics.first?.arguments ?? [:])
        }
        // Checked once the catalogues can word the error (in the environment's language).
        if let lang, Language(tag: lang) == nil {
            throw CLIError(.optionLang, ["value": .text(lang), "languages": .texts(Language.allCases.map(\.rawValue))])
        }
        if let fontDir {
            guard let source = FontFiles.inDirectory(fontDir, exists: Self.isFile) else {
                throw CLIError(.cliFontDir, ["folder": .text(fontDir), "names": .text(FontFiles.knownFileNames.map { $0.joined(separator: ", ") }.joined(separator: " | "))])
            }
            found.fonts = source
        }
        if let fallbackFont {
            guard Self.isFile(fallbackFont) else { throw CLIError(.cliFallbackFont, ["file": .text(fallbackFont)]) }
            found.fonts.fallback = fallbackFont
        }
        return found
    }

    /// The language of messages: `--lang`, else `VANBAN_LANG`, else the locale, else English.
    public var language: Language {
        lang.flatMap(Language.init(tag:)) ?? Language.fromEnvironment { environment($0) }
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
