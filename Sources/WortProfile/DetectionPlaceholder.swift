// TEMPORARY PLACEHOLDER — delete this file when the real detectors in
// Sources/WortProfile/Detection/ are merged. It has exactly their public API so that the
// profile compiles against it, and it never flags a column.
import Foundation
import WortCore

public struct EntitySelection: Sendable {
    public var names: [String]
    public static let all = EntitySelection(names: [])
    private init(names: [String]) { self.names = names }
    public init(parsing list: String) throws {
        names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty { throw WortError.usage("--entities needs at least one entity type") }
    }
}

public struct ColumnEntityDetector: Sendable {
    public init(columnName: String, entities: EntitySelection) {}
    public mutating func observe(_ value: UnsafeBufferPointer<UInt8>) {}
    public mutating func merge(_ later: ColumnEntityDetector) {}
    public func result(threshold: Double) -> ColumnEntityResult? { nil }
}

public struct ColumnEntityResult: Sendable, Equatable {
    public var entity: EntityType
    public var matchedRows: Int
    public var checkedRows: Int
    public var share: Double
    public var confidence: Double
    public var maskedExamples: [String]
    public init(entity: EntityType, matchedRows: Int, checkedRows: Int, share: Double, confidence: Double, maskedExamples: [String]) {
        self.entity = entity; self.matchedRows = matchedRows; self.checkedRows = checkedRows
        self.share = share; self.confidence = confidence; self.maskedExamples = maskedExamples
    }
}
