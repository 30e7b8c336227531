import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortRecipe

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a DataBrew recipe on a file as a job, writing the result.",
        discussion: """
            The recipe is checked against the input's schema before any data is read; every
            problem is listed at once. The output appears only when complete (temp file, then
            rename): a failed or interrupted run leaves the old output intact. Progress goes to
            stderr, then a summary of rows in and out per step.
            """)

    @Argument(help: "The recipe (DataBrew JSON).")
    var recipe: String

    @Option(help: "The dataset to run the recipe on.")
    var input: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the result (- for stdout).")
    var output: String

    @Option(help: "Output format when the extension does not say: csv, tsv, json, jsonl, parquet.")
    var format: String?

    @Option(help: "Parquet compression: snappy (default), zstd, gzip, none.")
    var compression: String?

    @Flag(help: "Replace the output if it exists (DataBrew's Overwrite).")
    var overwrite = false

    @Flag(help: "No summary on stderr.")
    var quiet = false

    @OptionGroup var recipeOptions: RecipeOptions
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        var outOverride: TableFormat?
        if let format {
            guard let f = TableFormat(name: format) else { throw WortError.usage("unknown --format '\(format)'", hint: "use one of: \(TableFormat.names)") }
            outOverride = f
        }
        let outFormat = try TableFiles.format(of: output, override: outOverride)
        if compression != nil && outFormat != .parquet {
            throw WortError.usage("--compression applies to Parquet output; '\(output)' is written as \(outFormat.rawValue)")
        }
        guard let codec = ParquetCodec(name: compression ?? "snappy"), ParquetCodec.writable.contains(codec) else {
            throw WortError.usage("unknown --compression '\(compression ?? "")'", hint: "use snappy, zstd, gzip or none")
        }
        if output != "-", !overwrite, FileManager.default.fileExists(atPath: output), RegularFile.exists(output) {
            throw WortError.usage("'\(output)' exists", hint: "pass --overwrite to replace it")
        }

        let recipeModel = try RecipeFile.load(recipe)
        var options = try inputOptions.readOptions(allStrings: false)
        options.keepInvalidAsText = outFormat == .parquet
        let environment = try recipeOptions.environment(recipePath: recipe, readOptions: options)

        let progress = ProgressBar("run")
        defer { progress.finish() }
        let reader = try TableFiles.openReader(input, format: try inputOptions.format(), options: options) {
            progress.update(done: $0 / 2, total: $1)
        }
        let (plan, problems) = RecipePlanner.plan(recipeModel, input: reader.schema, environment: environment)
        progress.finish()
        try RecipeFile.report(problems, recipe: recipe)
        guard let plan else { return }

        let out = try OutputFile(path: output)
        let summary: RunSummary
        do {
            var writeOptions = WriteOptions()
            writeOptions.parquet.codec = codec
            let writer = try TableFiles.openWriter(out, format: outFormat, options: writeOptions)
            summary = try RecipeRunner.run(plan, reader: reader, writer: writer) {
                let p = reader.progress
                progress.update(done: p.done, total: p.total)
            }
            try out.commit()
        } catch {
            out.discard()
            throw error
        }
        progress.finish()
        if !quiet { FileHandle.standardError.write(Data(RunReport.text(summary, output: output).utf8)) }
    }
}

/// The summary a run prints on stderr.
enum RunReport {
    static func text(_ s: RunSummary, output: String) -> String {
        var rows: [[String]] = []
        for step in s.steps {
            rows.append(["\(step.number)", step.operation, count(step.rowsIn), count(step.rowsOut), String(format: "%.2fs", step.seconds)])
        }
        var out = TextTable(headers: ["step", "operation", "rows in", "rows out", "time"], rows: rows, rightAligned: [0, 2, 3, 4]).render()
        out += "read \(count(s.rowsRead)) rows, wrote \(count(s.rowsWritten)) rows to \(output) in \(String(format: "%.2f", s.seconds)) s\n"
        return out
    }

    static func count(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }
}

/// Only a regular file counts as an existing output to protect; /dev/null and pipes do not.
enum RegularFile {
    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
