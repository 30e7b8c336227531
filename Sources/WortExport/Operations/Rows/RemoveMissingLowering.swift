import WortCore

/// REMOVE_MISSING: Wort keeps the rows whose `sourceColumn` is not missing (NULL, or the
/// empty string in a text column): `WHERE c IS NOT NULL AND c <> ''`. Row order is kept.
enum RemoveMissingLowering: StepLowering {
    static let operation = "REMOVE_MISSING"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([:], where: "NOT " + l.isMissing(l.col(c), l.type(of: c) ?? .string))
    }
}
