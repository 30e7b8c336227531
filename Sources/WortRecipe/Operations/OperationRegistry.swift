/// Every operation Wort runs, by DataBrew name: the one place an operation is registered.
public struct OperationRegistry: Sendable {
    private let byName: [String: any RecipeOperation.Type]

    public init(_ operations: [any RecipeOperation.Type]) {
        var m: [String: any RecipeOperation.Type] = [:]
        for op in operations { m[op.name] = op }
        byName = m
    }

    public func operation(named name: String) -> (any RecipeOperation.Type)? { byName[name] }
    public var names: [String] { byName.keys.sorted() }

    public static let standard = OperationRegistry(StandardOperations.all)
}
