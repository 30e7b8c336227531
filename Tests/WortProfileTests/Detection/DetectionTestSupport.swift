@testable import WortProfile

/// How one detector rates a whole value: none, weak or strong.
func rating(_ entity: EntityType, _ value: String) -> UInt8 {
    guard let i = EntityCatalog.index(of: entity) else { return Match.none }
    let d = DetectorRegistry.detectors[i]
    var s = value
    return s.withUTF8 { b in
        let v = b.trimmed()
        return d.possible(ValueShape(v)) ? d.match(v) : Match.none
    }
}

func matches(_ entity: EntityType, _ value: String) -> Bool { rating(entity, value) != Match.none }
func strong(_ entity: EntityType, _ value: String) -> Bool { rating(entity, value) == Match.strong }

func digitRun(_ s: String) -> DigitRun? {
    var s = s
    return s.withUTF8 { DigitRun($0, allowParens: true) }
}

func bytesCheck(_ s: String, _ body: (Bytes) -> Bool) -> Bool {
    var s = s
    return s.withUTF8 { body($0) }
}

/// A detector fed with `values` (nil = null, skipped like a reader's null).
func detect(_ name: String, _ values: [String?], entities: EntitySelection = .all, threshold: Double = 0.8) -> ColumnEntityResult? {
    var d = ColumnEntityDetector(columnName: name, entities: entities)
    for v in values {
        guard var v else { continue }
        v.withUTF8 { d.observe($0) }
    }
    return d.result(threshold: threshold)
}
