import WortCore
import WortIO
import WortRecipe

/// What a step's lowering sees: its parameters, the schemas it receives and gives (known
/// from pre-flight), the dialect, and the view of the previous step.
public struct Lowering {
    public let number: Int
    public let operation: String
    public let dialect: SQLDialect
    public let input: Schema
    public let output: Schema
    /// The previous step's view.
    public let from: String
    /// Typed parameter access, as in pre-flight (problems cannot occur: the plan passed).
    public var params: StepContext
    let parts: ProgramParts
    /// The one-row view of HMAC pads a Spark step joins (see CryptographicHashLowering).
    var hmacPads: String?

    init(step: PlannedStep, recipeStep: RecipeStep, dialect: SQLDialect, from: String,
         environment: RecipeEnvironment, parts: ProgramParts) {
        number = step.number; operation = step.operation; self.dialect = dialect
        input = step.inputSchema; output = step.outputSchema; self.from = from; self.parts = parts
        params = StepContext(number: step.number, step: recipeStep, schema: step.inputSchema, environment: environment)
    }

    public var rid: String { SQLDialect.rowID }

    public func col(_ name: String) -> String { dialect.identifier(name) }
    public func lit(_ s: String) -> String { dialect.string(s) }

    public func type(of column: String) -> DataType? { input.fields.first { $0.name == column }?.type }

    public func refuse(_ reason: String, parameter: String? = nil) -> ExportRefusal {
        ExportRefusal(step: number, operation: operation, parameter: parameter, reason: reason)
    }

    /// `SELECT` of every output column, in order: `exprs[name]`, else the input column of
    /// that name; then the row-order column.
    public func project(_ exprs: [String: String], from source: String? = nil, where filter: String? = nil) -> String {
        var items = output.fields.map { f in (exprs[f.name] ?? col(f.name)) + " AS " + col(f.name) }
        items.append(rid)
        var q = "SELECT " + items.joined(separator: ", ") + " FROM " + (source ?? from)
        if let filter { q += " WHERE " + filter }
        return q
    }

    /// A regex literal for this dialect. Wort's regexes are ICU's, close to Java's (Spark);
    /// DuckDB's RE2 has no lookaround, backreferences, possessive or atomic groups, so
    /// such a pattern is refused for DuckDB rather than run differently.
    public func regex(_ pattern: String, parameter: String) throws -> String {
        if dialect == .duckdb {
            let unsupported = ["(?=", "(?!", "(?<=", "(?<!", "(?>"]
            if let u = unsupported.first(where: { pattern.contains($0) }) {
                throw refuse("DuckDB's regular expressions (RE2) have no '\(u)'; export to spark-sql or pyspark", parameter: parameter)
            }
            // A possessive quantifier: `*+`, `++`, `?+` or `{n,m}+` after something that is
            // not an escape (`\p{L}+` is a property repeated, not possessive).
            if pattern.range(of: #"(^|[^\\])[*+?]\+|\{[0-9]+(,[0-9]*)?\}\+"#, options: .regularExpression) != nil {
                throw refuse("DuckDB's regular expressions (RE2) have no possessive quantifiers; export to spark-sql or pyspark", parameter: parameter)
            }
            if pattern.range(of: #"\\[1-9]"#, options: .regularExpression) != nil {
                throw refuse("DuckDB's regular expressions (RE2) have no backreferences; export to spark-sql or pyspark", parameter: parameter)
            }
        }
        return dialect.string(pattern)
    }

    /// Secret `id`, loaded when the exported program runs (never now).
    public mutating func secret(_ id: String) -> ExportSecret {
        if let known = parts.secrets.first(where: { $0.id == id }) { return known }
        let store = params.environment.secrets
        let safe = String(id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
        let s = ExportSecret(id: id, keyFile: store.keyFiles[id], variable: SecretStore.variableName(for: id), name: "wort_key_" + safe)
        parts.secrets.append(s)
        return s
    }

    /// SQL giving a secret's bytes: a DuckDB variable, or a scalar subquery of the
    /// one-row Spark view that holds it.
    public func keyBytes(_ s: ExportSecret) -> String {
        switch dialect {
        case .duckdb: "getvariable('\(s.name)')"
        case .spark: "(SELECT content FROM \(s.name))"
        }
    }

    /// A second dataset (JOIN) named by the values of parameters `name` and `location`.
    public mutating func dataset(name: String, location: String) throws -> ExportSource {
        try dataset(named: params.optionalString(name), location: params.optionalString(location), parameter: name)
    }

    /// Adds a definition (a DuckDB macro) placed once before the steps.
    public func define(_ definition: String) { parts.addPrelude(definition) }
}

extension Lowering {
    /// `sourceColumns` (or `sourceColumn`) as names.
    public mutating func sourceColumnNames() -> [String] {
        (params.sourceColumns() ?? []).map { input.fields[$0].name }
    }

    /// A column as text, the way Wort's text steps see it.
    public func text(_ column: String) -> String { wortText(column) }
}
