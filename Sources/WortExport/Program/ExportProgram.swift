import WortCore

/// Where and how an exported program writes the recipe's result.
public struct ExportOutput: Sendable {
    public enum Format: String, Sendable { case parquet, csv }
    public var path: String
    public var format: Format
    /// Parquet codec: snappy (default, as DataBrew jobs write), zstd, gzip, none.
    public var compression: String
    /// Hive-style folders by these columns (DataBrew's PartitionColumns).
    public var partitionBy: [String]

    public init(path: String, format: Format = .parquet, compression: String = "snappy", partitionBy: [String] = []) {
        self.path = path; self.format = format; self.compression = compression; self.partitionBy = partitionBy
    }
}

/// One step of an exported program: the view it defines.
public struct ExportedStep: Sendable {
    public var number: Int
    public var operation: String
    /// Statements the step needs first (its input materialised).
    public var before: [String] = []
    /// `CREATE ... VIEW wort_step_N AS ...` in the target's dialect.
    public var statement: String

    /// All of the step's statements, the view with a comment naming the step.
    var statements: [String] { before + ["-- step \(number): \(operation)\n" + statement] }
}

/// A recipe in an engine's language, before it is printed as a script or a job: the
/// sources to read, the secrets to load at run time, one view per step, the final query.
public struct ExportProgram: Sendable {
    public var target: ExportTarget
    /// The recipe file, for the header comment.
    public var recipe: String
    /// The input first, then second datasets.
    public var sources: [ExportSource]
    public var secrets: [ExportSecret]
    public var prelude: [String]
    public var steps: [ExportedStep]
    /// The output columns in order, without the row-order column, sorted by it.
    public var finalQuery: String
    public var outputSchema: Schema
    public var output: ExportOutput

    public var dialect: SQLDialect { target.dialect }

    /// The program as the file the user runs.
    public var text: String {
        switch target {
        case .duckdbSQL: DuckDBScript.print(self)
        case .sparkSQL: SparkSQLScript.print(self)
        case .pyspark: PySparkJob.print(self)
        }
    }

    /// The statements shared by the Spark SQL script and the PySpark job, after the raw
    /// file and key views: typed source views, prelude, steps.
    var sparkStatements: [String] {
        sources.map { $0.typedView(.spark) } + prelude + steps.flatMap(\.statements)
    }
}
