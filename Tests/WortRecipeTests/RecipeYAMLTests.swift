import Testing
import WortCore
@testable import WortRecipe

/// DataBrew's "Download as YAML" form reads to the same recipe as its JSON form.
struct RecipeYAMLTests {
    @Test func yamlDownloadEqualsJSONDownload() throws {
        let yaml = """
            - Action:
                Operation: JOIN
                Parameters:
                  joinKeys: >-
                    [{"key":"PULocationID","value":"LocationID"}]
                  joinType: LEFT_JOIN
                  rightColumns: >-
                    ["Zone"]
                  secondaryDatasetName: ny-taxi-lookup
            - Action:
                Operation: REMOVE_VALUES
                Parameters:
                  sourceColumn: rating
              ConditionExpressions:
                - Condition: LESS_THAN
                  Value: '1800'
                  TargetColumn: rating
            - Action:
                Operation: SPLIT_COLUMN_SINGLE_DELIMITER
                Parameters:
                  SourceColumn: Address
                  limit: 4
                  isText: TRUE
            """
        let json = """
            [{"Action":{"Operation":"JOIN","Parameters":{"joinKeys":"[{\\"key\\":\\"PULocationID\\",\\"value\\":\\"LocationID\\"}]","joinType":"LEFT_JOIN","rightColumns":"[\\"Zone\\"]","secondaryDatasetName":"ny-taxi-lookup"}}},
             {"Action":{"Operation":"REMOVE_VALUES","Parameters":{"sourceColumn":"rating"}},"ConditionExpressions":[{"Condition":"LESS_THAN","Value":"1800","TargetColumn":"rating"}]},
             {"Action":{"Operation":"SPLIT_COLUMN_SINGLE_DELIMITER","Parameters":{"sourceColumn":"Address","limit":"4","isText":"TRUE"}}}]
            """
        let fromYAML = try RecipeReader.read(bytes: Array(yaml.utf8), file: "r.yaml")
        #expect(fromYAML == (try RecipeJSONReader.read(json)))
        #expect(fromYAML.steps.count == 3)
    }

    @Test func brokenYAMLNamesTheFile() {
        #expect(throws: WortError.self) { try RecipeReader.read(bytes: Array("- Action: [unclosed".utf8), file: "bad.yaml") }
    }
}
