import Foundation
import Testing
import WortCore
import WortIO
@testable import WortProfile
import WortTestSupport

/// Whole columns: which entity a column is flagged with, if any.
@Suite struct ColumnDetectionTests {
    static let fixtures = DetectionFixtures.directory

    /// Every column of a fixture (made by gen-dataset, 280 rows) through a detector, as
    /// `wort scan` reads it: as text, with the default null tokens skipped.
    func scan(_ file: String) throws -> [String: ColumnEntityResult?] {
        var options = ReadOptions()
        options.allStrings = true
        let reader = try TableFiles.openReader(Self.fixtures + "/" + file, format: nil, options: options)
        let names = reader.schema.names
        var detectors = names.map { ColumnEntityDetector(columnName: $0, entities: .all) }
        while let batch = try reader.nextBatch() {
            for (k, column) in batch.columns.enumerated() {
                guard case .string(let s) = column.values else { continue }
                for row in 0..<s.count where column.validity[row] {
                    s.withBytes(at: row) { b in
                        if !NullTokens.default.contains(b) { detectors[k].observe(b) }
                    }
                }
            }
        }
        var out: [String: ColumnEntityResult?] = [:]
        for (k, n) in names.enumerated() { out[n] = detectors[k].result(threshold: 0.8) }
        return out
    }

    @Test func generatedStudentsPIIColumnsAreFlagged() throws {
        let r = try scan("students.csv")
        let expected: [String: EntityType] = [
            "first_name": .personName, "last_name": .personName, "email": .email, "phone": .phoneNumber,
            "ssn": .usaSSN, "date_of_birth": .date, "street_address": .address, "ip_address": .ipAddress,
            "credit_card": .creditCard,
        ]
        #expect(r.count == 18)
        for (column, result) in r {
            if let e = expected[column] {
                #expect(result?.entity == e, "\(column): \(String(describing: result))")
                if let res = result {
                    #expect(res.share >= 0.8 || res.entity == .personName || res.entity == .date || res.entity == .address)
                    #expect(res.confidence > 0.5 && res.confidence <= 1)
                    #expect(!res.maskedExamples.isEmpty)
                }
            } else {
                // student_id, city, state, zip, gpa, enrolled_on, major, is_active, notes
                #expect(result == nil, "\(column) flagged as \(String(describing: result?.entity))")
            }
        }
    }

