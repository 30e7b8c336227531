import Foundation
import WortCore

/// Opens readers and writers by format, so every command handles every format alike.
public enum TableFiles {
    /// The format of an input: `override`, else the extension, else a look at the first
    /// bytes (magic numbers, `{` or `[` for JSON, else delimited text). stdin and pipes are
    /// CSV unless told.
    public static func inputFormat(of path: String, override: TableFormat?) throws -> TableFormat {
        if let override { return override }
        if path == "-" { return .csv }
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw WortError.io("is a directory, not a file", at: SourceLocation(file: path))
        }
        if let f = TableFormat(path: path) { return f }
        // A pipe or FIFO (/dev/stdin, <(...)) can be read only once: peeking at it would
        // lose its first bytes. Like stdin, it is CSV unless --from says otherwise.
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG { return .csv }
        guard let h = fopen(path, "rb") else {
            throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        defer { fclose(h) }
        var head = [UInt8](repeating: 0, count: 64)
        let n = fread(&head, 1, head.count, h)
        return TableFormat.sniff(Array(head.prefix(n)))
    }

    /// Refuses options that do not apply to the input's format, rather than ignoring them.
    public static func check(_ options: ReadOptions, for format: TableFormat, path: String) throws {
        if options.sheet != nil && format != .xlsx {
            throw WortError.usage("--sheet applies to .xlsx workbooks; '\(path)' is read as \(format.rawValue)")
        }
    }

    /// The format of an output: `override`, else the extension.
    public static func format(of path: String, override: TableFormat?) throws -> TableFormat {
        if let override { return override }
        if path == "-" { return .csv }
        guard let f = TableFormat(path: path) else {
            throw WortError.usage("cannot tell the format of '\(path)' from its extension",
                                  hint: "name it .csv, .tsv, .json, .jsonl or .parquet, or pass --from/--to (\(TableFormat.names))")
        }
        return f
    }

    /// `types`: a delimited file's column types when known (read again after
    /// `CSVTypesChanged`), instead of inferring them.
    public static func openReader(_ path: String, format: TableFormat?, options: ReadOptions, types: [InferredType]? = nil,
                                  scanProgress: ((Int, Int?) -> Void)? = nil) throws -> BatchReader {
        let f = try inputFormat(of: path, override: format)
        try check(options, for: f, path: path)
        var opts = options
        switch f {
        case .csv, .tsv:
            if f == .tsv && opts.delimiter == nil { opts.delimiter = 0x09 }
            return try CSVReader(source: InputSource(argument: path), options: opts, types: types ?? opts.knownTypes[path],
                                 scanProgress: scanProgress)
        case .json, .jsonl:
            return try JSONReader(source: InputSource(argument: path), options: opts)
        case .xlsx:
            return try XLSXReader(source: InputSource(argument: path), options: opts)
        case .parquet:
            // A decoded row group is in memory already; cutting it into smaller batches
            // copies every value once more. With the default batch size, hand out whole
            // row groups (writers' default is 128K rows, DuckDB's 122,880).
            if opts.batchRows == ReadOptions().batchRows { opts.batchRows = 1 << 20 }
            return try ParquetReader(source: InputSource(argument: path), options: opts)
        }
    }

    /// A writer that writes into `out`.
    public static func openWriter(_ out: OutputFile, format: TableFormat, options: WriteOptions = .init()) throws -> BatchWriter {
        switch format {
        case .csv, .tsv:
            let d = options.delimiter ?? (format == .tsv ? 0x09 : 0x2C)
            return CSVWriter(format: CSVWriter.Format(delimiter: d, header: options.header)) { try out.write($0) }
        case .json, .jsonl:
            return JSONWriter(write: { try out.write($0) }, lines: format == .jsonl)
        case .parquet:
            return ParquetWriter(write: { try out.write($0) }, options: options.parquet)
        case .xlsx:
            throw WortError.usage("Wort reads .xlsx but does not write it", hint: "write .csv or .parquet, which Excel and every data tool open")
        }
    }
}

/// How to write an output (each writer uses what applies to its format).
public struct WriteOptions: Sendable {
    /// CSV: nil means comma (tab for .tsv).
    public var delimiter: UInt8? = nil
    /// CSV: write a header row.
    public var header = true
    public var parquet = ParquetWriteOptions()
    public init() {}
}
