import WortCore

extension Table {
    /// String columns of the given rows' texts (nil = null), named as in `schema`.
    init(textRows rows: [[String?]], schema: Schema) {
        if schema.fields.isEmpty { self.init(rowCount: rows.count); return }
        self.init(columns: schema.fields.indices.map { k in
            Column(name: schema.fields[k].name, strings: rows.map { $0[k] })
        })
    }

    /// The first `n` rows, as text (only for samples: it builds a `String` per cell).
    func prefix(_ n: Int) -> Table {
        Table(textRows: (0..<Swift.min(n, rowCount)).map { r in columns.map { $0.text(at: r) } }, schema: schema)
    }
}
