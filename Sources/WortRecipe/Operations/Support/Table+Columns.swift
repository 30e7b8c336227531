import WortCore

extension Table {
    /// The table with column `i` replaced.
    func replacing(_ i: Int, with column: Column) -> Table {
        var cols = columns
        cols[i] = column
        return Table(columns: cols)
    }

    /// The table with `column` inserted at position `i` (DataBrew puts a step's new
    /// column right after its source column).
    func inserting(_ column: Column, at i: Int) -> Table {
        var cols = columns
        cols.insert(column, at: i)
        return Table(columns: cols)
    }

    func removing(_ indices: Set<Int>) -> Table {
        let kept = columns.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
        return kept.isEmpty ? Table(rowCount: rowCount) : Table(columns: kept)
    }
}

extension Schema {
    func replacing(_ i: Int, with field: Field) -> Schema {
        var f = fields
        f[i] = field
        return Schema(f)
    }

    func inserting(_ field: Field, at i: Int) -> Schema {
        var f = fields
        f.insert(field, at: i)
        return Schema(f)
    }

    func removing(_ indices: Set<Int>) -> Schema {
        Schema(fields.enumerated().filter { !indices.contains($0.offset) }.map(\.element))
    }
}
