/// One thing wrong with a recipe against its data, found before any data is read.
/// Pre-flight collects all of them so the user fixes the recipe in one go.
public struct RecipeProblem: Sendable, Equatable, CustomStringConvertible {
    /// 1-based step number; nil for problems of the whole recipe or job.
    public var step: Int?
    public var operation: String?
    /// The parameter (or `ConditionExpressions[k]`) at fault, if one is.
    public var parameter: String?
    public var message: String
    /// A warning does not stop a run (e.g. a parameter Wort does not know, which real
    /// DataBrew recipes carry: `functionStepType`, `isText`, ...).
    public var isWarning: Bool

    public init(step: Int?, operation: String?, parameter: String?, message: String, isWarning: Bool = false) {
        self.step = step; self.operation = operation; self.parameter = parameter; self.message = message
        self.isWarning = isWarning
    }

    /// `step 3 (RENAME): sourceColumn: column 'emial' not found; did you mean 'email'?`
    public var description: String {
        var s = isWarning ? "warning: " : ""
        if let step { s += "step \(step)" + (operation.map { " (\($0))" } ?? "") + ": " }
        if let parameter { s += "\(parameter): " }
        return s + message
    }
}
