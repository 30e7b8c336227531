import Foundation
import Testing
import WortCore
import WortIO
@testable import WortRecipe

/// Every documented condition, on numbers, text, dates and nulls, through REMOVE_VALUES
/// (the rows a condition matches are the rows removed). Expected rows are worked out by
/// hand from the condition's meaning; a null cell matches only IS_MISSING.
struct ConditionTests {
    /// id, n (int64), s (string), d (date); row 4 is null in every value column, row 5 has
    /// an empty s, which the reader reads as null (so no NOT_* condition matches it either).
    static let csv = """
        id,n,s,d
        1,1,apple,2024-01-05
        2,5,Banana split,2024-03-01
        3,10,cherry,2023-12-31
        4,,,
        5,7,,2024-03-01
        """

    static let cases: [(condition: String, value: String?, column: String, removed: [Int])] = [
        ("IS", #"["5","10"]"#, "n", [2, 3]),
        ("IS", #"["apple"]"#, "s", [1]),
        ("IS_NOT", #"["5"]"#, "n", [1, 3, 5]),
        ("IS_BETWEEN", #"{"greaterThanEqual":"5","lessThanEqual":"7"}"#, "n", [2, 5]),
        ("IS_BETWEEN", #"["2024-01-01","2024-02-01"]"#, "d", [1]),
        ("CONTAINS", "an", "s", [2]),
        ("NOT_CONTAINS", "an", "s", [1, 3]),
        ("STARTS_WITH", "Ban", "s", [2]),
        ("NOT_STARTS_WITH", "Ban", "s", [1, 3]),
        ("ENDS_WITH", "rry", "s", [3]),
        ("NOT_ENDS_WITH", "rry", "s", [1, 2]),
        ("LESS_THAN", "5", "n", [1]),
        ("LESS_THAN_EQUAL", "5", "n", [1, 2]),
        ("GREATER_THAN", "5", "n", [3, 5]),
        ("GREATER_THAN_EQUAL", "7", "n", [3, 5]),
        ("LESS_THAN", "2024-01-01", "d", [3]),
        ("GREATER_THAN", "2024-02-01", "d", [2, 5]),
        ("IS_MISSING", nil, "n", [4]),
        ("IS_MISSING", "string", "s", [4, 5]),
        ("IS_INVALID", "int", "s", [1, 2, 3]),
    ]

    @Test(arguments: cases.indices)
    func conditionRemovesTheRowsItMatches(_ k: Int) throws {
        let c = Self.cases[k]
        let recipe = Recipe(steps: [RecipeStep(
            action: RecipeAction(operation: "REMOVE_VALUES", parameters: ["sourceColumn": c.column]),
            conditions: [ConditionExpression(condition: c.condition, value: c.value, targetColumn: c.column)])])
        let kept = try run(recipe)
        let expected = [1, 2, 3, 4, 5].filter { !c.removed.contains($0) }
        #expect(kept == expected, "\(c.condition) \(c.value ?? "-") on \(c.column)")
    }

    @Test func conditionsAreANDed() throws {
        let recipe = Recipe(steps: [RecipeStep(
            action: RecipeAction(operation: "REMOVE_VALUES", parameters: ["sourceColumn": "n"]),
            conditions: [ConditionExpression(condition: "GREATER_THAN", value: "1", targetColumn: "n"),
                         ConditionExpression(condition: "IS_MISSING", value: nil, targetColumn: "s")])])
        #expect(try run(recipe) == [1, 2, 3, 4])
    }

    @Test func conditionOnAChangingStepChangesOnlyMatchingRows() throws {
        let recipe = Recipe(steps: [RecipeStep(
            action: RecipeAction(operation: "UPPER_CASE", parameters: ["sourceColumn": "s"]),
            conditions: [ConditionExpression(condition: "GREATER_THAN", value: "4", targetColumn: "n")])])
        let out = try output(recipe)
        #expect(out.contains("1,1,apple,"))
        #expect(out.contains("2,5,BANANA SPLIT,"))
        #expect(out.contains("3,10,CHERRY,"))
    }

    @Test func unknownConditionIsAPreflightProblemWithASuggestion() throws {
        let recipe = Recipe(steps: [RecipeStep(
            action: RecipeAction(operation: "REMOVE_VALUES", parameters: ["sourceColumn": "n"]),
            conditions: [ConditionExpression(condition: "LESS_THEN", value: "3", targetColumn: "m")])])
        let reader = try TableFiles.openReader(try inputFile(), format: .csv, options: ReadOptions())
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: RecipeEnvironment())
        #expect(plan == nil)
        let text = problems.map(\.description)
        #expect(text.contains("step 1 (REMOVE_VALUES): ConditionExpressions[0]: TargetColumn: column 'm' not found; did you mean 'n'?"), "\(text)")
    }

    private func inputFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wort-conditions-\(getpid()).csv").path
        try Self.csv.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func output(_ recipe: Recipe) throws -> String {
        let reader = try TableFiles.openReader(try inputFile(), format: .csv, options: ReadOptions())
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: RecipeEnvironment())
        let p = try #require(plan, "\(problems)")
        let sink = ByteSink()
        let writer = CSVWriter(format: CSVWriter.Format(delimiter: 0x2C, header: false)) { sink.bytes += $0 }
        _ = try RecipeRunner.run(p, reader: reader, writer: writer)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    private func run(_ recipe: Recipe) throws -> [Int] {
        try output(recipe).split(separator: "\n").compactMap { Int($0.split(separator: ",", omittingEmptySubsequences: false)[0]) }
    }
}
