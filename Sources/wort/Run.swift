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
            problem is listed at once. Outputs appear only when complete (temp file, then
            rename): a failed or interrupted run leaves old outputs intact. Progress goes to
            stderr, then a summary of rows in and out per step.
            A job file (--job) names the dataset, the recipe (and version) and the outputs, as
            a DataBrew recipe job does; see README.
            """)

    @Argument(help: "The recipe (DataBrew JSON or YAML).")
    var recipe: String?

    @Option(help: "The dataset to run the recipe on.")
    var input: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the result (- for stdout; a folder with --partition-by).")
    var output: String?

    @Option(help: "A recipe job file (JSON, DataBrew's CreateRecipeJob shape) instead of RECIPE --input -o.")
    var job: String?

    @Option(help: "Output format when the extension does not say: csv, tsv, json, jsonl, parquet.")
    var format: String?

    @Option(help: "Parquet compression: snappy (default), zstd, gzip, none.")
    var compression: String?

    @Option(help: "Write one folder per value of these columns (comma-separated), Hive style: OUT/col=value/part-00000.parquet.")
    var partitionBy: String?

    @Flag(help: "Replace the output if it exists (DataBrew's Overwrite).")
    var overwrite = false

    @Flag(help: "No summary on stderr.")
    var quiet = false

    @OptionGroup var recipeOptions: RecipeOptions
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        if let job {
            guard recipe == nil, input == nil, output == nil else {
                throw WortError.usage("--job names the recipe, input and outputs; give either --job or RECIPE --input -o")
            }
            var extra = [String: String]()
            for d in recipeOptions.datasets { if let eq = d.lastIndex(of: "=") { extra[String(d[..<eq])] = String(d[d.index(after: eq)...]) } }
            let spec = try JobFile.load(job, datasets: extra)
            try execute(recipePath: spec.recipePath, input: spec.input, outputs: spec.outputs, jobDatasets: spec.datasets)
            return
        }
        guard let recipe, let input, let output else {
            throw WortError.usage("give RECIPE, --input FILE and -o OUT (or --job JOB.json)")
        }
        var outOverride: TableFormat?
        if let format {
            guard let f = TableFormat(name: format) else { throw WortError.usage("unknown --format '\(format)'", hint: "use one of: \(TableFormat.names)") }
            outOverride = f
        }
        let partitions = partitionBy?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } ?? []
        // A partitioned output is a folder: Parquet unless told or the name says otherwise.
        let outFormat = !partitions.isEmpty && outOverride == nil && TableFormat(path: output) == nil
            ? .parquet : try TableFiles.format(of: output, override: outOverride)
        if compression != nil && outFormat != .parquet {
            throw WortError.usage("--compression applies to Parquet output; '\(output)' is written as \(outFormat.rawValue)")
        }
        guard let codec = ParquetCodec(name: compression ?? "snappy"), ParquetCodec.writable.contains(codec) else {
            throw WortError.usage("unknown --compression '\(compression ?? "")'", hint: "use snappy, zstd, gzip or none")
        }
        if !partitions.isEmpty && output == "-" { throw WortError.usage("--partition-by writes a folder; give -o DIR") }
        let spec = OutputSpec(path: output, format: outFormat, codec: codec, partitionBy: partitions, overwrite: overwrite)
        try execute(recipePath: recipe, input: input, outputs: [spec])
    }

    private func execute(recipePath: String, input: String, outputs: [OutputSpec], jobDatasets: [String: String] = [:]) throws {
        for o in outputs { try o.checkTarget() }
        let recipeModel = try RecipeFile.load(recipePath)
        var options = try inputOptions.readOptions(allStrings: false)
        options.keepInvalidAsText = outputs.contains { $0.format == .parquet }
        // Inputs and second datasets read in one pass each; a wrong type guess runs it again.
        try OnePassTypedRead.run(options) { options in
            try execute(recipe: recipeModel, recipePath: recipePath, input: input, outputs: outputs, options: options, jobDatasets: jobDatasets)
        }
    }

    private func execute(recipe recipeModel: Recipe, recipePath: String, input: String, outputs: [OutputSpec],
                         options: ReadOptions, jobDatasets: [String: String]) throws {
        let environment = try recipeOptions.environment(recipePath: recipePath, readOptions: options, jobDatasets: jobDatasets)

        let progress = ProgressBar("run")
        defer { progress.finish() }
        let reader = try TableFiles.openReader(input, format: try inputOptions.format(), options: options) {
            progress.update(done: $0 / 2, total: $1)  // only when types are inferred over the whole file first
        }
        let (plan, problems) = RecipePlanner.plan(recipeModel, input: reader.schema, environment: environment)
        progress.finish()
        try RecipeFile.report(problems, recipe: recipePath)
        guard let plan else { return }

        var opened: [OpenOutput] = []
        let summary: RunSummary
        do {
            for o in outputs { opened.append(try o.open(schema: plan.outputSchema)) }
            let writer: BatchWriter = opened.count == 1 ? opened[0].writer : TeeWriter(opened.map(\.writer))
            summary = try RecipeRunner.run(plan, reader: reader, writer: writer) {
                let p = reader.progress
                progress.update(done: p.done, total: p.total)
            }
            for o in opened { try o.commit() }
        } catch {
            for o in opened { o.discard() }
            throw error
        }
        progress.finish()
        if !quiet {
            FileHandle.standardError.write(Data(RunReport.text(summary, output: outputs.map(\.path).joined(separator: ", ")).utf8))
        }
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
