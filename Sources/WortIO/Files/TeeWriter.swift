import WortCore

/// Several outputs of one run (a job's Outputs): every batch goes to each.
public final class TeeWriter: BatchWriter {
    public let writers: [BatchWriter]
    public init(_ writers: [BatchWriter]) { self.writers = writers }
    public func write(_ batch: Table) throws { for w in writers { try w.write(batch) } }
    public func finish() throws { for w in writers { try w.finish() } }
}

extension BatchWriter {
    /// The writers that end up writing bytes (through tees).
    public var leaves: [BatchWriter] {
        if let tee = self as? TeeWriter { return tee.writers.flatMap(\.leaves) }
        return [self]
    }
}
