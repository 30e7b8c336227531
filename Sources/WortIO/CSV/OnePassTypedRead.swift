/// Typed reads of delimited files in one pass (`ReadOptions.guessTypes`) for work that
/// can start over: `body` runs with guessed types; when the end of a file contradicts
/// its guess, `body` runs again with that file's types known. Whatever `body` wrote must
/// be undone when it throws (atomic outputs are).
public enum OnePassTypedRead {
    public static func run<T>(_ options: ReadOptions, _ body: (ReadOptions) throws -> T) throws -> T {
        var options = options
        options.guessTypes = true
        while true {
            do {
                return try body(options)
            } catch let changed as CSVTypesChanged where options.knownTypes[changed.file] == nil {
                options.knownTypes[changed.file] = changed.types
            }
        }
    }
}
