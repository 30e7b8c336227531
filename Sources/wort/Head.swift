import ArgumentParser
import WortCore
import WortIO

struct Head: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the first rows of a file as an aligned table.",
        discussion: "Values are shown as they are written in the file; nulls of typed files show as ∅.")

    @Argument(help: "The file to read (- for stdin).")
    var file: String

    @Option(name: .short, help: "Number of rows.")
    var n = 10

    @Option(help: "Widest a column may be, in terminal columns.")
    var maxWidth = 40

    @OptionGroup var input: InputOptions

    func run() throws {
        guard n >= 0 else { throw WortError.usage("-n must be 0 or more") }
        // Only the first rows are read: no inference pass over the whole file.
        var options = try input.readOptions(allStrings: true)
        options.batchRows = max(1, n)
        options.rowLimit = n
        let reader = try TableFiles.openReader(file, format: try input.format(), options: options)
        var rows: [[String]] = []
        while rows.count < n, let batch = try reader.nextBatch() {
            for r in 0..<batch.rowCount where rows.count < n {
                rows.append(batch.columns.map { $0.text(at: r) ?? "∅" })
            }
        }
        var table = TextTable(headers: reader.schema.names, rows: rows)
        table.maxColumnWidth = max(3, maxWidth)
        print(table.render(), terminator: "")
    }
}
