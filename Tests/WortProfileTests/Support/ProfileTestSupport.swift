import WortTestSupport
import Foundation
import Testing
import WortCore
import WortIO
@testable import WortProfile

/// A fresh temporary directory, removed by `cleanup()`.
struct TempDir {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "wort-profile-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func file(_ name: String, _ text: String) -> String {
        let p = path + "/" + name
        FileManager.default.createFile(atPath: p, contents: Data(text.utf8))
        return p
    }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// Profiles CSV text read as the `wort profile` command reads it (text, types inferred
/// in the profile), with small blocks so that batches and their merging are exercised.
func profileCSV(_ csv: String, blockBytes: Int = 4096, configure: (inout ProfileOptions) -> Void = { _ in }) throws -> DatasetProfile {
    let dir = TempDir()
    defer { dir.cleanup() }
    let path = dir.file("data.csv", csv)
    var ro = ReadOptions()
    ro.allStrings = true
    ro.blockBytes = blockBytes
    var po = ProfileOptions()
    configure(&po)
    let reader = try CSVReader(source: .file(path), options: ro)
    return try Profiler(options: po).run(reader, source: path, typed: false)
}

/// CSV text of named columns (nil = empty cell); values must not need quoting.
func csvText(_ columns: [(String, [String?])]) -> String {
    var s = columns.map(\.0).joined(separator: ",") + "\n"
    let n = columns.first?.1.count ?? 0
    for r in 0..<n { s += columns.map { $0.1[r] ?? "" }.joined(separator: ",") + "\n" }
    return s
}

func relativelyClose(_ a: Double?, _ b: Double?, _ tol: Double = 1e-9) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    if a == b { return true }
    return abs(a - b) <= tol * max(abs(a), abs(b), 1e-300)
}

