import Testing
import WortTestSupport
@testable import WortCore

@Test func classifiesSingleValues() {
    let e = evidence(["42", "-7", "3.5", "1e3", "true", "NO", "2024-01-31", "1/2/2024", "13/2/2024", "2/13/2024",
                      "1.2.2024", "2024-01-31 10:00", "hello", "NA", nil, "007"])
    #expect(e.nullCount == 2)
    #expect(e.nonNullCount == 14)
    #expect(e.int64Count == 2)
    #expect(e.doubleCount == 4)
    #expect(e.boolCount == 2)
    #expect(e.dates.anyOrder == 2)          // ISO and dotted
    #expect(e.dates.dotted == 1)
    #expect(e.dates.bothOrders == 1)
    #expect(e.dates.dayFirstOnly == 1)
    #expect(e.dates.monthFirstOnly == 1)
    #expect(e.timestamps.anyOrder == 3)     // the dates plus one timestamp
    #expect(e.timestamps.fitting(.monthFirst) == 5)
}

@Test func integersWithAFewStringsInferInt64AndBuildInvalidCells() {
    var values = (0..<96).map { String($0 * 37 - 1000) }
    for k in [10, 40, 70, 95] { values.insert("abc", at: k) }
    let inferred = evidence(values).infer(threshold: 0.95)
    #expect(inferred.type == .int64)
    #expect(evidence(values).infer(threshold: 0.97).type == .string)

    let column = buildColumn(values, type: inferred.type)
    #expect(column.invalidCount == 4)
    #expect(column.invalid.map(\.row) == [10, 40, 70, 95])
    #expect(column.invalid.allSatisfy { $0.text == "abc" })
    #expect(column.nullCount == 0)
    guard case .int64(let ints) = column.values else { Issue.record("not int64"); return }
    #expect(ints[0] == -1000 && ints[11] == 10 * 37 - 1000 && ints[10] == 0)
    #expect(column.text(at: 10) == "abc")
    #expect(column.text(at: 99) == String(95 * 37 - 1000))
}

@Test func mostlyISOWithSomeUSDatesIsMonthFirstDate() {
    var values = (1...98).map { i in formatted { ValueFormatter.append(date: Int32(19_000 + i * 3), to: &$0) } }
    values += ["12/25/2023", "3/4/2024"]
    let inferred = evidence(values).infer()
    #expect(inferred == InferredType(type: .date, dateOrder: .monthFirst))
    let column = buildColumn(values, type: .date, order: inferred.dateOrder)
    #expect(column.invalidCount == 0)
    #expect(column.text(at: 98) == "2023-12-25")
    #expect(column.text(at: 99) == "2024-03-04")
}

@Test func oneUnambiguousDayFirstDateDecidesTheOrder() {
    let values = ["01/02/2024", "05/06/2024", "13/02/2024", "07/08/2024"]
    let inferred = evidence(values).infer()
    #expect(inferred == InferredType(type: .date, dateOrder: .dayFirst))
    let column = buildColumn(values, type: .date, order: .dayFirst)
    #expect(column.text(at: 0) == "2024-02-01")
    #expect(column.text(at: 2) == "2024-02-13")
    // Dotted dates count as day-first evidence.
    #expect(evidence(["1.2.2024", "3.4.2024"]).infer().dateOrder == .dayFirst)
    // Without evidence either way, month first.
    #expect(evidence(["01/02/2024"]).infer() == InferredType(type: .date, dateOrder: .monthFirst))
}

@Test func conflictingSlashDatesDoNotReachTheThreshold() {
    // Half need month-first, half need day-first: under either order only half fit.
    let values = (0..<10).map { "12/\(13 + $0)/2024" } + (0..<10).map { "\(13 + $0)/12/2024" }
    #expect(evidence(values).infer().type == .string)
    #expect(evidence(values).infer(threshold: 0.5).type == .date)
}

@Test func zipCodesWithLeadingZerosStayStrings() {
    let values = ["02134", "10001", "90210", "00501", "60601", "07030"]
    #expect(evidence(values).infer().type == .string)
    #expect(evidence(["10001", "90210", "60601"]).infer().type == .int64)
}

@Test func inferencePicksTheFirstFittingType() {
    #expect(evidence(["1", "2", "3.5"]).infer().type == .double)
    #expect(evidence(["1", "2", "3"]).infer().type == .int64)
    #expect(evidence(["yes", "No", "TRUE"]).infer().type == .bool)
    #expect(evidence(["2024-01-01", "2024-01-02 10:00"]).infer(threshold: 0.95).type == .timestamp)
    #expect(evidence(["2024-01-01", "2024-01-02"]).infer().type == .date)
    #expect(evidence(["1", "t", "f"]).infer().type == .string)
    #expect(evidence(["  12 ", "\t7"]).infer().type == .int64)
}

@Test func allNullsOrNothingIsString() {
    #expect(TypeEvidence().infer() == InferredType(type: .string))
    let e = evidence(["", "NA", "null", nil])
    #expect(e.nullCount == 4 && e.nonNullCount == 0)
    #expect(e.infer() == InferredType(type: .string))
    // With no null tokens the empty text is a value, and not a number.
    #expect(evidence(["", "1"], nullTokens: .none).infer(threshold: 0.9).type == .string)
}

@Test func mergedEvidenceEqualsEvidenceOfTheWhole() {
    var rng = SeededGenerator(seed: 7)
    let pool = ["1", "2.5", "x", "2024-01-01", "13/1/2024", "1/13/2024", "yes", "NA", "2024-01-01T10:00Z", "-3"]
    let values = (0..<500).map { _ in pool.randomElement(using: &rng)! }
    var merged = evidence(Array(values[0..<123]))
    merged.merge(evidence(Array(values[123..<400])))
    merged.merge(evidence(Array(values[400...])))
    #expect(merged == evidence(values))
    #expect(merged.nonNullCount + merged.nullCount == 500)
}

@Test func wordsAndSymbolsFitNothing() {
    let e = evidence(["Tuesday", "nan", "inf", "-", "+", ".", "yesterday", "no way", "€5", "N/A"])
    #expect(e.nullCount == 1)
    #expect(e.nonNullCount == 9)
    #expect(e.boolCount == 0 && e.int64Count == 0 && e.doubleCount == 0)
    #expect(e.timestamps.fitting(.monthFirst) == 0 && e.timestamps.fitting(.dayFirst) == 0)
    #expect(e.infer(threshold: 0.01).type == .string)
}
