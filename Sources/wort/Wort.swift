import ArgumentParser

@main
struct Wort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wort",
        abstract: "No-code data preparation in the terminal.",
        subcommands: [])
}
