import Foundation
import WortCore

/// Published versions of a recipe, as DataBrew keeps them: the recipe file is the working
/// copy (LATEST_WORKING); `publish` freezes it as 1.0, 2.0, ... in a folder beside it,
/// `NAME.versions/1.0.json`, written canonically. Jobs name a version or LATEST_PUBLISHED.
public enum RecipeVersions {
    public static func folder(for recipePath: String) -> String {
        let url = URL(fileURLWithPath: recipePath)
        return url.deletingPathExtension().path + ".versions"
    }

    /// Published versions, oldest first.
    public static func list(_ recipePath: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder(for: recipePath))) ?? []
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
            .compactMap { v -> (String, Int, Int)? in
                let p = v.split(separator: ".")
                guard p.count == 2, let a = Int(p[0]), let b = Int(p[1]) else { return nil }
                return (v, a, b)
            }
            .sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map(\.0)
    }

    /// Freezes the working recipe as the next major version; returns it ("3.0").
    public static func publish(_ recipePath: String, recipe: Recipe) throws -> String {
        let last = list(recipePath).last.flatMap { Int($0.split(separator: ".")[0]) } ?? 0
        let version = "\(last + 1).0"
        let dir = folder(for: recipePath)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/" + version + ".json"
        guard !FileManager.default.fileExists(atPath: path) else {
            throw WortError.io("version \(version) exists already", at: SourceLocation(file: path))
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(RecipeJSONWriter.write(recipe).utf8)) else {
            throw WortError.io("cannot write published version", at: SourceLocation(file: path))
        }
        return version
    }

    /// The file of `version` (nil or LATEST_WORKING: the recipe itself).
    public static func resolve(_ recipePath: String, version: String?) throws -> String {
        guard let version, version != "LATEST_WORKING" else { return recipePath }
        let all = list(recipePath)
        if version == "LATEST_PUBLISHED" {
            guard let last = all.last else {
                throw WortError.data("recipe has no published version; run `wort recipe publish \(recipePath)`", at: SourceLocation(file: recipePath))
            }
            return folder(for: recipePath) + "/" + last + ".json"
        }
        guard all.contains(version) else {
            throw WortError.data("recipe has no version \(version)" + (all.isEmpty ? " (none is published)" : "; published: \(all.joined(separator: ", "))"),
                                 at: SourceLocation(file: recipePath))
        }
        return folder(for: recipePath) + "/" + version + ".json"
    }
}
