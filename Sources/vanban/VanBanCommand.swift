import ArgumentParser
import VanBan
import VanBanCommandLine

/// `vanban`: Vietnamese official documents from JSON to PDF.
@main
struct VanBanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vanban",
        abstract: "Render Vietnamese official documents (NĐ 30/2020, HD 36, HD 05) from JSON to PDF.",
        version: VanBanVersion.string,
        subcommands: [RenderCommand.self, CheckCommand.self, BatchCommand.self, FontsCommand.self, ServeCommand.self])

    /// Usage errors exit with status 2, as the README says (ArgumentParser's default is 64).
    static func main() {
        ProcessSetup.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                CLIOutput.writeStandardError(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