    @Test func generatedEnrollmentsHoldNothingSensitive() throws {
        let r = try scan("enrollments.csv")
        #expect(r.count == 7)
        for (column, result) in r { #expect(result == nil, "\(column): \(String(describing: result))") }
    }

    @Test func thresholdIsTheShareOfNonNullValues() {
        let values: [String?] = (0..<100).map { k in k < 70 ? "user\(k)@example.com" : (k < 90 ? "n/a please" : nil) }
        // 70 of 90 non-null values: 0.78
        #expect(detect("contact", values, threshold: 0.8) == nil)
        let r = detect("contact", values, threshold: 0.75)
        #expect(r?.entity == .email)
        #expect(r?.matchedRows == 70)
        #expect(r?.checkedRows == 90)
    }

    @Test func aColumnNameAloneNeverFlags() {
        let words: [String?] = (0..<50).map { "value number \($0)" }
        for name in ["email", "ssn", "phone", "이메일", "주민등록번호", "date_of_birth", "passport", "first_name"] {
            #expect(detect(name, words) == nil, "\(name)")
        }
    }

    @Test func weakPatternsNeedAHint() {
        var rng = SeededGenerator(seed: 11)
        let nineDigits: [String?] = (0..<300).map { _ in String(Int.random(in: 100_000_000...899_999_999, using: &rng)) }
        #expect(detect("passport_no", nineDigits)?.entity == .usaPassportNumber)
        #expect(detect("여권번호", nineDigits)?.entity == .usaPassportNumber)
        #expect(detect("reference", nineDigits) == nil)   // bare 9 digits: no SSN without a hint
        #expect(detect("ssn", nineDigits.filter { s in
            let a = Int(s!.prefix(3))!, g = Int(s!.dropFirst(3).prefix(2))!, ser = Int(s!.suffix(4))!
            return a != 666 && g != 0 && ser != 0 }).map(\.entity) == .usaSSN)
        let mobiles: [String?] = (0..<300).map { _ in "010\(Int.random(in: 10_000_000...99_999_999, using: &rng))" }
        #expect(detect("휴대폰번호", mobiles)?.entity == .phoneNumber)
        #expect(detect("code", mobiles) == nil)
    }

    @Test func birthDatesNeedABirthHint() {
        var rng = SeededGenerator(seed: 3)
        let dates: [String?] = (0..<500).map { _ in
            String(format: "%04d-%02d-%02d", Int.random(in: 1950...2010, using: &rng), Int.random(in: 1...12, using: &rng), Int.random(in: 1...28, using: &rng))
        }
        #expect(detect("date_of_birth", dates)?.entity == .date)
        #expect(detect("생년월일", dates)?.entity == .date)
        #expect(detect("DOB", dates)?.entity == .date)
        #expect(detect("enrolled_on", dates) == nil)
        #expect(detect("created", dates) == nil)
    }

    @Test func namesNeedAHintOrCommonNames() {
        let cities: [String?] = ["Phoenix", "Tucson", "Salt Lake City", "El Paso", "Brooklyn", "Gainesville", "Richmond"].flatMap { Array(repeating: $0, count: 20) }
        #expect(detect("city", cities) == nil)
        #expect(detect("product_name", cities) == nil)  // "name" next to "product" is no hint
        let people: [String?] = ["John Smith", "Mary Johnson", "Wei Zhang", "Olga Petrov", "김민준", "James Brown"].flatMap { Array(repeating: $0, count: 20) }
        #expect(detect("col7", people)?.entity == .personName)   // common names, no hint needed
        #expect(detect("customer_name", people)?.entity == .personName)
        let majors: [String?] = ["Computer Science", "Music", "Art", "Nursing", "Economics"].flatMap { Array(repeating: $0, count: 20) }
        #expect(detect("major", majors) == nil)
    }

    @Test func ordinaryColumnsAreNotFlagged() {
        var rng = SeededGenerator(seed: 5)
        let columns: [String: [String?]] = [
            "student_id": (0..<3000).map { _ in String(Int.random(in: 100_000...9_999_999, using: &rng)) },
            "gpa": (0..<3000).map { _ in String(format: "%.2f", Double.random(in: 0...4, using: &rng)) },
            "course_id": (0..<3000).map { _ in ["ENG", "MUS", "MATH", "STAT"].randomElement(using: &rng)! + String(Int.random(in: 100...499, using: &rng)) },
            "amount": (0..<3000).map { _ in String(Int.random(in: 1...99_999, using: &rng)) },
            "order_number": (0..<3000).map { _ in String(Int.random(in: 1_000_000_000...9_999_999_999, using: &rng)) },
            "timestamp": (0..<3000).map { _ in "2024-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng)) 11:19:34" },
        ]
        for (name, values) in columns { #expect(detect(name, values) == nil, "\(name): \(String(describing: detect(name, values)))") }
    }

    @Test func mergedPartialsEqualOnePass() {
        var rng = SeededGenerator(seed: 9)
        let values: [String] = (0..<9000).map { k in
            k % 10 == 0 ? "unknown" : "\(Int.random(in: 200...899, using: &rng))-\(Int.random(in: 10...99, using: &rng))-\(Int.random(in: 1000...9999, using: &rng))"
        }
        var whole = ColumnEntityDetector(columnName: "tax id", entities: .all)
        for v in values { var v = v; v.withUTF8 { whole.observe($0) } }
        // Parts of 1,000 rows (each under the warm-up) and of 3,000 (each over it).
        for size in [1000, 3000, 4500] {
            var merged: ColumnEntityDetector?
            for start in stride(from: 0, to: values.count, by: size) {
                var part = ColumnEntityDetector(columnName: "tax id", entities: .all)
                for v in values[start..<min(values.count, start + size)] { var v = v; v.withUTF8 { part.observe($0) } }
                if merged == nil { merged = part } else { merged!.merge(part) }
            }
            let a = whole.result(threshold: 0.8), b = merged?.result(threshold: 0.8)
            #expect(a?.entity == .usaSSN)
            #expect(a?.matchedRows == b?.matchedRows)
            #expect(b?.checkedRows == 9000)
            #expect(a?.entity == b?.entity)
        }
        // A continuation of a warmed-up detector counts the same.
        var first = ColumnEntityDetector(columnName: "tax id", entities: .all)
        for v in values[0..<3000] { var v = v; v.withUTF8 { first.observe($0) } }
        var rest = first.continuing()
        for v in values[3000...] { var v = v; v.withUTF8 { rest.observe($0) } }
        first.merge(rest)
        #expect(first.result(threshold: 0.8)?.matchedRows == whole.result(threshold: 0.8)?.matchedRows)
    }

    @Test func detectorsThatMatchRarelyAreDroppedAfterTheWarmUp() {
        // Emails only after 2,000 other values: the email detector stopped at the
        // warm-up, so it does not flag the column (the documented basis of the share).
        var values: [String?] = Array(repeating: "free text here", count: 2000)
        values += (0..<20000).map { "user\($0)@example.com" }
        #expect(detect("col", values, threshold: 0.5) == nil)
        // The other way round, every value is counted.
        let later: [String?] = (0..<20000).map { "user\($0)@example.com" } + Array(repeating: "free text here", count: 2000)
        let r = detect("col", later, threshold: 0.5)
        #expect(r?.entity == .email)
        #expect(r?.checkedRows == 22000)
        #expect(r?.matchedRows == 20000)
    }

    @Test func selectionLimitsTheEntities() {
        let emails: [String?] = (0..<100).map { "user\($0)@example.com" }
        #expect(detect("email", emails, entities: try! EntitySelection(parsing: "USA_SSN,PHONE_NUMBER")) == nil)
        #expect(detect("email", emails, entities: try! EntitySelection(parsing: "EMAIL"))?.entity == .email)
    }

    @Test func examplesAreMasked() {
        let ssns = ["536-22-1234", "536-22-9876", "536-23-5555"]
        let r = detect("ssn", ssns)
        #expect(r?.entity == .usaSSN)
        #expect(r?.maskedExamples == ["***-**-1234", "***-**-9876", "***-**-5555"])
        let emails = ["john.smith@example.com", "ab@mail.example.org"]
        let e = detect("email", emails)
        for (raw, masked) in zip(emails, e?.maskedExamples ?? []) {
            #expect(masked != raw)
            #expect(masked.hasPrefix(String(raw.first!)))
            #expect(masked.contains("@"))
            #expect(!masked.contains("smith") && !masked.contains("example"))
        }
        let names = detect("first_name", ["Alexander", "이", "Wei Zhang"])
        for m in names?.maskedExamples ?? [] { #expect(!["Alexander", "이", "Wei Zhang"].contains(m)) }
    }
}
