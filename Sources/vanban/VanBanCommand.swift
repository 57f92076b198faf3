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
        subcommands: [RenderCommand.self, CheckCommand.self, BatchCommand.self, MergeCommand.self, FontsCommand.self, ServeCommand.self])

    /// Usage errors exit with status 2, as the README says (ArgumentParser's default is 64).
    static func main() {
        ProcessSetup.prepare()
        if let problem = unknownCommand(CommandLine.arguments.dropFirst().first) {
            // Messages in the reader's language (`--lang` if given) when the resources are where they usually are.
            _ = try? ResourceOptions.parse(languageArguments(CommandLine.arguments)).locate()
            exit(withError: CLIOutput.fail(problem))
        }
        let arguments = Array(CommandLine.arguments.dropFirst())
        let chosen = chosenCommand(arguments)
        do {
            // `render` in its plain spellings skips ArgumentParser (QuickRenderArguments).
            let quick: ParsableCommand? = chosen == RenderCommand.self ? QuickRenderArguments.parse(Array(arguments.dropFirst())) : nil
            var command = try quick ?? chosen.map { try $0.parse(Array(arguments.dropFirst())) } ?? parseAsRoot()
            try command.run()
        } catch {
            let type = chosen ?? self
            if type.exitCode(for: error) == .validationFailure {
                CLIOutput.writeStandardError(type.fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            type.exit(withError: error)
        }
    }

    /// The subcommand named first, whose options alone are then parsed (`vanban render …` never
    /// looks at the other commands: a cold render spends its time on the document,
    /// docs/performance.md); nil for help, the version and anything unusual, which go through
    /// the whole tree.
    static func chosenCommand(_ arguments: [String]) -> ParsableCommand.Type? {
        let asksForHelp = arguments.contains { ["-h", "--help", "-help", "--version", "--experimental-dump-help"].contains($0) }
        guard let name = arguments.first, !asksForHelp else { return nil }
        return configuration.subcommands.first { $0.configuration.commandName == name }
    }

    /// `--lang X` (or `--lang=X`) among `arguments`, for wording a problem found before parsing.
    static func languageArguments(_ arguments: [String]) -> [String] {
        for (i, argument) in arguments.enumerated() {
            if argument.hasPrefix("--lang=") { return [argument] }
            if argument == "--lang", i + 1 < arguments.count { return ["--lang", arguments[i + 1]] }
        }
        return []
    }

    /// A first argument that is neither an option nor a command: a typo like `vanban rendr`,
    /// answered with the closest command.
    static func unknownCommand(_ first: String?) -> CLIError? {
        guard let first, !first.hasPrefix("-") else { return nil }
        let commands = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !commands.contains(first) else { return nil }
        let arguments: [String: MessageArgument] = ["command": .text(first), "commands": .texts(commands.dropLast())]
        let closest = commands.map { ($0, editDistance($0, first.lowercased())) }.min { $0.1 < $1.1 }
        guard let closest, closest.1 <= 2 else { return CLIError(.cliUnknownCommand, arguments) }
        return CLIError(.cliUnknownCommandClose, arguments.merging(["suggestion": .text(closest.0)]) { $1 })
    }
}
