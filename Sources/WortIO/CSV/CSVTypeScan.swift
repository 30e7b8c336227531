import WortCore

/// The first pass of a typed read: every value of every column is classified, so types
/// come from the whole file, not its first rows.
public struct CSVTypeScan: Sendable {
    public var columnNames: [String]
    public var evidence: [TypeEvidence]
    public var rowCount: Int
    public var skippedRows: Int
    public var dialect: CSVDialect
    public var encoding: TextEncoding

    public static func run(_ source: InputSource, displayName: String? = nil, options: ReadOptions,
                           progress: ((Int, Int?) -> Void)? = nil) throws -> CSVTypeScan {
        let input = try CSVInput(source, options: options, displayName: displayName)
        let n = input.columnNames.count
        let tokens = options.nullTokens
        // Counts stay exact for `schema`; a reader that turns inexact columns into text
        // needs only to know which columns every value fits.
        let exactTypesOnly = options.keepInvalidAsText
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: n, onBadRows: options.onBadRows)
        let pass = CSVPass<([TypeEvidence], Int)>(input: input, options: options) { _, p, problems in
            parser.evidence(p, nullTokens: tokens, exactTypesOnly: exactTypesOnly, problems: &problems)
        }
        var total = Array(repeating: TypeEvidence(), count: n)
        var rows = 0
        while let (ev, r) = try pass.next() {
            for k in 0..<n { total[k].merge(ev[k]) }
            rows += r
            progress?(input.source.bytesRead, input.source.totalBytes)
        }
        return CSVTypeScan(columnNames: input.columnNames, evidence: total, rowCount: rows,
                           skippedRows: options.onBadRows == .skip ? pass.badRows : 0,
                           dialect: input.dialect, encoding: input.encoding)
    }

    public func types(threshold: Double, keepInvalidAsText: Bool = false) -> [InferredType] {
        CSVTypeScan.types(evidence, threshold: threshold, keepInvalidAsText: keepInvalidAsText)
    }

    static func types(_ evidence: [TypeEvidence], threshold: Double, keepInvalidAsText: Bool) -> [InferredType] {
        evidence.map { ev in
            let t = ev.infer(threshold: threshold)
            return keepInvalidAsText && ev.invalidCount(for: t) > 0 ? InferredType(type: .string) : t
        }
    }

    /// The types the first 8 blocks of `input` call for (8 MB by default): a one-pass read's guess, which
    /// the evidence of the whole file confirms or corrects at its end.
    static func guess(_ input: CSVInput, options: ReadOptions) throws -> TypeGuess {
        let bytes = 8 * options.blockBytes
        let n = input.columnNames.count
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: n, onBadRows: options.onBadRows)
        var total = Array(repeating: TypeEvidence(), count: n)
        var read = 0
        while read < bytes, let chunk = try input.nextChunk() {
            read += chunk.count
            var problems = CSVChunkProblems()
            let (ev, _) = chunk.withUnsafeBufferPointer {
                parser.evidence($0, nullTokens: options.nullTokens, exactTypesOnly: options.keepInvalidAsText, problems: &problems)
            }
            for k in 0..<n { total[k].merge(ev[k]) }
        }
        let types = types(total, threshold: options.inferenceThreshold, keepInvalidAsText: options.keepInvalidAsText)
        return TypeGuess(types: types, evidence: total, exact: options.keepInvalidAsText)
    }
}

/// A one-pass read's guess of column types, and which columns the rest of the file must
/// still be watched for.
struct TypeGuess {
    var types: [InferredType]
    /// Columns whose whole-file type needs the type evidence of every value. The others
    /// need none: text that already had a value fitting no type stays text, and a bool,
    /// int64 or date column keeps its type as long as every value reads as one (a reader
    /// checks that as it goes; bools, numbers and dates are disjoint, so no earlier type
    /// can gain on it).
    var observed: [Bool]

    init(types: [InferredType], evidence: [TypeEvidence], exact: Bool) {
        self.types = types
        observed = zip(types, evidence).map { t, ev in
            guard exact else { return true }  // thresholds: any column's counts can tip
            switch t.type {
            case .string: return !ev.someValueFitsNoType
            case .bool, .int64, .date: return false
            default: return true
            }
        }
    }
}
