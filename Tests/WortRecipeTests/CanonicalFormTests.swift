import Testing
@testable import WortRecipe

@Test func chessRecipeWritesTheCanonicalGolden() throws {
    let recipe = try RecipeJSONReader.read(try golden("chess.json"))
    #expect(RecipeJSONWriter.write(recipe) == (try golden("chess.canonical.json")))
}

@Test func lenientInputNormalisesToTheCanonicalGolden() throws {
    let recipe = try RecipeJSONReader.read(try golden("lenient.json"))
    #expect(RecipeJSONWriter.write(recipe) == (try golden("lenient.canonical.json")))
    // Spot checks on the model, independent of the writer.
    #expect(recipe.steps[0].action.parameters["preserveDelimiters"] == "false")
    #expect(recipe.steps[1].action.parameters.names == ["sourceColumns", "redact", "dateFormat"])
    #expect(recipe.steps[2].action.parameters["limit"] == "4")
    #expect(recipe.steps[2].conditions[0].value == #"["NY","CA"]"#)
    #expect(recipe.steps[3].action.parameters["ratio"] == "0.25e1")   // number text as written
    #expect(recipe.steps[3].conditions[0].value == "18")
}

@Test func canonicalGoldensAreFixedPointsOfReadThenWrite() throws {
    for name in ["chess.canonical.json", "lenient.canonical.json"] {
        let text = try golden(name)
        #expect(RecipeJSONWriter.write(try RecipeJSONReader.read(text)) == text, "\(name)")
    }
}

@Test func roundTripIsIdentityAndWriteIsByteStable() throws {
    for name in ["chess.json", "lenient.json", "chess.canonical.json", "lenient.canonical.json"] {
        let first = try RecipeJSONReader.read(try golden(name))
        let written = RecipeJSONWriter.write(first)
        let second = try RecipeJSONReader.read(written)
        #expect(second == first, "\(name)")
        #expect(RecipeJSONWriter.write(second) == written, "\(name)")
    }
}

@Test func emptyRecipeAndEmptyParametersWriteAsDataBrewShowsThem() {
    #expect(RecipeJSONWriter.write(Recipe()) == "[ ]\n")
    let r = Recipe(steps: [RecipeStep(action: RecipeAction(operation: "DELETE_DUPLICATE_ROWS"))])
    #expect(RecipeJSONWriter.write(r) == """
    [
      {
        "Action": {
          "Operation": "DELETE_DUPLICATE_ROWS",
          "Parameters": {}
        }
      }
    ]

    """)
}

@Test func conditionWithoutValueOmitsValue() {
    let r = Recipe(steps: [RecipeStep(
        action: RecipeAction(operation: "REMOVE_VALUES", parameters: ["sourceColumn": "age"]),
        conditions: [ConditionExpression(condition: "IS_MISSING", targetColumn: "age")])])
    let text = RecipeJSONWriter.write(r)
    #expect(!text.contains("\"Value\""))
    #expect(text.contains("""
          {
            "Condition": "IS_MISSING",
            "TargetColumn": "age"
          }
    """))
}

@Test func unknownOperationsAndParametersSurviveByteForByte() throws {
    // Odd but legal values: quotes, backslashes, slashes, tabs, non-ASCII, leading spaces.
    let canonical = #"""
    [
      {
        "Action": {
          "Operation": "SOME_FUTURE_OPERATION",
          "Parameters": {
            "zeta": " spaced \"quoted\" a\\b c/d\te — 東京 ",
            "alpha": "{\"nested\":[1,2.50,true,null]}",
            "targetIndex": "3",
            "functionStepType": "SOME_FUTURE_OPERATION"
          }
        },
        "ConditionExpressions": [
          {
            "Condition": "SOME_FUTURE_CONDITION",
            "Value": "x\ny",
            "TargetColumn": "col with spaces"
          }
        ]
      }
    ]

    """#
    let recipe = try RecipeJSONReader.read(canonical)
    let p = recipe.steps[0].action.parameters
    #expect(p.names == ["zeta", "alpha", "targetIndex", "functionStepType"])   // order kept, not sorted
    #expect(p["zeta"] == " spaced \"quoted\" a\\b c/d\te — 東京 ")
    #expect(p["alpha"] == #"{"nested":[1,2.50,true,null]}"#)
    #expect(recipe.steps[0].conditions[0].value == "x\ny")
    #expect(RecipeJSONWriter.write(recipe) == canonical)
}

@Test func rawNestedValuesKeepMemberOrderAndNumberText() throws {
    let r = try RecipeJSONReader.read(#"""
    [{"Action":{"Operation":"X","Parameters":{"opts": { "z" : 1.50 , "a" : [ -0.0 , 1E+3, "s\/\u00e9" ] , "n": null }}}}]
    """#)
    #expect(r.steps[0].action.parameters["opts"] == #"{"z":1.50,"a":[-0.0,1E+3,"s/é"],"n":null}"#)
}
