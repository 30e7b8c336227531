import Testing
@testable import WortRecipe

@Test func orderedParametersKeepInsertionOrderAndReplaceInPlace() {
    var p: OrderedParameters = ["b": "1", "a": "2"]
    p["c"] = "3"
    p["b"] = "changed"
    #expect(p.names == ["b", "a", "c"])
    #expect(p["b"] == "changed")
    p["a"] = nil
    #expect(p.names == ["b", "c"] && p.count == 2)
    #expect(p != ["c": "3", "b": "changed"])   // order matters for equality
    #expect(p == ["b": "changed", "c": "3"])
}

@Test func canonicalParameterNamesLowerTheFirstLetterOnly() {
    #expect(ParameterValue.canonicalName("SourceColumn") == "sourceColumn")
    #expect(ParameterValue.canonicalName("sourceColumn") == "sourceColumn")
    #expect(ParameterValue.canonicalName("GroupByAggFunctionOptions") == "groupByAggFunctionOptions")
    #expect(ParameterValue.canonicalName("X") == "x")
    #expect(ParameterValue.canonicalName("value1") == "value1")
}

@Test func parameterStringHelpers() {
    #expect(ParameterValue.encode(list: ["a", "b\"c"]) == #"["a","b\"c"]"#)
    #expect(ParameterValue.stringList(#"["Middle_Name","Suffix"]"#) == ["Middle_Name", "Suffix"])
    #expect(ParameterValue.stringList(#"[1]"#) == nil)
    #expect(ParameterValue.stringList("Suffix") == nil)
    #expect(ParameterValue.bool("TRUE") == true && ParameterValue.bool("false") == false)
    #expect(ParameterValue.bool("yes") == nil)
}

@Test func parserKeepsMemberOrderNumberTextAndDecodesEscapes() throws {
    let node = try RecipeJSONParser.parse(#"{"b": 1.0e-2, "a": "\u00e9\ud83d\ude00\/\"", "c": [true, false, null]}"#, file: "t")
    guard case .object(let members) = node.kind else { Issue.record("not an object"); return }
    #expect(members.map(\.key) == ["b", "a", "c"])
    #expect(members[0].value.kind == .number("1.0e-2"))
    #expect(members[1].value.kind == .string("é😀/\""))
    #expect(node.compactText == #"{"b":1.0e-2,"a":"é😀/\"","c":[true,false,null]}"#)
    #expect(JSONNode(.string("\u{01}\n")).compactText == #""\u0001\n""#)
}
