import Testing
import WortCore
@testable import WortRecipe

// Every example recipe in databrew.md §1 and §3 loads with the exact strings given.

@Test func chessRecipeFromSection1_1Parses() throws {
    let recipe = try RecipeJSONReader.read(try golden("chess.json"))
    #expect(recipe.steps.count == 2)
    let filter = recipe.steps[0]
    #expect(filter.action.operation == "REMOVE_VALUES")
    #expect(filter.action.parameters.names == ["sourceColumn"])
    #expect(filter.action.parameters["sourceColumn"] == "black_rating")
    #expect(filter.conditions == [ConditionExpression(condition: "LESS_THAN", value: "1800", targetColumn: "black_rating")])
    let group = recipe.steps[1]
    #expect(group.action.operation == "GROUP_BY")
    #expect(group.action.parameters.names == ["groupByAggFunctionOptions", "sourceColumns", "useNewDataFrame"])
    #expect(group.action.parameters["groupByAggFunctionOptions"]
        == #"[{"sourceColumnName":"winner","targetColumnName":"winner_count","targetColumnDataType":"int","functionName":"COUNT"}]"#)
    #expect(group.action.parameters["sourceColumns"] == #"["winner","victory_status"]"#)
    #expect(group.action.parameters["useNewDataFrame"] == "true")
    #expect(group.conditions.isEmpty)
}

@Test func emptyRecipeParsesInBothSpellings() throws {
    #expect(try RecipeJSONReader.read("[ ]").steps.isEmpty)
    #expect(try RecipeJSONReader.read("[]").steps.isEmpty)
    #expect(try RecipeJSONReader.read(#"{"Steps": []}"#).steps.isEmpty)
}

