import Foundation
import Testing
import WortCore
@testable import WortIO

/// Writes `bytes` to a new temporary file and returns its path.
func jsonTempFile(_ bytes: [UInt8], ext: String = "json") -> String {
    let path = NSTemporaryDirectory() + "wort-json-test-\(UUID().uuidString).\(ext)"
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

func jsonTempFile(_ text: String, ext: String = "json") -> String { jsonTempFile(Array(text.utf8), ext: ext) }

/// Reads all of `text` (as a file) into one table (batches concatenated by value).
func readJSON(_ text: String, options: ReadOptions = ReadOptions()) throws -> (schema: Schema, rows: [[String: String?]], batches: [Table]) {
    try readJSON(bytes: Array(text.utf8), options: options)
}

func readJSON(bytes: [UInt8], options: ReadOptions = ReadOptions()) throws -> (schema: Schema, rows: [[String: String?]], batches: [Table]) {
    let path = jsonTempFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    let reader = try JSONReader(source: .file(path), options: options)
    var batches: [Table] = []
    var rows: [[String: String?]] = []
    while let batch = try reader.nextBatch() {
        #expect(batch.schema == reader.schema)
        batches.append(batch)
        for r in 0..<batch.rowCount {
            var row: [String: String?] = [:]
            for column in batch.columns { row[column.name] = cellText(column, r) }
            rows.append(row)
        }
    }
    return (reader.schema, rows, batches)
}

/// A cell as text without relying on `ValueFormatter`: nil for null, `!text` for an invalid cell.
func cellText(_ column: Column, _ row: Int) -> String? {
    guard column.validity[row] else { return column.invalidText(at: row).map { "!" + $0 } }
    switch column.values {
    case .string(let s): return s[row]
    case .int64(let v): return String(v[row])
    case .double(let v): return String(v[row])
    case .bool(let v): return v[row] ? "true" : "false"
    case .decimal(let v): return "decimal:\(v[row])"
    case .date(let v): return "date:\(v[row])"
    case .timestamp(let v): return "timestamp:\(v[row])"
    }
}

/// All values of one column over the rows.
func columnValues(_ rows: [[String: String?]], _ name: String) -> [String?] {
    rows.map { $0[name] ?? nil }
}

/// Expects reading `bytes` to fail with a `.data` WortError at `line`:`column` whose
/// message contains `message`.
func expectJSONError(bytes: [UInt8], line: Int, column: Int, _ message: String,
                     options: ReadOptions = ReadOptions(), sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let path = jsonTempFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        let reader = try JSONReader(source: .file(path), options: options)
        while try reader.nextBatch() != nil {}
        Issue.record("expected an error containing \"\(message)\"", sourceLocation: sourceLocation)
    } catch let e as WortError {
        #expect(e.kind == .data, sourceLocation: sourceLocation)
        #expect(e.location?.file == path, sourceLocation: sourceLocation)
        #expect(e.location?.line == line, "\(e)", sourceLocation: sourceLocation)
        #expect(e.location?.column == column, "\(e)", sourceLocation: sourceLocation)
        #expect(e.message.contains(message), "\(e)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

func expectJSONError(_ text: String, line: Int, column: Int, _ message: String,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    expectJSONError(bytes: Array(text.utf8), line: line, column: column, message, sourceLocation: sourceLocation)
}
