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

    static func main() {
        ProcessSetup.prepare()
        main(nil)
    }
}
