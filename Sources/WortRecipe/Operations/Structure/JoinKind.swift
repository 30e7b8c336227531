/// DataBrew's seven `joinType`s, by which rows they keep.
enum JoinKind: String, CaseIterable, Sendable {
    case inner = "INNER_JOIN"
    case left = "LEFT_JOIN"
    case right = "RIGHT_JOIN"
    case outer = "OUTER_JOIN"
    case leftExcluding = "LEFT_EXCLUDING_JOIN"
    case rightExcluding = "RIGHT_EXCLUDING_JOIN"
    case outerExcluding = "OUTER_EXCLUDING_JOIN"

    /// Matched pairs are part of the output.
    var keepsMatches: Bool {
        switch self { case .inner, .left, .right, .outer: true; default: false }
    }
    /// Current-dataset rows without a match are kept (right side null).
    var keepsUnmatchedLeft: Bool {
        switch self { case .left, .outer, .leftExcluding, .outerExcluding: true; default: false }
    }
    /// Second-dataset rows that matched nothing are emitted after the last batch.
    var keepsUnmatchedRight: Bool {
        switch self { case .right, .outer, .rightExcluding, .outerExcluding: true; default: false }
    }
}
