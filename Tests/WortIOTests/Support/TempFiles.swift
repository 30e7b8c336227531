import Foundation
import WortCore
@testable import WortIO

/// A file in a fresh temporary directory, removed with the directory by `cleanup()`.
struct TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "wort-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }
    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// Reads every batch of a reader into rows of cell texts (nil = null).
func readAll(_ reader: BatchReader) throws -> [[String?]] {
    var rows: [[String?]] = []
    while let b = try reader.nextBatch() {
        for r in 0..<b.rowCount { rows.append(b.columns.map { $0.text(at: r) }) }
    }
    return rows
}

func readCSV(_ path: String, _ configure: (inout ReadOptions) -> Void = { $0.allStrings = true }) throws -> (names: [String], rows: [[String?]], reader: CSVReader) {
    var o = ReadOptions()
    configure(&o)
    let r = try CSVReader(source: .file(path), options: o)
    return (r.schema.names, try readAll(r), r)
}

/// The WortError a throwing call ends in, or nil.
func wortError(_ body: () throws -> Void) -> WortError? {
    do { try body(); return nil } catch let e as WortError { return e } catch { return nil }
}
