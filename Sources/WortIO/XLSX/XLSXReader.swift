import Foundation
import WortCore

/// Reads one worksheet of an Excel workbook (.xlsx) as a table.
///
/// The sheet is `options.sheet` (a name, exactly or in any letter case, or a 1-based
/// position) or the first worksheet. Its part is unpacked into memory and read twice
/// with a byte-level XML scanner: `init` learns the columns and their types over the
/// whole sheet (`XLSXColumnPlan`), `nextBatch` builds `options.batchRows` rows at a time.
///
/// Rows: the table starts at the first row with a value and ends at the last one; empty
/// or missing rows between them are rows of nulls. Columns: from A to the rightmost
/// column with a value in any row. Cells are placed by their reference, so sparse rows
/// leave nulls. An empty string is an empty cell. A formula cell holds its cached result
/// (files written without one, e.g. by openpyxl, read as empty).
///
/// Header (`options.hasHeader`, nil: detect): the first row is data when it has a number,
/// date or boolean; otherwise it is a header unless the columns below, typed from text
/// the way CSV is, are typed values the first row's texts also fit (then it is data).
/// Names as in CSV: an empty one becomes Column_k, repeats get _2, _3.
public final class XLSXReader: BatchReader {
    public let schema: Schema
    /// Data rows of the sheet (after the header).
    public let rowCount: Int
    /// The sheet read.
    public let sheetName: String

    /// The second pass; taken out while a batch is built so that it is never copied.
    private var reader: XLSXSheetReader?
    private let partBytes: Int
    private var offset = 0
    private let plans: [XLSXColumnPlan]
    private let date1904: Bool
    private let batchRows: Int
    /// Sheet row number of the first data row.
    private let startRow: Int
    private var rowsDone = 0
    /// The reader holds a row at or after the next one wanted, not yet used.
    private var loaded = false

    public init(source: InputSource, options: ReadOptions) throws {
        let package = try XLSXPackage(source: source)
        let file = package.file
        let sheet = try package.sheet(options.sheet)
        sheetName = sheet.name
        guard let path = sheet.path, let part = try package.part(path) else {
            throw WortError.data("the .xlsx file is damaged: the part of sheet '\(sheet.name)' (\(sheet.path ?? "no relationship names it")) is missing",
                                 at: SourceLocation(file: file))
        }
        let styles = try package.part(package.stylesPath).map { try XLSXStyles(part: $0, file: file) } ?? XLSXStyles()
        let shared = try package.part(package.sharedStringsPath).map { try XLSXSharedStrings(part: $0, file: file) } ?? XLSXSharedStrings()
        date1904 = package.date1904

        // First pass: extent, first row, kinds and text evidence of every column.
        var first = XLSXSheetReader(part: part, styles: styles, sharedStrings: shared, file: file)
        var firstRowNumber = 0, lastRowNumber = 0, width = 0
        var firstCells: [XLSXCell] = []
        var firstTexts: [String] = []
        var firstStats: [XLSXColumnStats] = []
        var below: [XLSXColumnStats] = []
        let tokens = options.nullTokens
        let date1904 = package.date1904
        while try first.nextRow() {
            guard let last = first.cells.last else { continue }
            if firstRowNumber == 0 {
                firstRowNumber = first.rowNumber
                firstCells = first.cells
                firstTexts = first.cells.map { c in first.withText(c) { XLSXColumnAccumulator.text(of: c, bytes: $0, date1904: date1904) } }
                first.observe(into: &firstStats, nullTokens: tokens, date1904: date1904)
            } else {
                first.observe(into: &below, nullTokens: tokens, date1904: date1904)
            }
            lastRowNumber = first.rowNumber
            width = max(width, last.column + 1)
        }
        firstStats.append(contentsOf: repeatElement(XLSXColumnStats(), count: width - firstStats.count))
        below.append(contentsOf: repeatElement(XLSXColumnStats(), count: width - below.count))

        let header = firstRowNumber == 0 ? false
            : options.hasHeader ?? Self.looksLikeHeader(firstCells, firstTexts, firstStats: firstStats, below: below, options: options)
        var stats = below
        let names: [String]
        if header {
            var raw = Array(repeating: "", count: width)
            for (cell, text) in zip(firstCells, firstTexts) { raw[cell.column] = text }
            names = CSVInput.uniqueNames(raw)
            startRow = firstRowNumber + 1
        } else {
            names = (0..<width).map { "Column_\($0 + 1)" }
            for k in 0..<width { stats[k].merge(firstStats[k]) }
            startRow = firstRowNumber
        }
        rowCount = firstRowNumber == 0 ? 0 : max(0, lastRowNumber - startRow + 1)
        plans = stats.map { XLSXColumnPlan(stats: $0, options: options) }
        schema = Schema(zip(names, plans).map { Field(name: $0, type: $1.type) })
        batchRows = max(1, options.batchRows)
        reader = XLSXSheetReader(part: part, styles: styles, sharedStrings: shared, file: file)
        partBytes = part.count
    }

    /// The names of a workbook's sheets, in workbook order.
    public static func sheetNames(of path: String) throws -> [String] {
        try XLSXPackage(source: .file(path)).sheets.map(\.name)
    }

    public var progress: (done: Int, total: Int?) {
        (rowsDone >= rowCount ? partBytes : offset, partBytes)
    }

    public func nextBatch() throws -> Table? {
        guard rowsDone < rowCount else { return nil }
        let n = min(batchRows, rowCount - rowsDone)
        var columns = (0..<plans.count).map {
            XLSXColumnAccumulator(name: schema.fields[$0].name, plan: plans[$0], date1904: date1904, capacity: n)
        }
        guard var reader else { return nil }
        self.reader = nil
        defer { self.reader = reader; offset = reader.offset }
        var produced = 0
        while produced < n {
            let want = startRow + rowsDone + produced
            if !loaded {
                while try reader.nextRow() {
                    if reader.rowNumber >= want && !reader.cells.isEmpty { loaded = true; break }
                }
            }
            if !loaded || reader.rowNumber > want {
                for k in 0..<columns.count { columns[k].appendNull() }
            } else {
                var next = 0
                let cells = reader.cells
                for k in 0..<columns.count {
                    if next < cells.count && cells[next].column == k {
                        reader.withText(cells[next]) { columns[k].append(cells[next], bytes: $0) }
                        next += 1
                    } else {
                        columns[k].appendNull()
                    }
                }
                loaded = false
            }
            produced += 1
        }
        rowsDone += n
        if columns.isEmpty { return Table(rowCount: n) }
        return Table(columns: columns.map { $0.finish() })
    }

    /// See the type's comment.
    static func looksLikeHeader(_ cells: [XLSXCell], _ texts: [String], firstStats: [XLSXColumnStats],
                                below: [XLSXColumnStats], options: ReadOptions) -> Bool {
        if cells.contains(where: { $0.kind != .text && $0.kind != .shared }) { return false }
        var votes = HeaderVotes()
        for cell in cells {
            let b = below[cell.column]
            guard b.kinds != 0 else { continue }
            if b.kinds & ~XLSXColumnStats.textBits != 0 { votes.voteHeader(); continue }   // typed cells below text
            votes.judge(first: firstStats[cell.column].evidence, below: b.evidence)
        }
        return votes.isHeader
    }
}
