import WortCore

/// Types the first rows of a text file from those rows alone, for the first screen: the
/// reader's own inference reads the whole file first, which takes seconds on big files.
/// The full read replaces these columns when its first batch arrives.
public enum PreviewTyping {
    /// `table` holds every value as text (read with `allStrings`).
    public static func retype(_ table: Table, nullTokens: NullTokens, threshold: Double) -> Table {
        Table(columns: table.columns.map { column in
            guard case .string(let strings) = column.values else { return column }
            var evidence = TypeEvidence()
            for r in 0..<column.count { strings.withBytes(at: r) { evidence.observe($0, nullTokens: nullTokens) } }
            let inferred = evidence.infer(threshold: threshold)
            var builder = ColumnBuilder(name: column.name, type: inferred.type, dateOrder: inferred.dateOrder,
                                        nullTokens: nullTokens, capacity: column.count)
            for r in 0..<column.count { strings.withBytes(at: r) { builder.append($0) } }
            return builder.finish()
        })
    }
}
