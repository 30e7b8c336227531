import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortProfile

struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Profile a dataset: column statistics, duplicates, correlations, sensitive data.",
        discussion: """
            Statistics follow AWS Glue DataBrew's profile (same JSON keys), over the whole
            file unless --sample. Exact where cheap; a column with too many distinct values
            to keep switches to named sketches (HyperLogLog, KLL, Misra-Gries) whose error
            the report states. Values of columns flagged sensitive are masked in every report.
            Output: a summary on the terminal, or JSON, HTML or Markdown (-o report.html).
            """)

    @Argument(help: "The file to profile (- for stdin).")
    var file: String

    @Option(name: [.short, .long], help: "Write the report here (.json, .html, .md; - for stdout).")
    var output: String?

    @Option(help: "Report format: json, html, md or text (default: from -o's extension, else text).")
    var format: String?

    @Option(help: "Comma-separated columns to profile (default: all).")
    var columns: String?

    @Option(help: "Sensitive-data entity types to look for, comma-separated (default: all).")
    var entities: String?

    @Option(help: "Share of a column's non-null values that must match an entity type to flag it.")
    var threshold = 0.8

    @Option(help: "Profile only N rows: the first N, or N random rows with --seed.")
    var sample: Int?

    @Option(help: "Seed for a random --sample (the same seed gives the same rows).")
    var seed: UInt64?

    @OptionGroup var inputOptions: InputOptions

    enum ReportFormat: String { case json, html, md, text }

    func reportFormat() throws -> ReportFormat {
        if let format {
            guard let f = ReportFormat(rawValue: format.lowercased() == "markdown" ? "md" : format.lowercased()) else {
                throw WortError.usage("unknown --format '\(format)'", hint: "use json, html, md or text")
            }
            return f
        }
        guard let output, output != "-" else { return .text }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "json": return .json
        case "html", "htm": return .html
        case "md", "markdown": return .md
        case "txt", "text": return .text
        default:
            throw WortError.usage("cannot tell the report format of '\(output)' from its extension",
                                  hint: "name it .json, .html or .md, or pass --format")
        }
    }

    func run() throws {
        let report = try reportFormat()
        guard (0...1).contains(threshold) else { throw WortError.usage("--threshold must be between 0 and 1, not \(threshold)") }
        if let sample, sample < 1 { throw WortError.usage("--sample must be 1 or more") }
        if seed != nil && sample == nil { throw WortError.usage("--seed applies to a random --sample N") }

        let inFormat = try TableFiles.inputFormat(of: file, override: try inputOptions.format())
        // Delimited text is read as text: types are inferred in the profile's own pass,
        // so the file is read once. Other formats bring their types.
        let typed = ![.csv, .tsv].contains(inFormat)
        let readOptions = try inputOptions.readOptions(allStrings: !typed)
        var options = ProfileOptions()
        options.columns = columns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if let entities { options.entities = try EntitySelection(parsing: entities) }
        options.entityThreshold = threshold
        options.nullTokens = try inputOptions.readOptions(allStrings: false).nullTokens
        options.sampleRows = sample
        options.sampleSeed = seed

        let progress = ProgressBar("profile")
        defer { progress.finish() }
        let reader = try TableFiles.openReader(file, format: inFormat, options: readOptions)
        let profile = try Profiler(options: options).run(reader, source: file == "-" ? "<stdin>" : file, typed: typed) {
            progress.update(done: $0, total: $1)
        }
        progress.finish()

        let text: String
        switch report {
        case .json: text = JSONReport.render(profile)
        case .html: text = HTMLReport.render(profile)
        case .md: text = MarkdownReport.render(profile)
        case .text: text = TextReport.render(profile, width: TerminalWidth.columns())
        }
        try OutputFile.write(text, to: output ?? "-")
    }
}
