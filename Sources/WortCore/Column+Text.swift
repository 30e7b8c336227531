extension Column {
    /// Appends the text of `row`: the canonical form of a typed value, or the original
    /// text of an invalid cell. Returns false, appending nothing, when the row is null.
    @discardableResult
    public func appendText(row: Int, to out: inout [UInt8]) -> Bool {
        guard validity[row] else {
            guard let text = invalidText(at: row) else { return false }
            out.append(contentsOf: text.utf8)
            return true
        }
        switch values {
        case .string(let s): s.withBytes(at: row) { out.append(contentsOf: $0) }
        case .int64(let v): ValueFormatter.append(int64: v[row], to: &out)
        case .double(let v): ValueFormatter.append(double: v[row], to: &out)
        case .decimal(let v):
            var scale = 0
            if case .decimal(_, let s) = type { scale = s }
            ValueFormatter.append(decimal: v[row], scale: scale, to: &out)
        case .bool(let v): ValueFormatter.append(bool: v[row], to: &out)
        case .date(let v): ValueFormatter.append(date: v[row], to: &out)
        case .timestamp(let v): ValueFormatter.append(timestamp: v[row], to: &out)
        }
        return true
    }

    /// The text of `row` (see `appendText`), nil only when the row is null.
    public func text(at row: Int) -> String? {
        var out: [UInt8] = []
        guard appendText(row: row, to: &out) else { return nil }
        return String(decoding: out, as: UTF8.self)
    }
}
