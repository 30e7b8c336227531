/// Which statistics of a column come from a sketch, which one, and its error.
public struct SketchNote: Sendable, Equatable {
    public var statistics: [String]
    public var method: String
    public var error: String
}
