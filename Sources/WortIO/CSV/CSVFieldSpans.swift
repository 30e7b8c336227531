/// Where each field of a chunk's rows is, one plane per column (starts, then ends), so a
/// column is read, or copied whole, from contiguous memory: `~start ..< end` in the chunk,
/// or `start ..< end` in the side buffer of unescaped values; `end == -1` marks a null
/// (a padded field or a null token). Filling it costs two stores per field, with none of
/// the checks of appending to a Swift array.
struct CSVFieldSpans: ~Copyable {
    let columns: Int
    private(set) var rows = 0
    private var capacityRows: Int
    private var starts: UnsafeMutablePointer<Int>
    private var ends: UnsafeMutablePointer<Int>
    /// Per column: whether some field was marked null (rows left out may have set it too).
    private var mayHaveNulls: UnsafeMutablePointer<Bool>

    init(columns: Int, estimatedRows: Int) {
        self.columns = max(1, columns)
        capacityRows = max(16, estimatedRows)
        starts = .allocate(capacity: capacityRows * self.columns)
        ends = .allocate(capacity: capacityRows * self.columns)
        mayHaveNulls = .allocate(capacity: self.columns)
        mayHaveNulls.initialize(repeating: false, count: self.columns)
    }

    deinit { starts.deallocate(); ends.deallocate(); mayHaveNulls.deallocate() }

    /// Makes room for one more row; call before `set` for that row.
    @inline(__always)
    mutating func beginRow() {
        if rows == capacityRows { grow() }
    }

    private mutating func grow() {
        let cap = capacityRows * 2
        let s = UnsafeMutablePointer<Int>.allocate(capacity: cap * columns)
        let e = UnsafeMutablePointer<Int>.allocate(capacity: cap * columns)
        for k in 0..<columns {
            (s + k * cap).update(from: starts + k * capacityRows, count: rows)
            (e + k * cap).update(from: ends + k * capacityRows, count: rows)
        }
        starts.deallocate(); ends.deallocate()
        starts = s; ends = e
        capacityRows = cap
    }

    @inline(__always)
    mutating func set(_ column: Int, start: Int, end: Int) {
        let i = column * capacityRows + rows
        starts[i] = start
        ends[i] = end
    }

    @inline(__always)
    mutating func setNull(_ column: Int) {
        set(column, start: 0, end: -1)
        mayHaveNulls[column] = true
    }

    @inline(__always)
    mutating func endRow() { rows += 1 }

    @inline(__always)
    func start(_ row: Int, _ column: Int) -> Int { starts[column * capacityRows + row] }
    @inline(__always)
    func end(_ row: Int, _ column: Int) -> Int { ends[column * capacityRows + row] }

    /// A column's starts and ends, row by row.
    func starts(of column: Int) -> UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: starts + column * capacityRows, count: rows) }
    func ends(of column: Int) -> UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: ends + column * capacityRows, count: rows) }
    func mayHaveNulls(_ column: Int) -> Bool { mayHaveNulls[column] }
}
