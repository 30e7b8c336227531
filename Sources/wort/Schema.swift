import ArgumentParser
import Foundation
import WortCore
import WortIO

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show columns, inferred types, and null and invalid counts over the whole file.",
        discussion: """
            Types come from every value, not the first rows. A value that does not fit its
            column's type is counted as invalid (it is kept, as text, by every command).
            """)

    @Argument(help: "The file to read (- for stdin).")
    var file: String

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @Flag(help: "Keep every value as text (no type inference).")
    var allStrings = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let options = try input.readOptions(allStrings: allStrings)
        let format = try TableFiles.inputFormat(of: file, override: try input.format())
        try TableFiles.check(options, for: format, path: file)
        let progress = ProgressBar("schema")
        defer { progress.finish() }
        let summary: SchemaSummary
        switch format {
        case .csv, .tsv:
            var o = options
            if format == .tsv && o.delimiter == nil { o.delimiter = 0x09 }
            summary = try SchemaSummary.scanCSV(file, options: o, progress: progress)
        default:
            let reader = try TableFiles.openReader(file, format: format, options: options)
            summary = try SchemaSummary.read(reader, file: file, progress: progress)
        }
        progress.finish()
        print(json ? summary.json() : summary.text(), terminator: "")
    }
}

/// What `wort schema` reports.
struct SchemaSummary {
    struct Row { var name: String; var type: DataType; var nulls: Int; var invalid: Int }
    var file: String
    var rows: Int
    var columns: [Row]
    var details: [String]

    static func scanCSV(_ file: String, options: ReadOptions, progress: ProgressBar) throws -> SchemaSummary {
        let source = InputSource(argument: file)
        let scan = try CSVTypeScan.run(source, options: options) { progress.update(done: $0, total: $1) }
        var cols: [Row] = []
        for (k, name) in scan.columnNames.enumerated() {
            let ev = scan.evidence[k]
            let t = options.allStrings ? InferredType(type: .string) : ev.infer(threshold: options.inferenceThreshold)
            cols.append(Row(name: name, type: t.type, nulls: options.allStrings ? 0 : ev.nullCount,
                            invalid: options.allStrings ? 0 : ev.invalidCount(for: t)))
        }
        var details = [scan.encoding.rawValue.uppercased(), scan.dialect.description]
        if scan.skippedRows > 0 { details.append("\(scan.skippedRows) bad rows skipped") }
        return SchemaSummary(file: file, rows: scan.rowCount, columns: cols, details: details)
    }

    static func read(_ reader: BatchReader, file: String, progress: ProgressBar) throws -> SchemaSummary {
        var cols = reader.schema.fields.map { Row(name: $0.name, type: $0.type, nulls: 0, invalid: 0) }
        var rows = 0
        while let batch = try reader.nextBatch() {
            for (k, c) in batch.columns.enumerated() where k < cols.count {
                cols[k].nulls += c.nullCount
                cols[k].invalid += c.invalidCount
            }
            rows += batch.rowCount
            let p = reader.progress
            progress.update(done: p.done, total: p.total)
        }
        var details: [String] = []
        if let workbook = reader as? XLSXReader { details.append("sheet '\(workbook.sheetName)'") }
        return SchemaSummary(file: file, rows: rows, columns: cols, details: details)
    }

    func text() -> String {
        let grouped = rows.formatted(.number.grouping(.automatic))
        var out = "\(file): \(grouped) rows, \(columns.count) columns"
        if !details.isEmpty { out += " · " + details.joined(separator: " · ") }
        out += "\n\n"
        var t = TextTable(headers: ["#", "column", "type", "nulls", "invalid"], rows: columns.enumerated().map { k, c in
            ["\(k + 1)", c.name, c.type.description, "\(c.nulls)", "\(c.invalid)"]
        })
        t.rightAligned = [0, 3, 4]
        return out + t.render()
    }

    func json() -> String {
        let quoted = JSONString.quoted
        let cols = columns.map {
            "{\"name\":\(quoted($0.name)),\"type\":\(quoted($0.type.description)),\"nulls\":\($0.nulls),\"invalid\":\($0.invalid)}"
        }
        return "{\"file\":\(quoted(file)),\"rows\":\(rows),\"columns\":[\(cols.joined(separator: ","))]}\n"
    }
}
