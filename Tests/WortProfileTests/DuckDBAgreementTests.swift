import Foundation
import Testing
import WortCore
import WortTestSupport
@testable import WortProfile

/// The same file profiled by Wort and summarized by DuckDB (via `$WORT_PYTHON`): counts
/// equal, moments and quantile_cont percentiles within 1e-9 relative.
@Test func profileAgreesWithDuckDB() throws {
    var rng = SeededGenerator(seed: 1234)
    var csv = "i,d,s\n"
    let words = ["oak", "birch", "maple", "pine", "elm", "fir", "yew", "ash", "linden", "willow"]
    var lines: [String] = []
    for r in 0..<4000 {
        if r > 0 && r % 97 == 0 { lines.append(lines[r - 1]); continue }  // some duplicate rows
        let i = Int.random(in: 0..<30, using: &rng) == 0 ? "" : String(Int.random(in: -20_000...90_000, using: &rng))
        let d = Int.random(in: 0..<40, using: &rng) == 0 ? "NA" : String(Double.random(in: -3..<7, using: &rng) * Double.random(in: 0..<1, using: &rng))
        let s = Int.random(in: 0..<50, using: &rng) == 0 ? "" : words[Int.random(in: 0..<words.count, using: &rng)] + String(Int.random(in: 0..<60, using: &rng))
        lines.append("\(i),\(d),\(s)")
    }
    csv += lines.joined(separator: "\n") + "\n"
    let dir = TempDir()
    defer { dir.cleanup() }
    let path = dir.file("agree.csv", csv)
    let profile = try profileCSV(csv, blockBytes: 8192)

    let script = """
        import duckdb, json, math, sys
        con = duckdb.connect()
        con.execute("CREATE TABLE t AS SELECT * FROM read_csv(?, header=true, columns={'i':'BIGINT','d':'DOUBLE','s':'VARCHAR'}, nullstr=['', 'NA'])".replace('?', "'" + sys.argv[1] + "'"))
        out = {}
        for c in ['i', 'd']:
            r = con.execute(f"SELECT count({c}), count(*) - count({c}), min({c}), max({c}), avg({c}), stddev_samp({c}), var_samp({c}), skewness({c}), kurtosis({c}), quantile_cont({c}, [0.05, 0.25, 0.5, 0.75, 0.95]), mad({c}::DOUBLE), sum({c})::DOUBLE, count(DISTINCT {c}), entropy({c}), count(*) FILTER ({c} = 0) FROM t").fetchone()
            out[c] = {'count': r[0], 'missing': r[1], 'min': float(r[2]), 'max': float(r[3]), 'mean': r[4], 'std': r[5], 'var': r[6],
                      'skew': r[7], 'kurt': r[8], 'q': [float(x) for x in r[9]], 'mad': float(r[10]), 'sum': r[11], 'distinct': r[12],
                      'entropy': r[13] * math.log(2), 'zeros': r[14]}
            u = con.execute(f"SELECT count(*) FROM (SELECT {c} FROM t WHERE {c} IS NOT NULL GROUP BY {c} HAVING count(*) = 1)").fetchone()
            out[c]['unique'] = u[0]
        r = con.execute("SELECT count(DISTINCT s), count(*) - count(s), min(length(s)), max(length(s)), avg(length(s)), quantile_cont(length(s), 0.5), entropy(s) FROM t").fetchone()
        out['s'] = {'distinct': r[0], 'missing': r[1], 'minlen': r[2], 'maxlen': r[3], 'meanlen': r[4], 'medianlen': r[5], 'entropy': r[6] * math.log(2)}
        out['rows'] = con.execute("SELECT count(*) FROM t").fetchone()[0]
        out['dups'] = out['rows'] - con.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM t)").fetchone()[0]
        print(json.dumps(out))
        """
    let ref = try #require(PythonRunner.json(script, [path]) as? [String: Any])
    #expect(profile.rows == ref["rows"] as? Int)
    #expect(profile.duplicateRowsCount == ref["dups"] as? Int)
    for name in ["i", "d"] {
        let r = try #require(ref[name] as? [String: Any])
        let c = try #require(profile.columns.first { $0.name == name })
        let s = try #require(c.numbers)
        func num(_ k: String) -> Double? { (r[k] as? NSNumber)?.doubleValue }
        #expect(s.count == r["count"] as? Int)
        #expect(c.missingValuesCount == r["missing"] as? Int)
        #expect(c.distinctValuesCount == r["distinct"] as? Int)
        #expect(c.uniqueValuesCount == r["unique"] as? Int)
        #expect(s.zerosCount == r["zeros"] as? Int)
        #expect(relativelyClose(s.min, num("min")) && relativelyClose(s.max, num("max")))
        #expect(relativelyClose(s.mean, num("mean")), "\(name) mean \(s.mean) vs \(num("mean") ?? .nan)")
        #expect(relativelyClose(s.sum, num("sum")))
        #expect(relativelyClose(s.standardDeviation, num("std")))
        #expect(relativelyClose(s.variance, num("var")))
        // DuckDB sums raw powers for these two; a looser bound covers its rounding.
        #expect(relativelyClose(s.skewness, num("skew"), 1e-6), "\(name) skewness \(s.skewness ?? .nan) vs \(num("skew") ?? .nan)")
        #expect(relativelyClose(s.kurtosis, num("kurt"), 1e-6), "\(name) kurtosis")
        let q = try #require(r["q"] as? [Double])
        let ours = [s.percentile5, s.percentile25, s.median, s.percentile75, s.percentile95]
        for k in 0..<5 { #expect(relativelyClose(ours[k], q[k]), "\(name) quantile \(k): \(ours[k]) vs \(q[k])") }
        #expect(relativelyClose(s.medianAbsoluteDeviation, num("mad")))
        #expect(relativelyClose(c.entropy, num("entropy")))
    }
    let r = try #require(ref["s"] as? [String: Any])
    let c = try #require(profile.columns.first { $0.name == "s" })
    #expect(c.distinctValuesCount == r["distinct"] as? Int)
    #expect(c.missingValuesCount == r["missing"] as? Int)
    #expect(c.numbers?.min == (r["minlen"] as? NSNumber)?.doubleValue)
    #expect(c.numbers?.max == (r["maxlen"] as? NSNumber)?.doubleValue)
    #expect(relativelyClose(c.numbers?.mean, (r["meanlen"] as? NSNumber)?.doubleValue))
    #expect(relativelyClose(c.numbers?.median, (r["medianlen"] as? NSNumber)?.doubleValue))
    #expect(relativelyClose(c.entropy, (r["entropy"] as? NSNumber)?.doubleValue))
}
