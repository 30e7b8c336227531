import Testing
import WortCore
@testable import WortRecipe

private func readError(_ text: String) -> WortError? {
    do {
        _ = try RecipeJSONReader.read(text, file: "r.json")
        return nil
    } catch let e as WortError {
        return e
    } catch {
        return nil
    }
}

@Test func missingOperationNamesStepAndPlace() {
    let text = """
    [
      {"Action": {"Operation": "A"}},
      {"Action": {"Operation": "B"}},
      {"Action": {"Parameters": {"sourceColumn": "x"}}}
    ]
    """
    let e = readError(text)
    #expect(e?.kind == .data)
    #expect(e?.message == "step 3: Action has no Operation")
    #expect(e?.location == SourceLocation(file: "r.json", line: 4, column: 14))
    #expect(e?.description == "r.json:4:14: step 3: Action has no Operation")
}

@Test func malformedJSONReportsLineAndColumn() {
    let e = readError("[\n  {\"Action\": {\"Operation\": \"A\",}}\n]")
    #expect(e?.location == SourceLocation(file: "r.json", line: 2, column: 32))
    #expect(e?.message.hasPrefix("malformed JSON: expected a quoted key") == true)

    let unterminated = readError("[{\"Action\": {\"Operation\": \"A}}]")
    #expect(unterminated?.message == "malformed JSON: unterminated string")

    let trailing = readError("[] x")
    #expect(trailing?.location == SourceLocation(file: "r.json", line: 1, column: 4))

    // Columns count characters, not UTF-8 bytes (bytes would give 11).
    let wide = readError("[\"東京\" 1]")
    #expect(wide?.location == SourceLocation(file: "r.json", line: 1, column: 7))

    #expect(readError("")?.message == "malformed JSON: the file is empty")
    #expect(readError("[01]")?.message == "malformed JSON: invalid number: leading zero")
    #expect(readError("[\"\\x\"]")?.message == "malformed JSON: invalid escape '\\x'")
    #expect(readError("[\"\\ud800\"]")?.message == "malformed JSON: unpaired surrogate in \\u escape")
}

@Test func nestingDeeperThan64IsRefused() {
    let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(throws: Never.self) { try RecipeJSONParser.parse(ok, file: "d") }
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(readError(deep)?.message == "malformed JSON: nesting deeper than 64 levels")
    #expect(readError(String(repeating: "[", count: 100_000)) != nil)   // no stack overflow
}

@Test func structuralProblemsNameTheStep() {
    #expect(readError(#"{"Name": "x"}"#)?.message.contains("no \"Steps\"") == true)
    #expect(readError(#""text""#)?.message == "a recipe is a list of steps, not a string")
    #expect(readError(#"{"Steps": {}}"#)?.message == "\"Steps\" must be a list, not an object")
    #expect(readError(#"[{"Action":{"Operation":"A"}}, 3]"#)?.message == "step 2: a step must be an object, not a number")
    #expect(readError(#"[{"ConditionExpressions": []}]"#)?.message == "step 1: step has no Action")
    #expect(readError(#"[{"Action":{"Operation":7}}]"#)?.message == "step 1: Operation must be a string, not a number")
    #expect(readError(#"[{"Action":{"Operation":""}}]"#)?.message == "step 1: Operation is empty")
    #expect(readError(#"[{"Action":{"Operation":"A"},"Extra":1}]"#)?.message
        == "step 1: unknown key \"Extra\" in step (expected \"Action\" and \"ConditionExpressions\")")
    #expect(readError(#"[{"Action":{"Operation":"A","Param":{}}}]"#)?.message.hasPrefix("step 1: unknown key \"Param\" in Action") == true)
    #expect(readError(#"[{"Action":{"Operation":"A","Parameters":[]}}]"#)?.message == "step 1: Parameters must be an object, not a list")
}

@Test func parameterProblemsNameTheStepAndParameter() {
    let dup = readError("[{\"Action\":{\"Operation\":\"A\",\"Parameters\":{\"sourceColumn\":\"a\",\n \"SourceColumn\":\"b\"}}}]")
    #expect(dup?.message == "step 1: parameter \"sourceColumn\" is given twice (as \"SourceColumn\")")
    #expect(dup?.location == SourceLocation(file: "r.json", line: 2, column: 2))
    #expect(readError(#"[{"Action":{"Operation":"A","Parameters":{"x":null}}}]"#)?.message == "step 1: parameter \"x\" is null")
    #expect(readError(#"[{"Action":{"Operation":"A","Parameters":{"":"v"}}}]"#)?.message == "step 1: a parameter has an empty name")
}

@Test func conditionProblemsNameStepAndCondition() {
    let base = #"[{"Action":{"Operation":"A"}},{"Action":{"Operation":"REMOVE_VALUES"},"ConditionExpressions":"#
    #expect(readError(base + #"[{"Condition":"IS","Value":"[]"}]}]"#)?.message == "step 2: condition 1 has no TargetColumn")
    #expect(readError(base + #"[{"Condition":"IS","TargetColumn":"c"},{"TargetColumn":"c"}]}]"#)?.message == "step 2: condition 2 has no Condition")
    #expect(readError(base + #"{}}]"#)?.message == "step 2: ConditionExpressions must be a list, not an object")
    #expect(readError(base + #"[{"Condition":"IS","TargetColumn":"c","Colour":"red"}]}]"#)?.message.hasPrefix("step 2: condition 1: unknown key \"Colour\"") == true)
}
