import WortCore

/// EXTRACT_VALUE: the value at `path` (`` `user`.`address`.`zip` ``, `` `tags`[1] ``) into a
/// new text column `targetColumn`.
///
/// Wort flattens nested JSON objects into dotted column names (`user.address.zip`), so a
/// path of object keys whose dotted name is a column is that column, copied as it is (type
/// kept) right after it. Otherwise `sourceColumn` must hold JSON text: the path is followed
/// inside each cell, leaving out its leading keys that only name the source column (the
/// docs' `` `age`.`name` `` on column `age`). Strings come out as their text, numbers as
/// written, objects and arrays as compact JSON; a cell that is not JSON, a missing key or a
/// JSON null gives null. Array indexes count from 0, as in DataBrew's example.
enum ExtractValue: RecipeOperation {
    static let name = "EXTRACT_VALUE"

    enum Step: Equatable, Sendable {
        case key(String)
        case index(Int)
    }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let source = context.string("sourceColumn")
        let pathText = context.string("path")
        let target = context.newColumn("targetColumn")
        guard let source, let pathText, let target else { return nil }
        guard let path = parse(pathText), !path.isEmpty else {
            context.problem("path", "expected keys in backticks joined by dots, like `user`.`id` (or `tags`[0]), not \(pathText)")
            return nil
        }
        let keys = path.compactMap { if case .key(let k) = $0 { k } else { nil } }
        if keys.count == path.count, let flat = context.index(of: keys.joined(separator: ".")) {
            context.schema = context.schema.inserting(Field(name: target, type: context.schema.fields[flat].type), at: flat + 1)
            return .map { $0.inserting($0.columns[flat].renamed(target), at: flat + 1) }
        }
        guard let i = context.index(of: source) else { context.problem("sourceColumn", context.notFound(source)); return nil }
        // The source column's own name may start the path, whole or by its dotted parts.
        var inner = path
        let sourceKeys = source.split(separator: ".", omittingEmptySubsequences: false).map { Step.key(String($0)) }
        if inner.starts(with: [.key(source)]) { inner.removeFirst() }
        else if inner.starts(with: sourceKeys) { inner.removeFirst(sourceKeys.count) }
        let steps = inner
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: i + 1)
        return .map { table in
            let values = TextMapping.map(table.columns[i], name: target) { b, out in
                guard var node = try? RecipeJSONParser.parse(bytes: Array(b), file: "cell") else { return false }
                for step in steps {
                    switch (step, node.kind) {
                    case (.key(let k), .object(let members)):
                        guard let m = members.first(where: { $0.key == k }) else { return false }
                        node = m.value
                    case (.index(let k), .array(let items)):
                        guard k >= 0, k < items.count else { return false }
                        node = items[k]
                    default:
                        return false
                    }
                }
                guard let text = ParameterValue.string(from: node) else { return false }
                out.append(contentsOf: text.utf8)
                return true
            }
            return table.inserting(values, at: i + 1)
        }
    }

    /// `` `a`.`b c`[2] `` → key a, key "b c", index 2. Bare keys (`a.b`) are read too; a
    /// backtick inside a key is written twice. Nil when the text is malformed.
    static func parse(_ text: String) -> [Step]? {
        var steps: [Step] = []
        var chars = Array(text)[...]
        var expectKey = true
        while let c = chars.first {
            if c == "[" {
                guard let close = chars.firstIndex(of: "]"), let k = Int(String(chars[chars.startIndex + 1..<close])) else { return nil }
                steps.append(.index(k)); chars = chars[(close + 1)...]; expectKey = false
            } else if c == "." {
                if expectKey { return nil }
                chars.removeFirst(); expectKey = true
            } else if c == "`" {
                guard expectKey else { return nil }
                chars.removeFirst()
                var key = ""
                while true {
                    guard let x = chars.popFirst() else { return nil }
                    if x == "`" {
                        if chars.first == "`" { key.append("`"); chars.removeFirst() } else { break }
                    } else { key.append(x) }
                }
                steps.append(.key(key)); expectKey = false
            } else {
                guard expectKey else { return nil }
                var key = ""
                while let x = chars.first, x != ".", x != "[" { key.append(x); chars.removeFirst() }
                steps.append(.key(key)); expectKey = false
            }
        }
        return expectKey && !steps.isEmpty ? nil : steps
    }
}
