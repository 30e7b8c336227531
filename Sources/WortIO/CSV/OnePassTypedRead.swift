/// Typed reads of delimited files in one pass (`ReadOptions.guessTypes`) for work that
/// can start over: `body` runs with guessed types; when a file contradicts its guess,
/// `body` runs again with that file's types known (or, when the read stopped early at a
/// value the guessed type cannot read, inferred in a pass of their own first). Whatever
/// `body` wrote must be undone when it throws (atomic outputs are).
public enum OnePassTypedRead {
    public static func run<T>(_ options: ReadOptions, _ body: (ReadOptions) throws -> T) throws -> T {
        var options = options
        options.guessTypes = true
        while true {
            do {
                return try body(options)
            } catch let changed as CSVTypesChanged where options.guessTypes && options.knownTypes[changed.file] == nil {
                if let types = changed.types {
                    options.knownTypes[changed.file] = types
                } else {
                    options.guessTypes = false  // types unknown: infer them over the whole file first
                }
            }
        }
    }
}
