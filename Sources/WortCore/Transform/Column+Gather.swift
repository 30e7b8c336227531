extension Column {
    /// The rows at `indices`, in that order; an index of -1 gives a null row (the
    /// unmatched side of an outer join). Invalid cells travel with their rows.
    public func gather(_ indices: [Int]) -> Column {
        var valid = ValidityBitmap()
        valid.reserveCapacity(indices.count)
        for i in indices { valid.append(i >= 0 && validity[i]) }
        let newValues: ColumnValues
        switch values {
        case .string(let s): newValues = .string(s.gather(indices))
        case .int64(let v): newValues = .int64(Self.gather(v, indices, 0))
        case .double(let v): newValues = .double(Self.gather(v, indices, 0))
        case .decimal(let v): newValues = .decimal(Self.gather(v, indices, 0))
        case .bool(let v): newValues = .bool(Self.gather(v, indices, false))
        case .date(let v): newValues = .date(Self.gather(v, indices, 0))
        case .timestamp(let v): newValues = .timestamp(Self.gather(v, indices, 0))
        }
        var cells: [InvalidCell] = []
        if !invalid.isEmpty {
            for (k, i) in indices.enumerated() where i >= 0 {
                if let t = invalidText(at: i) { cells.append(InvalidCell(row: k, text: t)) }
            }
        }
        return Column(name: name, type: type, values: newValues, validity: valid, invalid: cells)
    }

    private static func gather<T>(_ v: [T], _ indices: [Int], _ placeholder: T) -> [T] {
        v.withUnsafeBufferPointer { src in
            indices.map { $0 >= 0 ? src[$0] : placeholder }
        }
    }

    /// The rows where `keep` is true.
    public func filter(_ keep: [Bool]) -> Column {
        var indices: [Int] = []
        indices.reserveCapacity(keep.count)
        for (i, k) in keep.enumerated() where k { indices.append(i) }
        return gather(indices)
    }
}

extension StringBuffer {
    /// The values at `indices` (-1: an empty placeholder), copied into one owned block.
    public func gather(_ indices: [Int]) -> StringBuffer {
        var bytes = 0
        for i in indices where i >= 0 { bytes += byteCount(at: i) }
        var out = StringBuffer(estimatedRows: indices.count, estimatedBytes: bytes)
        for i in indices {
            if i >= 0 { withBytes(at: i) { out.append($0) } } else { out.appendEmpty() }
        }
        return out
    }
}

extension Table {
    /// The rows at `indices` (-1: all-null row), in that order.
    public func gather(_ indices: [Int]) -> Table {
        columns.isEmpty ? Table(rowCount: indices.count) : Table(columns: columns.map { $0.gather(indices) })
    }

    /// The rows where `keep` is true.
    public func filter(_ keep: [Bool]) -> Table {
        var indices: [Int] = []
        indices.reserveCapacity(keep.count)
        for (i, k) in keep.enumerated() where k { indices.append(i) }
        return indices.count == rowCount ? self : gather(indices)
    }
}