/// §1.2: lists, objects, booleans and numbers encoded inside strings are kept exactly.
@Test func section1_2StringEncodedValuesAreKeptExactly() throws {
    let text = #"""
    [
      {"Action": {"Operation": "MERGE", "Parameters": {"sourceColumns": "[\"first_name\",\"last_name\"]", "delimiter": " ", "targetColumn": "name"}}},
      {"Action": {"Operation": "JOIN", "Parameters": {"joinKeys": "[{\"key\":\"PULocationID\",\"value\":\"LocationID\"}]", "joinType": "INNER_JOIN", "leftColumns": "[\"year\"]"}}},
      {"Action": {"Operation": "CATEGORICAL_MAPPING", "Parameters": {"categoryMap": "{\"no\":\"0\",\"yes\":\"1\"}", "sourceColumn": "loan"}}},
      {"Action": {"Operation": "REMOVE_COMBINED", "Parameters": {"isText": "TRUE", "removeLeadingAndTrailingPunctuation": "true", "removeLeadingAndTrailingQuotes": "true"}}},
      {"Action": {"Operation": "REMOVE_OUTLIERS", "Parameters": {"trimValue": "TRUE", "threshold": "300"}}},
      {"Action": {"Operation": "DELETE_DUPLICATE_ROWS", "Parameters": {}}},
      {"Action": {"Operation": "DELETE_DUPLICATE_ROWS"}}
    ]
    """#
    let r = try RecipeJSONReader.read(text)
    #expect(r.steps.map(\.action.operation) == ["MERGE", "JOIN", "CATEGORICAL_MAPPING", "REMOVE_COMBINED",
                                                "REMOVE_OUTLIERS", "DELETE_DUPLICATE_ROWS", "DELETE_DUPLICATE_ROWS"])
    #expect(r.steps[0].action.parameters["sourceColumns"] == #"["first_name","last_name"]"#)
    #expect(r.steps[0].action.parameters["delimiter"] == " ")
    #expect(r.steps[1].action.parameters["joinKeys"] == #"[{"key":"PULocationID","value":"LocationID"}]"#)
    #expect(r.steps[2].action.parameters["categoryMap"] == #"{"no":"0","yes":"1"}"#)
    #expect(r.steps[3].action.parameters["isText"] == "TRUE")
    #expect(r.steps[4].action.parameters["threshold"] == "300")
    #expect(r.steps[5].action.parameters.isEmpty && r.steps[6].action.parameters.isEmpty)
}

/// §1.2 doc inconsistencies: wrappers and raw JSON values on the action pages.
@Test func section1_2DocumentationWrappersAndRawValuesParse() throws {
    let text = #"""
    [
      {"RecipeAction": {"Operation": "RENAME", "Parameters": {"sourceColumn": "a", "targetColumn": "b"}}},
      {"RecipeStep": {"Action": {"Operation": "CASE_OPERATION", "Parameters": {"sourceColumn": "c", "caseType": "UPPER"}}}},
      {"RecipeAction": {"Operation": "MASK_CUSTOM", "Parameters": {"sourceColumns": ["company"], "maskSymbol": "#"}}},
      {"RecipeAction": {"Operation": "MASK_DELIMITER", "Parameters": {"sourceColumns": ["phone"], "preserveDelimiters": false}}},
      {"RecipeAction": {"Operation": "MASK_DATE", "Parameters": {"sourceColumns": ["dob"], "redact": ["YEAR"]}}}
    ]
    """#
    let r = try RecipeJSONReader.read(text)
    #expect(r.steps.map(\.action.operation) == ["RENAME", "CASE_OPERATION", "MASK_CUSTOM", "MASK_DELIMITER", "MASK_DATE"])
    #expect(r.steps[0].action.parameters["targetColumn"] == "b")
    #expect(r.steps[1].action.parameters["caseType"] == "UPPER")
    #expect(r.steps[2].action.parameters["sourceColumns"] == #"["company"]"#)
    #expect(r.steps[3].action.parameters["preserveDelimiters"] == "false")
    #expect(r.steps[4].action.parameters["redact"] == #"["YEAR"]"#)
}

/// §1.3: CloudFormation PascalCase parameter keys, CDK camelCase structure.
@Test func section1_3CloudFormationAndCDKShapesParse() throws {
    let cfn = #"""
    {"Steps": [{"Action": {"Operation": "JOIN", "Parameters": {"SourceColumn": "x", "JoinKeys": "[]", "GroupByAggFunctionOptions": "[]", "MultiLine": true}}}]}
    """#
    let r = try RecipeJSONReader.read(cfn)
    #expect(r.steps[0].action.parameters.names == ["sourceColumn", "joinKeys", "groupByAggFunctionOptions", "multiLine"])
    #expect(r.steps[0].action.parameters["multiLine"] == "true")
    let cdk = #"""
    {"steps": [{"action": {"operation": "REMOVE_VALUES", "parameters": {"sourceColumn": "age"}},
                "conditionExpressions": [{"condition": "IS_MISSING", "value": "string", "targetColumn": "age"}]}]}
    """#
    let c = try RecipeJSONReader.read(cdk)
    #expect(c.steps[0].action.operation == "REMOVE_VALUES")
    #expect(c.steps[0].conditions == [ConditionExpression(condition: "IS_MISSING", value: "string", targetColumn: "age")])
}

/// §1.5: console conventions (functionStepType, DELETE both ways, integer data type).
@Test func section1_5ConsoleConventionsParse() throws {
    let text = #"""
    [
      {"Action": {"Operation": "TODAY", "Parameters": {"functionStepType": "TODAY", "targetColumn": "today"}}},
      {"Action": {"Operation": "DELETE", "Parameters": {"sourceColumns": "[\"Middle_Name\",\"Suffix\"]"}}},
      {"Action": {"Operation": "DELETE", "Parameters": {"sourceColumn": "Suffix"}}},
      {"Action": {"Operation": "CHANGE_DATA_TYPE", "Parameters": {"columnDataType": "integer", "sourceColumn": "Column_1"}}},
      {"Action": {"Operation": "FORMAT_DATE", "Parameters": {"sourceColumn": "d", "targetDateFormat": "MM-dd-yyyy"}}}
    ]
    """#
    let r = try RecipeJSONReader.read(text)
    #expect(r.steps.count == 5)
    #expect(r.steps[0].action.parameters["functionStepType"] == "TODAY")
    #expect(r.steps[1].action.parameters["sourceColumns"] == #"["Middle_Name","Suffix"]"#)
    #expect(r.steps[2].action.parameters["sourceColumn"] == "Suffix")
    #expect(r.steps[3].action.parameters["columnDataType"] == "integer")
    #expect(r.steps[4].action.parameters["targetDateFormat"] == "MM-dd-yyyy")
}

/// §3: the value encodings seen, a condition without Value, a different TargetColumn,
/// several ANDed conditions, and every documented condition name.
@Test func section3ConditionExamplesParse() throws {
    let text = #"""
    [
      {"Action": {"Operation": "REMOVE_VALUES", "Parameters": {"sourceColumn": "winner"}},
       "ConditionExpressions": [{"Condition": "IS", "Value": "[\"draw\"]", "TargetColumn": "winner"},
                                {"Condition": "IS_NOT", "Value": "[\"NY\",\"CA\"]", "TargetColumn": "state"}]},
      {"Action": {"Operation": "REMOVE_VALUES", "Parameters": {"sourceColumn": "name"}},
       "ConditionExpressions": [{"Condition": "STARTS_WITH", "Value": "[TEST]", "TargetColumn": "name"}]},
      {"Action": {"Operation": "FILL_WITH_CUSTOM", "Parameters": {"sourceColumn": "n", "columnDataType": "int", "value": "0"}},
       "ConditionExpressions": [{"Condition": "IS_INVALID", "Value": "string", "TargetColumn": "n"}]},
      {"Action": {"Operation": "BUCKETIZATION", "Parameters": {"sourceColumn": "age"}},
       "ConditionExpressions": [{"Condition": "IS_MISSING", "TargetColumn": "loan"}]}
    ]
    """#
    let r = try RecipeJSONReader.read(text)
    #expect(r.steps[0].conditions.count == 2)
    #expect(r.steps[0].conditions[0].value == #"["draw"]"#)
    #expect(r.steps[0].conditions[1] == ConditionExpression(condition: "IS_NOT", value: #"["NY","CA"]"#, targetColumn: "state"))
    #expect(r.steps[1].conditions[0].value == "[TEST]")
    #expect(r.steps[2].conditions[0].value == "string")
    #expect(r.steps[3].conditions[0] == ConditionExpression(condition: "IS_MISSING", value: nil, targetColumn: "loan"))

    #expect(ConditionExpression.documentedConditions.count == 15)
    for name in ConditionExpression.documentedConditions {
        let step = #"[{"Action":{"Operation":"REMOVE_VALUES","Parameters":{"sourceColumn":"c"}},"ConditionExpressions":[{"Condition":"\#(name)","Value":"1","TargetColumn":"c"}]}]"#
        #expect(try RecipeJSONReader.read(step).steps[0].conditions[0].condition == name)
    }
}

@Test func bareActionStepsAndActionWrapperWithConditionsParse() throws {
    let r = try RecipeJSONReader.read(#"""
    [
      {"Operation": "UPPER_CASE", "Parameters": {"sourceColumn": "a"},
       "ConditionExpressions": [{"Condition": "IS", "Value": "[\"x\"]", "TargetColumn": "a"}]},
      {"RecipeAction": {"Operation": "LOWER_CASE", "Parameters": {"sourceColumn": "b"}},
       "ConditionExpressions": [{"Condition": "IS_MISSING", "TargetColumn": "b"}]}
    ]
    """#)
    #expect(r.steps[0] == RecipeStep(action: RecipeAction(operation: "UPPER_CASE", parameters: ["sourceColumn": "a"]),
                                     conditions: [ConditionExpression(condition: "IS", value: #"["x"]"#, targetColumn: "a")]))
    #expect(r.steps[1] == RecipeStep(action: RecipeAction(operation: "LOWER_CASE", parameters: ["sourceColumn": "b"]),
                                     conditions: [ConditionExpression(condition: "IS_MISSING", targetColumn: "b")]))
}

@Test func bytesWithByteOrderMarkParseAndBadUTF8IsAnError() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"[{"Action":{"Operation":"A"}}]"#.utf8)
    #expect(try RecipeJSONReader.read(bytes: bom, file: "b.json").steps.map(\.action.operation) == ["A"])
    let bad: [UInt8] = Array(#"[{"Action":{"Operation":""#.utf8) + [0xFF] + Array(#""}}]"#.utf8)
    #expect(throws: WortError.self) { try RecipeJSONReader.read(bytes: bad, file: "b.json") }
}
