// STUB until the JSON work lands (delete on merge).
import WortCore
public final class JSONReader: BatchReader {
    public init(source: InputSource, options: ReadOptions) throws { throw WortError.usage("JSON input is not built yet") }
    public var schema: Schema { Schema([]) }
    public func nextBatch() throws -> Table? { nil }
    public var progress: (done: Int, total: Int?) { (0, nil) }
}
public final class JSONWriter: BatchWriter {
    public init(write: @escaping ([UInt8]) throws -> Void, lines: Bool) {}
    public func write(_ batch: Table) throws { throw WortError.usage("JSON output is not built yet") }
    public func finish() throws {}
}
