/// Steps that only drop or reorder columns: the output schema says it all, so each is the
/// projection of the output's columns.
enum DeleteLowering: StepLowering {
    static let operation = "DELETE"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}

enum MoveToStartLowering: StepLowering {
    static let operation = "MOVE_TO_START"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}

enum MoveToEndLowering: StepLowering {
    static let operation = "MOVE_TO_END"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}

enum MoveBeforeLowering: StepLowering {
    static let operation = "MOVE_BEFORE"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}

enum MoveAfterLowering: StepLowering {
    static let operation = "MOVE_AFTER"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}

enum MoveToIndexLowering: StepLowering {
    static let operation = "MOVE_TO_INDEX"
    static func lower(_ l: inout Lowering) throws -> String { l.project([:]) }
}
