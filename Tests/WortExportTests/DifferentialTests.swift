import Foundation
import Testing
import WortExport
import WortRecipe

/// `wort run`, the DuckDB script, the Spark SQL script and the PySpark job give the same
/// rows, values and order on every golden operation case and on the tricky-input cases
/// (Differential/Cases), and on the sample recipes. A case whose recipe cannot be exported must say which step and
/// why; every operation with a lowering must pass on all three targets somewhere.
@Suite(.serialized) struct DifferentialTests {
    static let names = DifferentialRun.caseDirs.map(\.0) + DifferentialRun.sampleRecipes.map(\.name)

    @Test(arguments: names)
    func enginesAgreeWithWort(_ name: String) throws {
        let run = DifferentialRun.shared
        if let failure = run.failure { Issue.record(Comment(rawValue: failure)); return }
        let c = try #require(run.cases[name])
        #expect(c.problems.isEmpty, "\(name): \(c.problems)")
        for (target, reason) in c.refusals {
            // A refusal names its step, or the input (step nil) with a reason.
            #expect(reason.contains("cannot export"), "\(name) \(target.rawValue): \(reason)")
        }
        for target in c.exported {
            let result = run.results[name]?[target.rawValue] ?? "no result"
            #expect(result == "ok", "\(name) \(target.rawValue): \(result)")
        }
    }

    @Test func everyLoweredOperationPassesOnEveryTarget() {
        let run = DifferentialRun.shared
        var passing: Set<String> = []
        for (name, c) in run.cases where c.exported.count == ExportTarget.allCases.count {
            if ExportTarget.allCases.allSatisfy({ run.results[name]?[$0.rawValue] == "ok" }) {
                passing.formUnion(c.operations)
            }
        }
        let missing = ExportLowerings.standard.operations.filter { !passing.contains($0) }
        #expect(missing.isEmpty, "operations with a lowering but no case that passes on duckdb-sql, spark-sql and pyspark: \(missing)")
    }

    /// Prints what was exported and what was refused, and how long the engines took.
    @Test func summary() {
        let run = DifferentialRun.shared
        let all = run.cases.values
        let exported = all.filter { !$0.exported.isEmpty }.count
        var refusedBy: [String: Int] = [:]
        for c in all { for (_, r) in c.refusals { refusedBy[String(r.prefix(90)), default: 0] += 1 } }
        print("differential: \(all.count) cases, \(exported) exported to at least one target; timings \(run.timings)")
        for (r, n) in refusedBy.sorted(by: { $0.value > $1.value }).prefix(40) { print("  refused \(n)x: \(r)") }
        #expect(exported > 0)
    }
}
