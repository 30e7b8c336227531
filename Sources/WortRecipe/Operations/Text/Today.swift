import Foundation
import WortCore

/// TODAY (a function): today's date in `timeZone` (an IANA name such as `Asia/Seoul`;
/// default UTC) in a new date column `targetColumn` at the end. "Now" is the run's
/// `environment.now`, read once, so every row and batch of a run gets the same date.
enum Today: RecipeOperation {
    static let name = "TODAY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("functionStepType")
        let target = context.newColumn("targetColumn")
        let zoneName = context.optionalString("timeZone") ?? "UTC"
        guard let zone = TimeZone(identifier: zoneName) else {
            context.problem("timeZone", "unknown time zone '\(zoneName)'; use an IANA name like UTC or Asia/Seoul")
            return nil
        }
        guard let target else { return nil }
        let now = context.environment.now
        let local = now.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: now))
        let day = Int32((local / 86_400).rounded(.down))
        context.schema = context.schema.inserting(Field(name: target, type: .date), at: context.schema.fields.count)
        return .map { table in
            let n = table.rowCount
            let column = Column(name: target, type: .date, values: .date(Array(repeating: day, count: n)),
                                validity: ValidityBitmap(repeating: true, count: n))
            return table.inserting(column, at: table.columns.count)
        }
    }
}
