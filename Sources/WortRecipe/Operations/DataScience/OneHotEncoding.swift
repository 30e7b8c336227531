import WortCore

/// ONE_HOT_ENCODING and PIVOT make one column per distinct value of a column, so their
/// output columns come from the data. Wort's pre-flight checks a recipe against schemas
/// alone (it reads no rows, and the runner holds every step to the schema pre-flight
/// promised), and DataBrew's parameters do not list the values. Rather than guess the
/// columns, these steps check their parameters and then report one clear pre-flight
/// problem: supporting them needs a planner pass that reads the column's distinct values
/// (at most 10 in DataBrew) before the schema is fixed.
enum DataDependentSchema {
    static func refuse(_ context: inout StepContext, column: Int, makes what: String) {
        let name = context.schema.fields[column].name
        context.problem(nil, "\(context.operation) makes \(what) of '\(name)', known only after reading the data; "
            + "pre-flight must know every output column, so Wort cannot run this step yet")
    }
}

/// ONE_HOT_ENCODING (`sourceColumn`): one 0/1 column `<sourceColumn>_<value>` per distinct
/// value. Not runnable yet: see `DataDependentSchema`.
enum OneHotEncoding: RecipeOperation {
    static let name = "ONE_HOT_ENCODING"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        DataDependentSchema.refuse(&context, column: i, makes: "one column per distinct value")
        return nil
    }
}
