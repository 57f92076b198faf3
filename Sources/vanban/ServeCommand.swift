import VanBan
import ArgumentParser
import VanBanCommandLine
#if canImport(Glibc)
import Glibc
#endif

/// `vanban serve …` runs `vanban-serve`, found next to this program, with the same arguments (the
/// process is replaced: same PID, signals and exit status). The service is its own executable so
/// that `render`, `check` and `batch` start without loading the HTTP stack (docs/performance.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve renders and checks over HTTP (vanban serve --help for its options).")

    @Argument(parsing: .captureForPassthrough, help: "The options of vanban-serve.")
    var arguments: [String] = []

    func run() throws {
        let program = Self.besideThisProgram("vanban-serve")
        guard access(program, X_OK) == 0 else {
            // The service reads its own options; the catalogues are loaded here only to word this.
            _ = try? ResourceOptions.parse(VanBanCommand.languageArguments(arguments)).locate()
            throw CLIOutput.fail(CLIError(.cliServeMissing, ["program": .text(program)]))
        }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, argv)
        throw CLIOutput.fail(CLIError(.cliServeStart, ["program": .text(program), "reason": .text(String(cString: strerror(errno)))]))
    }

    /// `name` in the folder of the running executable.
    static func besideThisProgram(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = FilePath.folder(of: path)
        if folder == "." && !path.hasPrefix("./") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
