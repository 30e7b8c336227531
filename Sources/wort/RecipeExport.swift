import ArgumentParser
import Foundation
import WortCore
import WortExport
import WortIO
import WortRecipe

struct RecipeExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a recipe as a DuckDB SQL script, a Spark SQL script or a PySpark job, for data that outgrows one machine.",
        discussion: """
            The recipe is checked against --input first (as `wort recipe check` does), so every column and type \
            is known. The program reads the same files the way `wort run` does, keeps Wort's row order, and \
            writes Snappy Parquet by default. Secrets are never written into it: SQL scripts read key files when \
            they run, the PySpark job takes --secret ID=FILE or WORT_SECRET_<ID>. A step the engines cannot do \
            exactly as Wort does (entityTypeFilter, AES-GCM-SIV, ...) stops the export with the step and the reason.

              wort recipe export recipes/combine-sis.json --to duckdb-sql --input samples/students.csv -o job.sql
              duckdb < job.sql
              wort recipe export recipes/combine-sis.json --to pyspark --input samples/students.csv -o job.py
              spark-submit job.py --input s3://bucket/students.csv --output s3://bucket/out/
            """)

    @Argument(help: "The recipe (DataBrew JSON or YAML); not with --job.")
    var recipe: String?

    @Option(help: "A recipe job file (DataBrew's CreateRecipeJob shape): its dataset, recipe version and output (format, compression, PartitionColumns, Location) shape the program.")
    var job: String?

    @Option(help: "The target: \(ExportTarget.allCases.map(\.rawValue).joined(separator: ", ")).")
    var to: String

    @Option(help: "The dataset the recipe runs on (CSV, TSV or Parquet); its columns and types shape the program.")
    var input: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the program (default: stdout).")
    var output: String?

    @Option(help: "Where the program writes the recipe's result (default: the input's name with -out.parquet, or -out/ for Spark).")
    var write: String?

    @Option(help: "The program's output format: parquet (default) or csv.")
    var format: String = "parquet"

    @Option(help: "Parquet compression of the program's output: snappy (default), zstd, gzip, none.")
    var compression: String = "snappy"

    @Option(help: "Hive-style folders by these output columns (comma-separated), as a job's PartitionColumns.")
    var partitionBy: String?

    @OptionGroup var recipeOptions: RecipeOptions
    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        guard let target = ExportTarget(rawValue: to.lowercased()) else {
            throw WortError.usage("unknown --to '\(to)'", hint: "use one of: \(ExportTarget.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let outFormat = ExportOutput.Format(rawValue: format.lowercased()) else {
            throw WortError.usage("--format must be parquet or csv, not '\(format)'")
        }
        guard ["snappy", "zstd", "gzip", "none"].contains(compression.lowercased()) else {
            throw WortError.usage("unknown --compression '\(compression)'", hint: "use snappy, zstd, gzip or none")
        }
        var recipe: String, input: String
        var jobOutput: OutputSpec? = nil
        var jobDatasets: [String: String] = [:]
        if let job {
            guard self.recipe == nil, self.input == nil else {
                throw WortError.usage("--job names the recipe and the input; give either --job or RECIPE --input")
            }
            let spec = try JobFile.load(job, datasets: [:])
            guard spec.outputs.count == 1 else {
                throw WortError.usage("the job has \(spec.outputs.count) outputs; an exported program writes one: keep one in a copy of the job")
            }
            (recipe, input, jobOutput, jobDatasets) = (spec.recipePath, spec.input, spec.outputs[0], spec.datasets)
        } else {
            guard let r = self.recipe, let i = self.input else { throw WortError.usage("give RECIPE and --input FILE (or --job JOB.json)") }
            (recipe, input) = (r, i)
        }
        let model = try RecipeFile.load(recipe)
        let options = try inputOptions.readOptions(allStrings: false)
        let environment = try recipeOptions.environment(recipePath: recipe, readOptions: options, jobDatasets: jobDatasets)
        let source: ExportSource
        do {
            source = try ExportSource.open(input, view: "wort_input", options: options)
        } catch let refusal as ExportRefusal {
            throw WortError.data(refusal.description, at: SourceLocation(file: input))
        }
        let (plan, problems) = RecipePlanner.plan(model, input: source.schema, environment: environment)
        try RecipeFile.report(problems, recipe: recipe)
        guard let plan else { return }
        var partitions = partitionBy?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } ?? []
        var format = outFormat, codec = compression.lowercased(), path = write
        if let o = jobOutput {
            // The job's output, unless the command line says otherwise.
            guard o.format == .parquet || o.format == .csv else {
                throw WortError.usage("the job writes \(o.format.rawValue); exported programs write parquet or csv")
            }
            if partitionBy == nil { partitions = o.partitionBy }
            format = o.format == .csv ? .csv : .parquet
            codec = o.codec.name
            if path == nil { path = o.path }
        }
        let stem = ((input as NSString).lastPathComponent as NSString).deletingPathExtension
        let defaultWrite = stem + "-out" + (target == .duckdbSQL && partitions.isEmpty ? "." + format.rawValue : "")
        let spec = ExportOutput(path: path ?? defaultWrite, format: format, compression: codec, partitionBy: partitions)
        let program: ExportProgram
        do {
            program = try RecipeExporter.export(recipe: model, plan: plan, recipePath: recipe, input: source,
                                                environment: environment, target: target, output: spec)
        } catch let refusal as ExportRefusal {
            throw WortError.data(refusal.description, at: SourceLocation(file: recipe))
        }
        let text = program.text
        try OutputFile.write(text, to: output ?? "-")
    }
}
