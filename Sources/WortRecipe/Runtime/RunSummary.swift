/// What a run did, step by step, for the summary on stderr.
public struct RunSummary: Sendable {
    public struct Step: Sendable {
        public let number: Int
        public let operation: String
        public var rowsIn = 0
        public var rowsOut = 0
        /// Time spent in the step, summed over threads (parallel steps can exceed wall time).
        public var seconds = 0.0
    }
    public var rowsRead = 0
    public var rowsWritten = 0
    public var steps: [Step]
    public var seconds = 0.0
}
