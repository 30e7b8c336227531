import WortCore

/// Reads DataBrew recipe JSON leniently (databrew.md §1.4):
/// - a top-level array of steps, or an object with `Steps`/`steps` (other keys of that
///   object, such as a described recipe's `Name`, are ignored);
/// - steps as `{"Action":…,"ConditionExpressions":…}`, wrapped as `{"RecipeStep":{…}}`,
///   with the action as `RecipeAction`, or a bare `{"Operation":…,"Parameters":…}`;
/// - every structural key in PascalCase or camelCase (`Action`/`action`, …);
/// - parameter keys lower-cased in their first letter, as CloudFormation does
///   (`SourceColumn` → `sourceColumn`);
/// - parameter and condition values that are raw JSON arrays, objects, booleans or
///   numbers are kept as their compact JSON text; strings are kept exactly.
/// Keys it does not understand inside a step are errors rather than silently dropped.
public enum RecipeJSONReader {
    public static func read(_ text: String, file: String = "recipe.json") throws -> Recipe {
        try read(node: RecipeJSONParser.parse(text, file: file), file: file)
    }

    /// Reads a recipe from a file's raw bytes (a leading UTF-8 byte order mark is skipped).
    public static func read(bytes: [UInt8], file: String) throws -> Recipe {
        try read(node: RecipeJSONParser.parse(bytes: bytes, file: file), file: file)
    }

    public static func read(node: JSONNode, file: String = "recipe.json") throws -> Recipe {
        var reader = Reader(file: file)
        return try reader.recipe(node)
    }
}

private struct Reader {
    let file: String

    /// `key` names `canonical` in PascalCase or camelCase.
    func matches(_ key: String, _ pascal: String) -> Bool {
        key == pascal || key == ParameterValue.canonicalName(pascal)
    }

    func fail(_ node: JSONNode, step: Int?, _ message: String) -> WortError {
        RecipeError.at(file, node.line, node.column, step: step, message)
    }

    func fail(_ member: JSONMember, step: Int?, _ message: String) -> WortError {
        RecipeError.at(file, member.line, member.column, step: step, message)
    }

