import WortCore
import Yams

/// Reads DataBrew's "Download as YAML" recipes (databrew.md §1.3): the same keys as the
/// JSON, in YAML, list parameters often as `>-` block scalars holding JSON. The YAML is
/// turned into the JSON reader's tree and read by the same lenient rules. Every scalar
/// is kept as the text written (a parameter `limit: 4` is the string "4", as DataBrew's).
public enum RecipeYAMLReader {
    public static func read(_ text: String, file: String = "recipe.yaml") throws -> Recipe {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw WortError.data("not valid YAML: \(e)", at: SourceLocation(file: file))
        }
        guard let node else { return Recipe() }
        return try RecipeJSONReader.read(node: convert(node), file: file)
    }

    static func convert(_ node: Node) -> JSONNode {
        let line = node.mark.map { $0.line } ?? 0
        let column = node.mark.map { $0.column } ?? 0
        switch node {
        case .scalar(let s):
            if s.style == .plain && (s.string == "null" || s.string == "~" || s.string.isEmpty) {
                return JSONNode(.null, line: line, column: column)
            }
            return JSONNode(.string(s.string), line: line, column: column)
        case .sequence(let seq):
            return JSONNode(.array(seq.map(convert)), line: line, column: column)
        case .mapping(let map):
            var members: [JSONMember] = []
            for (k, v) in map {
                members.append(JSONMember(key: k.string ?? "", value: convert(v), line: k.mark?.line ?? line, column: k.mark?.column ?? column))
            }
            return JSONNode(.object(members), line: line, column: column)
        }
    }
}
