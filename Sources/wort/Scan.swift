import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortProfile

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find columns that hold sensitive data (emails, phone numbers, SSNs, cards, ...), or sensitive data in a text.",
        discussion: """
            A column is flagged when the share of its non-null values that match one entity
            passes --threshold; the report gives the entity, the share, a confidence and
            masked examples (never raw values). Every value of the file is read.
            Entities: \(EntitySelection.validNames.joined(separator: ", ")).
            With --text, prints each finding in the text with its code-point offsets.
            """)

    @Argument(help: "The file to read (- for stdin).")
    var file: String?

    @Option(help: "Scan this text instead of a file.")
    var text: String?

    @Option(help: "Comma-separated entity types or groups to look for (default: all).")
    var entities: String?

    @Option(help: "Share of a column's non-null values that must match, 0...1.")
    var threshold: Double = 0.8

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let selection = try entities.map { try EntitySelection(parsing: $0) } ?? .all
        guard threshold > 0, threshold <= 1 else { throw WortError.usage("--threshold must be in (0, 1], not \(threshold)") }
        if let text {
            if file != nil { throw WortError.usage("give either a FILE or --text, not both") }
            let found = SensitiveText.findings(in: text, entities: selection)
            print(json ? ScanReport.textJSON(found, text: text) : ScanReport.textTable(found, text: text), terminator: "")
            return
        }
        guard let file else { throw WortError.usage("missing FILE (or --text)") }
        let format = try TableFiles.inputFormat(of: file, override: try input.format())
        // Text formats are read as text: detection works on the written form, and no
        // type-inference pass over the whole file is needed. Null tokens are applied here.
        let options = try input.readOptions(allStrings: [.csv, .tsv, .json, .jsonl].contains(format))
        let nulls = options.nullTokens
        let progress = ProgressBar("scan")
        defer { progress.finish() }
        let reader = try TableFiles.openReader(file, format: format, options: options)
        let names = reader.schema.names
        var detectors: [ColumnEntityDetector] = []
        // The first batch to finish a column's warm-up tells the later ones which
        // detectors to run on it, so that not every batch pays for a warm-up of its own.
        let warmed = WarmedDetectors(count: names.count)
        // Fresh detectors are copied from these (reading the column names' hints once).
        let fresh = names.map { ColumnEntityDetector(columnName: $0, entities: selection) }
        let observe: @Sendable (Table) -> [ColumnEntityDetector] = { batch in
            let base = warmed.get()
            let partial = batch.columns.enumerated().map { k, column in
                var d: ColumnEntityDetector
                if k < base.count, let b = base[k] { d = b.continuing() } else if k < fresh.count { d = fresh[k] } else {
                    d = ColumnEntityDetector(columnName: column.name, entities: selection)
                }
                ColumnScan.observe(column, into: &d, nullTokens: nulls)
                return d
            }
            warmed.offer(partial)
            return partial
        }
        func add(_ partial: [ColumnEntityDetector]) {
            if detectors.isEmpty { detectors = partial; return }
            for k in 0..<min(detectors.count, partial.count) { detectors[k].merge(partial[k]) }
        }
        if let parallel = reader as? ParallelBatchReader {
            let stream = parallel.mapBatches(observe)
            while let partial = try stream.next() {
                add(partial)
                let p = reader.progress
                progress.update(done: p.done, total: p.total)
            }
        } else {
            while let batch = try reader.nextBatch() {
                add(observe(batch))
                let p = reader.progress
                progress.update(done: p.done, total: p.total)
            }
        }
        if detectors.isEmpty {
            detectors = fresh
        }
        progress.finish()
        let results = detectors.map { $0.result(threshold: threshold) }
        let report = ScanReport(file: file, columns: names, results: results)
        print(json ? report.json() : report.text(), terminator: "")
    }
}

/// Per column, a detector after its warm-up, shared by the batches that run in parallel.
final class WarmedDetectors: @unchecked Sendable {
    private let lock = NSLock()
    private var detectors: [ColumnEntityDetector?]

    init(count: Int) { detectors = Array(repeating: nil, count: count) }

    func get() -> [ColumnEntityDetector?] { lock.withLock { detectors } }

    func offer(_ d: [ColumnEntityDetector]) {
        lock.withLock {
            for k in 0..<min(d.count, detectors.count) where detectors[k] == nil && d[k].isWarmedUp { detectors[k] = d[k] }
        }
    }
}

