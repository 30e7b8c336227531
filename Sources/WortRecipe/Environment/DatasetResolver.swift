import Foundation
import WortCore

/// Finds the local file of a JOIN/UNION's second dataset: by `secondaryDatasetName`
/// through `--dataset NAME=FILE` or a `datasets.json` beside the recipe, else by
/// `secondInputLocation` (mapped the same way, or used as a local path), so that a recipe
/// never needs editing to move between machines or from DataBrew.
public struct DatasetResolver: Sendable {
    /// Dataset name or location (e.g. an `s3://` URL) → local path.
    public var mapping: [String: String]
    /// Relative locations in the recipe are tried here first.
    public var recipeDirectory: String?

    public init(mapping: [String: String] = [:], recipeDirectory: String? = nil) {
        self.mapping = mapping; self.recipeDirectory = recipeDirectory
    }

    /// Adds the names of a `datasets.json` registry: `{"NAME": "path", ...}`, paths
    /// relative to the registry's folder. Names given on the command line win.
    public mutating func addRegistry(at path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WortError.io("cannot read dataset registry", at: SourceLocation(file: path))
        }
        let node = try RecipeJSONParser.parse(bytes: Array(data), file: path)
        guard case .object(let members) = node.kind else {
            throw WortError.data("a dataset registry is an object of dataset names to file paths",
                                 at: SourceLocation(file: path, line: node.line, column: node.column))
        }
        let base = (path as NSString).deletingLastPathComponent
        for m in members {
            guard case .string(let p) = m.value.kind else {
                throw WortError.data("dataset '\(m.key)': expected a file path string",
                                     at: SourceLocation(file: path, line: m.line, column: m.column))
            }
            if mapping[m.key] == nil { mapping[m.key] = p.hasPrefix("/") || base.isEmpty ? p : base + "/" + p }
        }
    }

    /// The local file for a second dataset, or a message saying why there is none.
    public func resolve(name: String?, location: String?) -> Result<String, ResolveFailure> {
        if let name, let p = mapping[name] { return .success(p) }
        if let location, let p = mapping[location] { return .success(p) }
        if let location, !location.isEmpty {
            if location.contains("://") {
                return .failure(ResolveFailure(message: "'\(location)' is not a local file; map it with --dataset \(name ?? location)=FILE or a datasets.json beside the recipe"))
            }
            if !location.hasPrefix("/"), let dir = recipeDirectory, !dir.isEmpty {
                let candidate = dir + "/" + location
                if FileManager.default.fileExists(atPath: candidate) { return .success(candidate) }
            }
            if FileManager.default.fileExists(atPath: location) { return .success(location) }
            return .failure(ResolveFailure(message: "second dataset file '\(location)' not found"))
        }
        if let name {
            // A name that is a local file (relative to the recipe's folder, else the working
            // folder) is that file: the TUI names a union's other file by its path.
            if !name.hasPrefix("/"), let dir = recipeDirectory, !dir.isEmpty, FileManager.default.fileExists(atPath: dir + "/" + name) {
                return .success(dir + "/" + name)
            }
            if FileManager.default.fileExists(atPath: name) { return .success(name) }
            return .failure(ResolveFailure(message: "dataset '\(name)' is not known; pass --dataset \(name)=FILE or list it in datasets.json beside the recipe"))
        }
        return .failure(ResolveFailure(message: "no second dataset: give secondaryDatasetName or secondInputLocation"))
    }

    public struct ResolveFailure: Error, Sendable { public var message: String }
}
