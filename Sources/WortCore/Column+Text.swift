// STUB until the values work lands.
extension Column {
    /// Appends the text of `row` (canonical form for typed values; the original text of
    /// an invalid cell). Returns false, appending nothing, when the row is null.
    @discardableResult
    public func appendText(row: Int, to out: inout [UInt8]) -> Bool {
        guard validity[row] else { return false }
        if case .string(let s) = values { s.withBytes(at: row) { out.append(contentsOf: $0) } }
        return true
    }

    /// The text of `row`, nil when null.
    public func text(at row: Int) -> String? {
        var out: [UInt8] = []
        if appendText(row: row, to: &out) { return String(decoding: out, as: UTF8.self) }
        return invalidText(at: row)
    }
}
