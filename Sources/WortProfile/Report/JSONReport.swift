import WortCore

/// The profile as DataBrew's result JSON (same keys, so tools that read DataBrew's
/// output read ours), with Wort's additions under their own keys: `invalidCount`,
/// `patterns`, `temporal`, `sketches`, `entity` details and a `wort` block.
public enum JSONReport {
    public static func render(_ p: DatasetProfile, generator: String = "wort") -> String {
        var j = JSONWriter()
        j.open("{")
        j.field("sampleSize", p.rows)
        j.field("duplicateRowsCount", p.duplicateRowsCount)
        j.key("columns"); j.open("[")
        for c in p.columns { column(c, &j) }
        j.close("]")
        j.key("wort"); j.open("{")
        j.field("generator", generator)
        j.field("source", p.source)
        j.field("sample", p.sampleDescription)
        j.field("columnCount", p.columnCount)
        j.field("profiledColumnCount", p.columns.count)
        j.field("missingCellsCount", p.missingCells)
        j.field("duplicateRowsCountExact", p.duplicateRowsExact)
        j.field("entityThreshold", p.entityThreshold)
        j.field("percentileMethod", "linear interpolation between closest ranks (DuckDB quantile_cont, numpy default)")
        j.field("varianceMethod", "sample (n - 1); skewness and kurtosis bias-adjusted as in DuckDB")
        j.field("entropyUnit", "nats (natural logarithm)")
        sketches(p.sketches, &j)
        j.close("}")
        j.close("}")
        return j.text + "\n"
    }

    private static func typeName(_ t: DataType) -> String {
        switch t {
        case .int64: "int"
        case .double: "double"
        case .decimal: "decimal"
        case .string: "string"
        case .bool: "boolean"
        case .date: "date"
        case .timestamp: "timestamp"
        }
    }

    private static func column(_ c: ColumnProfile, _ j: inout JSONWriter) {
        j.open("{")
        j.field("name", c.name)
        j.field("type", typeName(c.type))
        if !c.correlations.isEmpty {
            j.key("correlations"); j.open("{")
            for (name, r) in c.correlations { j.field(name, r) }
            j.close("}")
        }
        j.field("distinctValuesCount", c.distinctValuesCount)
        j.key("uniqueValuesCount"); if let u = c.uniqueValuesCount { j.int(u) } else { j.null() }
        j.field("entropy", c.entropy)
        j.key("mostCommonValues"); valueCounts(c.mostCommonValues, &j)
        j.field("missingValuesCount", c.missingValuesCount)
        if let n = c.numbers { numbers(n, isValues: c.isNumeric, &j) }
        if c.isNumeric && !c.minimumValues.isEmpty {
            j.key("minimumValues"); valueCounts(c.minimumValues, &j)
            j.key("maximumValues"); valueCounts(c.maximumValues, &j)
        }
        if let e = c.entity {
            j.key("entity"); j.open("{")
            j.key("entityTypes"); j.open("["); j.string(e.entity.rawValue); j.close("]")
            j.field("rowsCount", e.matchedRows)
            j.field("checkedRowsCount", e.checkedRows)
            j.field("share", e.share)
            j.field("confidence", e.confidence)
            j.key("maskedExamples"); j.open("["); for s in e.maskedExamples { j.string(s) }; j.close("]")
            j.close("}")
        }
        // Wort's additions.
        j.field("invalidCount", c.invalidCount)
        if c.type == .string {
            j.field("statisticsOn", "length in characters")
            j.key("patterns"); valueCounts(c.patterns, &j, key: "pattern")
            j.field("distinctPatternsCount", c.distinctPatternsCount)
        }
        if c.isTemporal, c.isSensitive || c.temporal != nil {
            j.key("temporal")
            if let t = c.temporal {
                j.open("{")
                j.field("min", t.min); j.field("max", t.max)
                j.key("distribution"); j.open("[")
                for b in t.buckets {
                    j.open("{"); j.key("bucket"); j.open("["); j.string(b.low); j.string(b.high); j.close("]"); j.field("count", b.count); j.close("}")
                }
                j.close("]")
                j.close("}")
            } else { j.null() }
        }
        sketches(c.sketches, &j)
        j.close("}")
    }

    private static func numbers(_ n: NumberSummary, isValues: Bool, _ j: inout JSONWriter) {
        j.field("min", n.min); j.field("max", n.max); j.field("mean", n.mean)
        j.field("median", n.median); j.field("mode", n.mode)
        j.field("standardDeviation", n.standardDeviation)
        if isValues {
            j.field("sum", n.sum); j.field("range", n.range)
            j.field("variance", n.variance)
            j.field("skewness", n.skewness); j.field("kurtosis", n.kurtosis)
            j.field("percentile5", n.percentile5); j.field("percentile25", n.percentile25)
            j.field("percentile75", n.percentile75); j.field("percentile95", n.percentile95)
            j.field("interquartileRange", n.interquartileRange)
            j.field("medianAbsoluteDeviation", n.medianAbsoluteDeviation)
            j.field("zerosCount", n.zerosCount)
        }
        j.key("valueDistribution"); buckets(n.valueDistribution, &j)
        if isValues { j.key("zScoreDistribution"); buckets(n.zScoreDistribution, &j) }
        j.field("zScoreOutliersCount", n.zScoreOutliersCount)
        j.key("zScoreOutliersSample"); j.open("[")
        for o in n.zScoreOutliers { j.open("{"); j.field("value", o.value); j.field("zScore", o.zScore); j.close("}") }
        j.close("]")
    }

    private static func buckets(_ bs: [Bucket], _ j: inout JSONWriter) {
        j.open("[")
        for b in bs {
            j.open("{")
            j.key("bucket"); j.open("[")
            if let l = b.low { j.number(l) } else { j.string("-inf") }
            if let h = b.high { j.number(h) } else { j.string("inf") }
            j.close("]")
            j.field("count", b.count)
            j.close("}")
        }
        j.close("]")
    }

    private static func valueCounts(_ vs: [ValueCount], _ j: inout JSONWriter, key: String = "value") {
        j.open("[")
        for v in vs { j.open("{"); j.key(key); j.value(v.value); j.field("count", v.count); j.close("}") }
        j.close("]")
    }

    private static func sketches(_ notes: [SketchNote], _ j: inout JSONWriter) {
        guard !notes.isEmpty else { return }
        j.key("sketches"); j.open("[")
        for s in notes {
            j.open("{")
            j.key("statistics"); j.open("["); for n in s.statistics { j.string(n) }; j.close("]")
            j.field("method", s.method); j.field("error", s.error)
            j.close("}")
        }
        j.close("]")
    }
}