    func typeName(_ node: JSONNode) -> String {
        switch node.kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    mutating func recipe(_ node: JSONNode) throws -> Recipe {
        switch node.kind {
        case .array(let items):
            return Recipe(steps: try items.enumerated().map { try step($1, number: $0 + 1) })
        case .object(let members):
            guard let stepsMember = members.first(where: { matches($0.key, "Steps") }) else {
                throw fail(node, step: nil, "a recipe is a list of steps or an object with \"Steps\"; this object has no \"Steps\"")
            }
            guard case .array = stepsMember.value.kind else {
                throw fail(stepsMember.value, step: nil, "\"Steps\" must be a list, not \(typeName(stepsMember.value))")
            }
            return try recipe(stepsMember.value)
        default:
            throw fail(node, step: nil, "a recipe is a list of steps, not \(typeName(node))")
        }
    }

    func step(_ node: JSONNode, number: Int) throws -> RecipeStep {
        guard case .object(let members) = node.kind else {
            throw fail(node, step: number, "a step must be an object, not \(typeName(node))")
        }
        if members.count == 1, matches(members[0].key, "RecipeStep") {
            return try step(members[0].value, number: number)
        }
        var actionNode: JSONNode?
        var conditionsNode: JSONNode?
        var bareAction = false
        for m in members {
            if matches(m.key, "Action") || matches(m.key, "RecipeAction") {
                if actionNode != nil || bareAction { throw fail(m, step: number, "the step has more than one action") }
                actionNode = m.value
            } else if matches(m.key, "ConditionExpressions") {
                if conditionsNode != nil { throw fail(m, step: number, "duplicate key \"\(m.key)\"") }
                conditionsNode = m.value
            } else if matches(m.key, "Operation") || matches(m.key, "Parameters") {
                if actionNode != nil { throw fail(m, step: number, "the step has more than one action") }
                bareAction = true
            } else {
                throw fail(m, step: number, "unknown key \"\(m.key)\" in step (expected \"Action\" and \"ConditionExpressions\")")
            }
        }
        let action: RecipeAction
        if bareAction {
            action = try self.action(node, step: number, members: members.filter { !matches($0.key, "ConditionExpressions") })
        } else if let actionNode {
            action = try self.action(actionNode, step: number)
        } else {
            throw fail(node, step: number, "step has no Action")
        }
        return RecipeStep(action: action, conditions: try conditions(conditionsNode, step: number))
    }

    func action(_ node: JSONNode, step: Int) throws -> RecipeAction {
        guard case .object(let members) = node.kind else {
            throw fail(node, step: step, "Action must be an object, not \(typeName(node))")
        }
        if members.count == 1, matches(members[0].key, "RecipeAction") {
            return try action(members[0].value, step: step)
        }
        return try action(node, step: step, members: members)
    }

    func action(_ node: JSONNode, step: Int, members: [JSONMember]) throws -> RecipeAction {
        var operation: String?
        var parameters: OrderedParameters?
        for m in members {
            if matches(m.key, "Operation") {
                if operation != nil { throw fail(m, step: step, "duplicate key \"\(m.key)\"") }
                guard case .string(let op) = m.value.kind else {
                    throw fail(m.value, step: step, "Operation must be a string, not \(typeName(m.value))")
                }
                if op.isEmpty { throw fail(m.value, step: step, "Operation is empty") }
                operation = op
            } else if matches(m.key, "Parameters") {
                if parameters != nil { throw fail(m, step: step, "duplicate key \"\(m.key)\"") }
                parameters = try self.parameters(m.value, step: step, operation: operation)
            } else {
                throw fail(m, step: step, "unknown key \"\(m.key)\" in Action (expected \"Operation\" and \"Parameters\")")
            }
        }
        guard let operation else { throw fail(node, step: step, "Action has no Operation") }
        return RecipeAction(operation: operation, parameters: parameters ?? [:])
    }

    func parameters(_ node: JSONNode, step: Int, operation: String?) throws -> OrderedParameters {
        if case .null = node.kind { return [:] }
        guard case .object(let members) = node.kind else {
            throw fail(node, step: step, "Parameters must be an object, not \(typeName(node))")
        }
        var result = OrderedParameters()
        for m in members {
            if m.key.isEmpty { throw fail(m, step: step, "a parameter has an empty name") }
            let name = ParameterValue.canonicalName(m.key)
            if result[name] != nil {
                throw fail(m, step: step, "parameter \"\(name)\" is given twice" + (name == m.key ? "" : " (as \"\(m.key)\")"))
            }
            guard let value = ParameterValue.string(from: m.value) else {
                throw fail(m.value, step: step, "parameter \"\(name)\" is null")
            }
            result[name] = value
        }
        return result
    }

    func conditions(_ node: JSONNode?, step: Int) throws -> [ConditionExpression] {
        guard let node else { return [] }
        if case .null = node.kind { return [] }
        guard case .array(let items) = node.kind else {
            throw fail(node, step: step, "ConditionExpressions must be a list, not \(typeName(node))")
        }
        return try items.enumerated().map { try condition($1, step: step, number: $0 + 1) }
    }

    func condition(_ node: JSONNode, step: Int, number: Int) throws -> ConditionExpression {
        guard case .object(let members) = node.kind else {
            throw fail(node, step: step, "condition \(number) must be an object, not \(typeName(node))")
        }
        var condition: String?, value: String?, target: String?
        var seenValue = false
        for m in members {
            if matches(m.key, "Condition") {
                if condition != nil { throw fail(m, step: step, "condition \(number): duplicate key \"\(m.key)\"") }
                guard case .string(let s) = m.value.kind, !s.isEmpty else {
                    throw fail(m.value, step: step, "condition \(number): Condition must be a non-empty string")
                }
                condition = s
            } else if matches(m.key, "TargetColumn") {
                if target != nil { throw fail(m, step: step, "condition \(number): duplicate key \"\(m.key)\"") }
                guard case .string(let s) = m.value.kind, !s.isEmpty else {
                    throw fail(m.value, step: step, "condition \(number): TargetColumn must be a non-empty string")
                }
                target = s
            } else if matches(m.key, "Value") || matches(m.key, "ConditionValue") {
                // "ConditionValue" is a slip in the CloudFormation user guide's example (§1.2).
                if seenValue { throw fail(m, step: step, "condition \(number): duplicate key \"\(m.key)\"") }
                seenValue = true
                value = ParameterValue.string(from: m.value)
            } else {
                throw fail(m, step: step, "condition \(number): unknown key \"\(m.key)\" (expected \"Condition\", \"Value\" and \"TargetColumn\")")
            }
        }
        guard let condition else { throw fail(node, step: step, "condition \(number) has no Condition") }
        guard let target else { throw fail(node, step: step, "condition \(number) has no TargetColumn") }
        return ConditionExpression(condition: condition, value: value, targetColumn: target)
    }
}
