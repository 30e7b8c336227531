import WortCore
import WortRecipe

/// What the lowerings of a recipe need besides their queries: second datasets to read,
/// secrets to load at run time, helper definitions. Shared by all steps of one export.
final class ProgramParts {
    var sources: [ExportSource] = []
    var secrets: [ExportSecret] = []
    /// Definitions placed before the steps (DuckDB macros), each once.
    var prelude: [String] = []

    func addPrelude(_ s: String) { if !prelude.contains(s) { prelude.append(s) } }
}

/// A secret an exported program reads when it runs, never when it is exported: from the
/// key file given at export (`--secret ID=FILE`), or from `WORT_SECRET_<ID>` (PySpark).
public struct ExportSecret: Sendable, Equatable {
    public var id: String
    /// The key file, as given at export; nil when the secret came from the environment.
    public var keyFile: String?
    /// `WORT_SECRET_<ID>`.
    public var variable: String
    /// The name of the view (Spark) or variable (DuckDB) holding the key's bytes.
    public var name: String
}
