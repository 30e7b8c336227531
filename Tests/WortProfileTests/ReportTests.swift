import Foundation
import Testing
import WortCore
@testable import WortProfile

/// Detection off, so that the column is flagged only where a test says so.
private func sampleProfile(detect: Bool = false) throws -> DatasetProfile {
    var rows = "id,email,score,when\n"
    for i in 0..<300 {
        rows += "\(i),user\(i % 40)@mail-secret.example,\(Double(i % 17) / 4),2024-01-\(String(format: "%02d", i % 28 + 1))\n"
    }
    return try profileCSV(rows) { if !detect { $0.entities = .none } }
}

/// The profile with its email column flagged, as a detector would.
private func flaggedProfile() throws -> DatasetProfile {
    var p = try sampleProfile()
    let k = p.columns.firstIndex { $0.name == "email" }!
    p.columns[k].entity = ColumnEntityResult(entity: EntityType("EMAIL"), matchedRows: 300, checkedRows: 300, share: 1, confidence: 0.99,
                                             maskedExamples: ["u•••••••e"])
    p.columns[k].maskValues()
    return p
}

@Test func jsonReportHasDataBrewKeysAndReadsBack() throws {
    let p = try sampleProfile()
    let text = JSONReport.render(p)
    let obj = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(obj["sampleSize"] as? Int == 300)
    #expect(obj["duplicateRowsCount"] as? Int == 0)
    let cols = try #require(obj["columns"] as? [[String: Any]])
    #expect(cols.map { $0["name"] as? String } == ["id", "email", "score", "when"])
    let score = cols[2]
    #expect(score["type"] as? String == "double")
    for key in ["min", "max", "mean", "median", "mode", "sum", "range", "variance", "standardDeviation", "skewness", "kurtosis",
                "percentile5", "percentile25", "percentile75", "percentile95", "interquartileRange", "medianAbsoluteDeviation",
                "zerosCount", "valueDistribution", "zScoreDistribution", "zScoreOutliersCount", "zScoreOutliersSample",
                "distinctValuesCount", "uniqueValuesCount", "entropy", "mostCommonValues", "missingValuesCount",
                "minimumValues", "maximumValues", "correlations", "invalidCount"] {
        #expect(score[key] != nil, "missing \(key)")
    }
    let dist = try #require(score["valueDistribution"] as? [[String: Any]])
    #expect((dist.last?["bucket"] as? [Any])?.last as? String == "inf")
    let z = try #require(score["zScoreDistribution"] as? [[String: Any]])
    #expect((z.first?["bucket"] as? [Any])?.first as? String == "-inf")
    #expect(cols[1]["patterns"] != nil)
    #expect((cols[3]["temporal"] as? [String: Any])?["min"] as? String == "2024-01-01")
}

@Test func sensitiveValuesNeverAppearInAnyReport() throws {
    let p = try flaggedProfile()
    let reports = [JSONReport.render(p), HTMLReport.render(p), MarkdownReport.render(p), TextReport.render(p)]
    for r in reports {
        #expect(!r.contains("mail-secret"), "a raw email leaked")
        #expect(!r.contains("user1@"))
        #expect(r.contains("EMAIL"))
    }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(reports[0].utf8)) as? [String: Any])
    let email = try #require((json["columns"] as? [[String: Any]])?[1])
    let entity = try #require(email["entity"] as? [String: Any])
    #expect(entity["entityTypes"] as? [String] == ["EMAIL"])
    #expect(entity["rowsCount"] as? Int == 300)
    // The unflagged report does show them: the check above can fail.
    #expect(JSONReport.render(try sampleProfile()).contains("mail-secret"))
}

@Test func theRealDetectorsFlagAndMaskTheEmailColumn() throws {
    let p = try sampleProfile(detect: true)
    let email = try #require(p.columns.first { $0.name == "email" })
    #expect(email.entity?.entity == EntityType("EMAIL"))
    for r in [JSONReport.render(p), HTMLReport.render(p), MarkdownReport.render(p), TextReport.render(p)] {
        #expect(!r.contains("mail-secret"), "a raw email leaked")
    }
    #expect(p.columns.first { $0.name == "score" }?.entity == nil)
}

@Test func htmlIsSelfContainedAndEscaped() throws {
    var rows = "name,<b>x</b>\n"
    for i in 0..<20 { rows += "<script>alert(\(i))</script>,\(i)\n" }
    let p = try profileCSV(rows)
    let html = HTMLReport.render(p)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(!html.contains("http://") && !html.contains("https://"))
    #expect(html.contains("<svg"))
}

@Test func markdownCellsKeepTablesIntact() {
    #expect(MarkdownReport.cell("a|b\nc*") == "a\\|b c\\*")
}
