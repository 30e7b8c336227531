import ArgumentParser
import CWortMalloc
import Foundation
import WortCore

@main
struct Wort: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wort",
        abstract: "No-code data preparation in the terminal.",
        discussion: "Exit codes: 0 ok, 1 bad data or a failed read/write, 2 bad usage.",
        version: "0.1.0",
        subcommands: [Browse.self, Head.self, Schema.self, Convert.self, Profile.self, Scan.self, Run.self, RecipeCommand.self, BenchTUI.self],
        defaultSubcommand: Browse.self)

    /// Runs the command with Wort's exit codes: 0 ok, 1 data or I/O error, 2 usage error.
    static func main() {
        // Batches allocate and free blocks of a few MB all the time. By default glibc maps
        // each with mmap and unmaps it on free, so every batch pays fresh page faults and
        // zeroing (measured: about a quarter of the CPU time of a CSV convert). Keep them
        // on the heap for reuse instead.
        _ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as WortError {
            FileHandle.standardError.write(Data("wort: \(error)\n".utf8))
            Foundation.exit(error.kind == .usage ? 2 : 1)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            // Same form as Wort's own errors: "wort: message" (ArgumentParser says "Error: ").
            let text = message.hasPrefix("Error: ") ? "wort: " + message.dropFirst("Error: ".count) : message
            FileHandle.standardError.write(Data("\(text)\n".utf8))
            Foundation.exit(2)
        }
    }
}
