import WortCore
import WortIO
import WortRecipe

/// Helpers of the structure and row lowerings: a projection that sets a new row order,
/// Wort's "missing" test, and second datasets named by value (UNION's lists).
extension Lowering {
    /// `SELECT` of every output column (`exprs[name]`, else the input column of that name)
    /// with `ridExpr` as the new row-order column.
    public func project(_ exprs: [String: String], rid ridExpr: String, from source: String? = nil,
                        where filter: String? = nil, groupBy: [String] = []) -> String {
        var items = output.fields.map { f in (exprs[f.name] ?? col(f.name)) + " AS " + col(f.name) }
        items.append(ridExpr + " AS " + rid)
        var q = "SELECT " + items.joined(separator: ", ") + " FROM " + (source ?? from)
        if let filter { q += " WHERE " + filter }
        if !groupBy.isEmpty { q += " GROUP BY " + groupBy.joined(separator: ", ") }
        return q
    }

    /// Whether `e`, a value of `type`, is missing as Wort means it: NULL, or the empty
    /// string in a text column (an invalid cell is NULL in exported programs).
    public func isMissing(_ e: String, _ type: DataType) -> String {
        type == .string ? "(\(e) IS NULL OR \(e) = '')" : "\(e) IS NULL"
    }

    /// The column as a DOUBLE, for statistics (Wort's `Numeric.value`).
    public func number(_ column: String) -> String {
        type(of: column) == .double ? col(column) : "CAST(\(col(column)) AS DOUBLE)"
    }

    /// A second dataset given by name and/or location values (not parameter names: UNION
    /// lists them), read like the input; returns its typed view. `parameter` is where a
    /// refusal points.
    public mutating func dataset(named name: String?, location: String?, parameter: String) throws -> ExportSource {
        let path: String
        switch params.environment.datasets.resolve(name: name, location: location) {
        case .success(let p): path = p
        case .failure(let f): throw refuse(f.message, parameter: parameter)
        }
        if let known = parts.sources.first(where: { $0.path == path }) { return known }
        let view = "wort_dataset_\(parts.sources.count)"
        var source: ExportSource
        do {
            source = try ExportSource.open(path, view: view, options: params.environment.readOptions)
        } catch var refusal as ExportRefusal {
            refusal.step = number; refusal.operation = operation
            throw refusal
        }
        source.view = view
        source.datasetName = name ?? location
        parts.sources.append(source)
        return source
    }
}