/// Feeding a column's values to a detector.
enum ColumnScan {
    static func observe(_ column: Column, into d: inout ColumnEntityDetector, nullTokens: NullTokens) {
        switch column.values {
        case .string(let s):
            let n = s.count
            column.validity.words.withUnsafeBufferPointer { valid in
                s.withStorage { owned, shared, starts, ends in
                    guard let starts, let ends else { return }
                    for row in 0..<n where valid[row >> 6] >> UInt64(row & 63) & 1 == 1 {
                        let a = starts[row], e = ends[row]
                        let bytes = a >= 0
                            ? UnsafeBufferPointer(start: owned.map { $0 + a }, count: e - a)
                            : UnsafeBufferPointer(start: shared.map { $0 + ~a }, count: e - ~a)
                        if nullTokens.contains(bytes) { continue }
                        d.observe(bytes)
                    }
                }
            }
        case .double, .bool, .timestamp, .decimal:
            // Amounts, flags and instants hold none of the entities (birth dates are dates).
            return
        case .int64, .date:
            var buf: [UInt8] = []
            for row in 0..<column.count {
                buf.removeAll(keepingCapacity: true)
                guard column.appendText(row: row, to: &buf) else { continue }
                buf.withUnsafeBufferPointer { d.observe($0) }
            }
        }
    }
}

/// What `wort scan` prints.
struct ScanReport {
    var file: String
    var columns: [String]
    var results: [ColumnEntityResult?]

    func text() -> String {
        let flagged = results.enumerated().compactMap { k, r in r.map { (columns[k], $0) } }
        var out = "\(file): \(flagged.count) of \(columns.count) columns hold sensitive data\n"
        guard !flagged.isEmpty else { return out }
        out += "\n"
        var t = TextTable(headers: ["column", "entity", "share", "confidence", "examples"], rows: flagged.map { name, r in
            [name, r.entity.rawValue, String(format: "%.1f%%", r.share * 100), String(format: "%.2f", r.confidence),
             r.maskedExamples.joined(separator: "  ")]
        })
        t.rightAligned = [2, 3]
        t.maxColumnWidth = 60
        return out + t.render()
    }

    func json() -> String {
        let cols = columns.enumerated().map { k, name -> String in
            guard let r = results[k] else { return "{\"name\":\(JSONString.quoted(name)),\"entity\":null}" }
            let examples = r.maskedExamples.map(JSONString.quoted).joined(separator: ",")
            return "{\"name\":\(JSONString.quoted(name)),\"entity\":\(JSONString.quoted(r.entity.rawValue)),\"matchedRows\":\(r.matchedRows),"
                + "\"checkedRows\":\(r.checkedRows),\"share\":\(number(r.share)),\"confidence\":\(number(r.confidence)),"
                + "\"maskedExamples\":[\(examples)]}"
        }
        return "{\"file\":\(JSONString.quoted(file)),\"columns\":[\(cols.joined(separator: ","))]}\n"
    }

    static func textTable(_ found: [TextFinding], text: String) -> String {
        guard !found.isEmpty else { return "no sensitive data found\n" }
        let scalars = Array(text.unicodeScalars)
        var t = TextTable(headers: ["entity", "start", "end", "score", "text"], rows: found.map { f in
            [f.entity.rawValue, "\(f.start)", "\(f.end)", String(format: "%.2f", f.score), masked(scalars, f)]
        })
        t.rightAligned = [1, 2, 3]
        return t.render()
    }

    static func textJSON(_ found: [TextFinding], text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let items = found.map { f in
            "{\"entity\":\(JSONString.quoted(f.entity.rawValue)),\"start\":\(f.start),\"end\":\(f.end),\"score\":\(number(f.score)),\"masked\":\(JSONString.quoted(masked(scalars, f)))}"
        }
        return "{\"findings\":[\(items.joined(separator: ","))]}\n"
    }

    /// The finding's span with its letters and digits masked: scan output never repeats
    /// the sensitive value itself.
    static func masked(_ scalars: [Unicode.Scalar], _ f: TextFinding) -> String {
        guard f.start >= 0, f.end <= scalars.count, f.start < f.end else { return "" }
        var s = ""
        for u in scalars[f.start..<f.end] { s.unicodeScalars.append(u.properties.isAlphabetic || u.properties.numericType != nil ? "*" : u) }
        return s
    }
}

private func number(_ x: Double) -> String { String(format: "%.4g", x) }

