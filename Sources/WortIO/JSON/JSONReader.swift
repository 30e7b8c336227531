import WortCore

/// Reads JSON Lines, a top-level JSON array of objects, a single object, or objects one
/// after another (pretty-printed or not) as a table. See `JSONRowParser` for layouts and
/// flattening, `JSONColumnPlan` for typing.
///
/// Two passes over the input: `init` parses and validates all of it, learning the columns
/// (in order of first appearance) and their types over the whole input; `nextBatch`
/// parses it again, building `options.batchRows` rows at a time. Files are memory-mapped;
/// standard input is first spooled to an unlinked temporary file (`JSONInput`). Any
/// syntax error is raised by `init` as a `WortError` (`.data`) with file, line and column.
public final class JSONReader: BatchReader {
    public let schema: Schema
    /// Rows in the whole input (known after the first pass).
    public let rowCount: Int

    private let input: JSONInput
    /// The second pass; taken out while a batch is built so that it is never copied.
    private var parser: JSONRowParser?
    private let byteCount: Int
    private let plans: [JSONColumnPlan]
    private let batchRows: Int
    private var rowsDone = 0

    public init(source: InputSource, options: ReadOptions) throws {
        if let encoding = options.encoding, encoding != .utf8 {
            throw WortError.usage("JSON input is always UTF-8; \(encoding.rawValue) does not apply",
                                  hint: "convert the file to UTF-8 first, or leave out the encoding option")
        }
        input = try JSONInput(source: source)
        let file = source.displayName

        // First pass: validate, find the columns, collect type evidence.
        var first = try JSONRowParser(bytes: input.bytes, file: file, columns: JSONColumnIndex(),
                                      insertColumns: true, capture: false, decodeStrings: !options.allStrings)
        var stats: [JSONColumnStats] = []
        var rows = 0
        let observeStrings = !options.allStrings
        let limit = options.rowLimit ?? Int.max
        while rows < limit, try first.nextRow() {
            rows += 1
            if rows & 0xFFF == 0 { input.release(upTo: first.offset) }
            if stats.count < first.columns.count {
                stats.append(contentsOf: repeatElement(JSONColumnStats(), count: first.columns.count - stats.count))
            }
            for c in first.setColumns {
                let kind = first.kind(c)
                if kind == .null { continue }
                stats[c].kinds |= 1 << kind.rawValue
                if kind == .string && observeStrings && stats[c].kinds == JSONColumnStats.stringBit {
                    first.withBytes(c) { stats[c].evidence.observe($0, nullTokens: options.nullTokens) }
                }
            }
        }
        let columns = first.columns
        input.rewind()
        rowCount = rows
        byteCount = input.bytes.count
        let plans = stats.map { JSONColumnPlan(stats: $0, options: options) }
        self.plans = plans
        schema = Schema((0..<columns.count).map { Field(name: columns.name($0), type: plans[$0].type) })
        batchRows = max(1, options.batchRows)

        parser = try JSONRowParser(bytes: input.bytes, file: file, columns: columns,
                                   insertColumns: false, capture: true, decodeStrings: true)
    }

    public var progress: (done: Int, total: Int?) {
        (rowsDone >= rowCount ? byteCount : parser?.offset ?? 0, byteCount)
    }

    public func nextBatch() throws -> Table? {
        guard rowsDone < rowCount else { return nil }
        let capacity = min(batchRows, rowCount - rowsDone)
        var accumulators = (0..<plans.count).map {
            JSONColumnAccumulator(name: schema.fields[$0].name, plan: plans[$0], capacity: capacity)
        }
        guard var p = parser else { return nil }
        parser = nil
        defer { parser = p }
        var n = 0
        while n < batchRows, try p.nextRow() {
            p.withScratch { scratch in
                for c in 0..<accumulators.count {
                    if p.isSet(c) {
                        accumulators[c].append(kind: p.kind(c), int: p.int(c), bytes: UnsafeBufferPointer(rebasing: scratch[p.range(c)]))
                    } else {
                        accumulators[c].appendNull()
                    }
                }
            }
            n += 1
        }
        rowsDone += n
        input.release(upTo: p.offset)
        if n < capacity { rowsDone = rowCount } // the input shrank since the first pass
        guard n > 0 else { return nil }
        if accumulators.isEmpty { return Table(rowCount: n) }
        return Table(columns: accumulators.map { $0.finish() })
    }
}
