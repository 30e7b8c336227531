import Foundation
import WortCore
import WortIO
import WortRecipe

/// A recipe job file, in the shape of DataBrew's CreateRecipeJob request:
///
///     {"Name": "combine-sis", "DatasetName": "students",
///      "RecipeReference": {"Name": "combine-sis", "RecipeVersion": "1.0"},
///      "Outputs": [{"Format": "PARQUET", "CompressionFormat": "SNAPPY",
///                   "PartitionColumns": ["semester"], "Overwrite": true,
///                   "Location": {"Bucket": "sis-clean", "Key": "out/sis"}}]}
///
/// Local meaning: the dataset is found like a JOIN's (`--dataset`, `datasets.json` beside
/// the job, or a path); the recipe is `NAME.json`/`.yaml` beside the job or in `recipes/`
/// under it, at the version named (`RecipeVersions`); an output's `Location.Key` is a path
/// relative to the job file (the bucket names no local place and is ignored).
struct JobFile {
    var recipePath: String
    var input: String
    var outputs: [OutputSpec]
    /// Dataset names the job's folder knows, for the recipe's JOIN/UNION steps too.
    var datasets: [String: String]

    static func load(_ path: String, datasets: [String: String]) throws -> JobFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WortError.io("cannot read job file", at: SourceLocation(file: path))
        }
        let root = try RecipeJSONParser.parse(bytes: Array(data), file: path)
        let dir = (path as NSString).deletingLastPathComponent
        func fail(_ node: JSONNode, _ message: String) -> WortError {
            WortError.data(message, at: SourceLocation(file: path, line: node.line, column: node.column))
        }
        func member(_ node: JSONNode, _ key: String) -> JSONNode? {
            guard case .object(let ms) = node.kind else { return nil }
            return ms.first { $0.key == key || $0.key == ParameterValue.canonicalName(key) }?.value
        }
        func string(_ node: JSONNode, _ key: String) throws -> String? {
            guard let v = member(node, key) else { return nil }
            guard case .string(let s) = v.kind else { throw fail(v, "\(key): expected a string") }
            return s
        }
        func local(_ p: String) -> String { p.hasPrefix("/") || dir.isEmpty ? p : dir + "/" + p }

        guard case .object = root.kind else { throw fail(root, "a job file is a JSON object (DataBrew's CreateRecipeJob shape)") }
        // Dataset.
        guard let datasetName = try string(root, "DatasetName") else { throw fail(root, "DatasetName is missing") }
        var resolver = DatasetResolver(mapping: datasets, recipeDirectory: dir)
        let registry = local("datasets.json")
        if FileManager.default.fileExists(atPath: registry) { try resolver.addRegistry(at: registry) }
        let input: String
        // A name from --dataset or datasets.json, else a path relative to the job file.
        if let p = resolver.mapping[datasetName] {
            input = p
        } else if FileManager.default.fileExists(atPath: local(datasetName)) {
            input = local(datasetName)
        } else {
            throw fail(root, "DatasetName: dataset '\(datasetName)' is not known; pass --dataset \(datasetName)=FILE or list it in datasets.json beside the job")
        }
        // Recipe and version.
        guard let ref = member(root, "RecipeReference"), let recipeName = try string(ref, "Name") else {
            throw fail(root, "RecipeReference.Name is missing")
        }
        let candidates = ["", "recipes/"].flatMap { sub in ["json", "yaml", "yml"].map { local(sub + recipeName + "." + $0) } }
        guard let working = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw fail(ref, "recipe '\(recipeName)' not found (looked for \(recipeName).json or .yaml beside the job and in recipes/)")
        }
        let recipePath = try RecipeVersions.resolve(working, version: try string(ref, "RecipeVersion"))
        // Outputs.
        guard let outs = member(root, "Outputs"), case .array(let items) = outs.kind, !items.isEmpty else {
            throw fail(root, "Outputs is missing or empty")
        }
        var specs: [OutputSpec] = []
        for item in items {
            guard let loc = member(item, "Location"), let key = try string(loc, "Key") else { throw fail(item, "output without Location.Key") }
            let formatName = try string(item, "Format") ?? "PARQUET"
            let format: TableFormat
            switch formatName.uppercased() {
            case "PARQUET", "GLUEPARQUET": format = .parquet
            case "CSV": format = .csv
            case "JSON": format = .jsonl
            default: throw fail(item, "Format \(formatName): Wort writes CSV, JSON and PARQUET")
            }
            var spec = OutputSpec(path: local(key), format: format)
            if let c = try string(item, "CompressionFormat") {
                guard format == .parquet, let codec = ParquetCodec(name: c.lowercased()), ParquetCodec.writable.contains(codec) else {
                    throw fail(item, "CompressionFormat \(c): Wort compresses Parquet with SNAPPY, GZIP or ZSTD")
                }
                spec.codec = codec
            }
            if let p = member(item, "PartitionColumns") {
                guard case .array(let cols) = p.kind else { throw fail(p, "PartitionColumns: expected a list of column names") }
                spec.partitionBy = cols.compactMap { if case .string(let s) = $0.kind { s } else { nil } }
            }
            if let o = member(item, "Overwrite") {
                guard case .bool(let b) = o.kind else { throw fail(o, "Overwrite: expected true or false") }
                spec.overwrite = b
            }
            if let opts = member(item, "FormatOptions"), let csv = member(opts, "Csv"), let d = try string(csv, "Delimiter") {
                guard let b = CSVDialect.parseDelimiter(d) else { throw fail(csv, "Delimiter '\(d)' is not one character") }
                spec.delimiter = b
            }
            specs.append(spec)
        }
        return JobFile(recipePath: recipePath, input: input, outputs: specs, datasets: resolver.mapping)
    }
}
