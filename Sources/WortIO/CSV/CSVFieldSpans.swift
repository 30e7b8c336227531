/// Where each field of a chunk's rows is, row by row, in one flat growable buffer:
/// `~start ..< end` in the chunk, or `start ..< end` in the side buffer of unescaped
/// values; `end == -1` marks a null (a padded field). Filling it costs two stores per
/// field, with none of the checks of appending to a Swift array.
struct CSVFieldSpans: ~Copyable {
    let columns: Int
    private(set) var rows = 0
    private var capacityRows: Int
    private var storage: UnsafeMutablePointer<Int>

    init(columns: Int, estimatedRows: Int) {
        self.columns = max(1, columns)
        capacityRows = max(16, estimatedRows)
        storage = .allocate(capacity: capacityRows * self.columns * 2)
    }

    deinit { storage.deallocate() }

    /// Makes room for one more row; call before `set` for that row.
    @inline(__always)
    mutating func beginRow() {
        if rows == capacityRows {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacityRows * 2 * columns * 2)
            bigger.update(from: storage, count: rows * columns * 2)
            storage.deallocate()
            storage = bigger
            capacityRows *= 2
        }
    }

    @inline(__always)
    mutating func set(_ column: Int, start: Int, end: Int) {
        let i = (rows * columns + column) * 2
        storage[i] = start
        storage[i + 1] = end
    }

    @inline(__always)
    mutating func endRow() { rows += 1 }

    @inline(__always)
    func start(_ row: Int, _ column: Int) -> Int { storage[(row * columns + column) * 2] }
    @inline(__always)
    func end(_ row: Int, _ column: Int) -> Int { storage[(row * columns + column) * 2 + 1] }
}
