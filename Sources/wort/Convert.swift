import ArgumentParser
import WortCore
import WortIO

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a file between formats (CSV, TSV, JSON, JSON Lines, Parquet; Excel in).",
        discussion: """
            Formats come from the extensions, or --from/--to. Between text formats (CSV, TSV)
            every value is copied as text, re-quoted for the output dialect. Into typed formats
            (JSON, Parquet) types are inferred over the whole input first, unless --all-strings;
            for Parquet a column with values that do not fit its type is written as text.
            The output appears only when complete: an interrupted convert leaves no partial file.
            """)

    @Argument(help: "Input file (- for stdin).")
    var input: String

    @Argument(help: "Output file (- for stdout).")
    var output: String

    @Option(help: "Output format when the extension does not say (\(TableFormat.names)).")
    var to: String?

    @Flag(help: "Keep every value as text: no type inference, no null tokens.")
    var allStrings = false

    @Flag(help: "Between text formats, infer types and write values in canonical form (ISO dates, ...).")
    var inferTypes = false

    @Option(help: "Output delimiter for CSV (default: comma; tab for .tsv).")
    var outDelimiter: String?

    @Option(help: "Parquet compression: snappy (default), zstd, gzip, none.")
    var compression: String?

    @OptionGroup var inputOptions: InputOptions

    func run() throws {
        let inFormat = try TableFiles.inputFormat(of: input, override: try inputOptions.format())
        var outOverride: TableFormat? = nil
        if let to {
            guard let f = TableFormat(name: to) else {
                throw WortError.usage("unknown --to format '\(to)'", hint: "use one of: \(TableFormat.names)")
            }
            outOverride = f
        }
        let outFormat = try TableFiles.format(of: output, override: outOverride)
        var outDelim: UInt8? = nil
        if let d = outDelimiter {
            guard let b = CSVDialect.parseDelimiter(d) else { throw WortError.usage("--out-delimiter '\(d)' is not one ASCII character or a name") }
            outDelim = b
        }
        if allStrings && inferTypes { throw WortError.usage("--all-strings and --infer-types contradict each other") }
        let textToText = [.csv, .tsv].contains(inFormat) && [.csv, .tsv].contains(outFormat)
        var options = try inputOptions.readOptions(allStrings: allStrings || (textToText && !inferTypes))
        // Parquet's typed columns cannot keep an invalid cell's text: such columns stay text.
        options.keepInvalidAsText = outFormat == .parquet
        if compression != nil && outFormat != .parquet {
            throw WortError.usage("--compression applies to Parquet output; '\(output)' is written as \(outFormat.rawValue)")
        }
        guard let codec = ParquetCodec(name: compression ?? "snappy"), ParquetCodec.writable.contains(codec) else {
            throw WortError.usage("unknown --compression '\(compression ?? "")'", hint: "use snappy, zstd, gzip or none")
        }

        let progress = ProgressBar("convert")
        defer { progress.finish() }
        // One pass where the input allows: types guessed from its start and checked at its
        // end; a wrong guess (rare) costs one more pass with the types the check found.
        try OnePassTypedRead.run(options) { options in
            try copy(input, inFormat, to: output, outFormat, options: options, codec: codec, delimiter: outDelim, progress: progress)
        }
    }

    private func copy(_ input: String, _ inFormat: TableFormat, to output: String, _ outFormat: TableFormat, options: ReadOptions,
                      codec: ParquetCodec, delimiter: UInt8?, progress: ProgressBar) throws {
        let reader = try TableFiles.openReader(input, format: inFormat, options: options) { progress.update(done: $0 / 2, total: $1) }
        // Progress counts both passes when types are inferred over the whole file first.
        let twoPasses = (reader as? CSVReader).map { !options.allStrings && !$0.typesGuessed && options.knownTypes[input] == nil } ?? false
        let out = try OutputFile(path: output)
        do {
            // A file without a header row converts to one without a header row: its
            // Column_1... names are Wort's, not the data's.
            var writeOptions = WriteOptions()
            writeOptions.delimiter = delimiter
            writeOptions.header = (reader as? CSVReader)?.dialect.hasHeader ?? true
            writeOptions.parquet.codec = codec
            let writer = try TableFiles.openWriter(out, format: outFormat, options: writeOptions)
            try CopyBatches.run(from: reader, to: writer) {
                let p = reader.progress
                progress.update(done: twoPasses ? ((p.total ?? 0) + p.done) / 2 : p.done, total: p.total)
            }
            try out.commit()
        } catch {
            out.discard()
            throw error
        }
    }
}
