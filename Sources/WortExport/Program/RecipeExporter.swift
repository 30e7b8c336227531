import WortCore
import WortRecipe

/// Turns a pre-flighted recipe (its plan: every step with its schemas) into a program for
/// another engine, one lowering per operation (`ExportLowerings`), one view per step.
public enum RecipeExporter {
    public static func export(recipe: Recipe, plan: RecipePlan, recipePath: String, input: ExportSource,
                              environment: RecipeEnvironment, target: ExportTarget, output: ExportOutput,
                              lowerings: ExportLowerings = .standard) throws -> ExportProgram {
        let dialect = target.dialect
        try checkNames(plan, dialect: dialect)
        let parts = ProgramParts()
        var main = input
        main.view = "wort_input"
        parts.sources.append(main)
        var from = main.view
        var steps: [ExportedStep] = []
        for planned in plan.steps {
            let recipeStep = recipe.steps[planned.number - 1]
            if recipeStep.action.parameters["entityTypeFilter"] != nil {
                throw ExportRefusal(step: planned.number, operation: planned.operation, parameter: "entityTypeFilter",
                                    reason: "entityTypeFilter finds entities with wort's own detectors, which neither engine has; mask the whole column in the export, or run this step with `wort run`")
            }
            guard let lowering = lowerings.lowering(for: planned.operation) else {
                throw ExportRefusal(step: planned.number, operation: planned.operation,
                                    reason: lowerings.reasonNotExported(planned.operation))
            }
            // A conditional step reads its input twice (ConditionalStep); materialised once,
            // so that a chain of such steps does not double the plan at every step.
            let conditional = !recipeStep.conditions.isEmpty && !lowerings.handlesConditions(planned.operation)
            var before: [String] = []
            if conditional {
                let input = "wort_step_\(planned.number)_input"
                before += dialect.materialize(input, "SELECT * FROM \(from)")
                from = input
            }
            var context = Lowering(step: planned, recipeStep: recipeStep, dialect: dialect, from: from,
                                   environment: environment, parts: parts)
            var query = try lowering.lower(&context)
            if conditional { query = try ConditionalStep.merge(query, &context) }
            let view = "wort_step_\(planned.number)"
            steps.append(ExportedStep(number: planned.number, operation: planned.operation, before: before,
                                      statement: dialect.createView(view, query)))
            from = view
        }
        if dialect == .duckdb || target == .sparkSQL {
            if let s = parts.secrets.first(where: { $0.keyFile == nil }) {
                throw ExportRefusal(step: nil, operation: nil, reason: "secret '\(s.id)' came from \(s.variable); a \(target.rawValue) script reads keys from key files when it runs: give --secret \(s.id)=KEYFILE (the file's path is written into the script, never the key)")
            }
        }
        let columns = plan.outputSchema.fields.map { dialect.identifier($0.name) }.joined(separator: ", ")
        for c in output.partitionBy where !plan.outputSchema.names.contains(c) {
            throw ExportRefusal(step: nil, operation: nil, parameter: "--partition-by", reason: "column '\(c)' is not in the recipe's output")
        }
        return ExportProgram(target: target, recipe: recipePath, sources: parts.sources, secrets: parts.secrets,
                             prelude: parts.prelude, steps: steps,
                             finalQuery: "SELECT \(columns) FROM \(from) ORDER BY \(SQLDialect.rowID)",
                             outputSchema: plan.outputSchema, output: output)
    }

    /// Both engines resolve names case-insensitively (scale-out.md §1.4 #10); a schema
    /// with `Name` and `name`, or a column named like the row-order column, cannot be
    /// exported as it is.
    static func checkNames(_ plan: RecipePlan, dialect: SQLDialect) throws {
        let schemas = [(0, plan.inputSchema)] + plan.steps.map { ($0.number, $0.outputSchema) }
        for (number, schema) in schemas {
            var seen: [String: String] = [:]
            for name in schema.names {
                if name.lowercased() == SQLDialect.rowID {
                    throw ExportRefusal(step: number == 0 ? nil : number, operation: nil, reason: "a column is named '\(name)', the name exported programs use for row order; rename it first")
                }
                if let other = seen[name.lowercased()] {
                    throw ExportRefusal(step: number == 0 ? nil : number, operation: nil,
                                        reason: "columns '\(other)' and '\(name)' differ only in letter case, and Spark and DuckDB do not tell them apart; rename one first")
                }
                seen[name.lowercased()] = name
            }
        }
    }
}
