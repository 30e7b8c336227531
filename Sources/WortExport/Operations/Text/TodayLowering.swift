/// TODAY (a function): today's date in `timeZone` (IANA name, default UTC) in a new DATE
/// column at the end. Wort takes "now" once per run from the clock; the exported program
/// takes it from the engine's clock when it runs (`current_timestamp` is fixed per query
/// in both engines), read as wall-clock time in the zone: DuckDB `timezone(zone, ts)`,
/// Spark `convert_timezone` from the session's zone, so the session's zone does not
/// matter. A run of the export therefore agrees with a `wort run` on the same day, not
/// with a run under a fixed clock.
enum TodayLowering: StepLowering {
    static let operation = "TODAY"

    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("functionStepType")
        let target = l.params.string("targetColumn") ?? ""
        let zone = l.lit(l.params.optionalString("timeZone") ?? "UTC")
        let today = switch l.dialect {
        case .duckdb: "CAST(timezone(\(zone), current_timestamp) AS DATE)"
        case .spark: "CAST(convert_timezone(\(zone), CAST(current_timestamp() AS TIMESTAMP_NTZ)) AS DATE)"
        }
        return l.project([target: today])
    }
}
