import WortCore
import WortIO

/// A dataset an exported program reads: the recipe's input or a JOIN/UNION's second
/// dataset, with what Wort learned when it opened the file (dialect, types), so the
/// engine reads it the way `wort run` does.
public struct ExportSource: Sendable {
    public enum Format: Sendable, Equatable {
        case csv(CSVDialect)
        case parquet
    }

    /// The view name in the exported program (`wort_input`, `wort_dataset_enrollments`).
    public var view: String
    /// The path as the user gave it; exported programs take it as a default that the
    /// command line of the exported job can override (PySpark) or the user can edit.
    public var path: String
    /// The name a second dataset goes by in the recipe (`secondaryDatasetName`, else its
    /// location): what `--dataset NAME=FILE` of an exported job refers to. nil for the input.
    public var datasetName: String?
    public var format: Format
    public var schema: Schema
    /// How each CSV column's dates are read (month or day first); parallel to `schema`.
    public var dateOrders: [DateOrder]

    public init(view: String, path: String, format: Format, schema: Schema, dateOrders: [DateOrder]) {
        self.view = view; self.path = path; self.format = format; self.schema = schema; self.dateOrders = dateOrders
    }

    /// Describes a file the way Wort opens it. Only what both engines read the same way
    /// as Wort is accepted: UTF-8 CSV/TSV and Parquet.
    public static func open(_ path: String, view: String, options: ReadOptions) throws -> ExportSource {
        let reader = try TableFiles.openReader(path, format: nil, options: options)
        if let csv = reader as? CSVReader {
            guard csv.encoding == .utf8 else {
                throw ExportRefusal(step: nil, operation: nil, reason: "\(path) is \(csv.encoding.rawValue), and the engines read only UTF-8 text here; convert it first: wort convert \(path) utf8.csv (or to .parquet)")
            }
            return ExportSource(view: view, path: path, format: .csv(csv.dialect), schema: csv.schema,
                                dateOrders: csv.inferredTypes.map(\.dateOrder))
        }
        if reader is ParquetReader {
            return ExportSource(view: view, path: path, format: .parquet, schema: reader.schema,
                                dateOrders: reader.schema.fields.map { _ in .monthFirst })
        }
        throw ExportRefusal(step: nil, operation: nil, reason: "\(path): exported programs read CSV, TSV or Parquet; convert it first: wort convert \(path) data.parquet")
    }
}
