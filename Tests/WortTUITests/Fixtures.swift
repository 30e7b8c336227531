import Foundation
import Testing
import WortCore
@testable import WortTUI

/// Small tables with the cases the grid must get right: Hangul and CJK, emoji, nulls,
/// invalid cells, control characters, long text.
enum Fixtures {
    static func column(_ name: String, _ type: DataType, _ texts: [String?]) -> Column {
        var b = ColumnBuilder(name: name, type: type, nullTokens: NullTokens.default)
        for t in texts {
            if let t { Array(t.utf8).withUnsafeBufferPointer { b.append($0) } } else { b.appendNull() }
        }
        return b.finish()
    }

    /// 30 rows, 6 columns.
    static var people: RowStore {
        let names = ["Fatima", "김민준", "José", "山田太郎", "Zoë", "Chloé", "서연", "Kwame", "Ana", "Priya"]
        let cities = ["Seoul", "São Paulo", "東京", "Lagos", "Berlin", "New\nYork", "Tab\there", "🎉 Party town", "Paris", "Lima"]
        var ids: [String?] = [], first: [String?] = [], age: [String?] = [], city: [String?] = [],
            score: [String?] = [], note: [String?] = []
        for i in 0..<30 {
            ids.append(String(1000 + i))
            first.append(names[i % names.count])
            age.append(i == 4 ? "unknown" : (i % 7 == 3 ? nil : String(18 + (i * 7) % 50)))
            city.append(cities[(i * 3) % cities.count])
            score.append(i % 5 == 2 ? nil : String(format: "%.2f", Double((i * 37) % 100) / 10))
            note.append(i % 4 == 0 ? "a fairly long note that will not fit into forty columns of the grid, row \(i)" : "ok")
        }
        let table = Table(columns: [
            column("person_id", .int64, ids),
            column("first_name", .string, first),
            column("age", .int64, age),
            column("city", .string, city),
            column("score", .double, score),
            column("note", .string, note),
        ])
        return RowStore(schema: table.schema, batches: [table])
    }

    /// `rows` rows in batches of 65,536: an id, a derived number and a short text.
    static func big(rows: Int) -> RowStore {
        var batches: [Table] = []
        var start = 0
        while start < rows {
            let n = min(65_536, rows - start)
            var ids = [Int64](), values = [Double](), text = StringBuffer(estimatedRows: n)
            ids.reserveCapacity(n); values.reserveCapacity(n)
            for i in start..<(start + n) {
                ids.append(Int64(i))
                values.append(Double((i * 7919) % 1000) / 10)
                text.append("item \(i % 977)")
            }
            batches.append(Table(columns: [
                Column(name: "id", type: .int64, values: .int64(ids), validity: ValidityBitmap(repeating: true, count: n)),
                Column(name: "value", type: .double, values: .double(values), validity: ValidityBitmap(repeating: true, count: n)),
                Column(name: "label", type: .string, values: .string(text), validity: ValidityBitmap(repeating: true, count: n)),
            ]))
            start += n
        }
        return RowStore(schema: batches[0].schema, batches: batches)
    }

    static func state(_ store: RowStore = people, width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, title: "people.csv", store: store)
    }

    /// Sends keys through `update`, running any effects to the end.
    static func press(_ state: inout AppState, _ keys: Key...) {
        for k in keys { settle(&state, update(&state, .key(k))) }
    }

    static func type(_ state: inout AppState, _ text: String) {
        for c in text { press(&state, .char(c)) }
    }
}

/// Compares a rendered screen with `Golden/NAME.txt`. With WORT_RECORD=1 the file is
/// written and the test fails, so that a new golden is always looked at, never accepted
/// silently.
func expectGolden(_ buffer: ScreenBuffer, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name + ".txt")
    let actual = buffer.text + "\n"
    if ProcessInfo.processInfo.environment["WORT_RECORD"] == "1" {
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(url.lastPathComponent); check it and run again without WORT_RECORD", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no golden file \(url.lastPathComponent); run with WORT_RECORD=1 to write it", sourceLocation: sourceLocation)
        return
    }
    if actual != expected {
        Issue.record("screen differs from \(url.lastPathComponent):\n--- expected\n\(expected)--- actual\n\(actual)", sourceLocation: sourceLocation)
    }
}
