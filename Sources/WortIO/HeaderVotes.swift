import WortCore

/// Whether a first row holds column names, decided column by column: where the values
/// below share a type (numbers, dates, booleans) and the first value does not have it
/// ("age" over numbers), that column votes header; where it has it, data. With no typed
/// column to judge by, a header is assumed, as in most files people have.
struct HeaderVotes {
    private(set) var header = 0
    private(set) var data = 0

    mutating func judge(first: TypeEvidence, below: TypeEvidence) {
        let t = below.infer(threshold: 1.0).type
        guard t != .string, below.nonNullCount > 0, first.nonNullCount > 0 else { return }
        let firstType = first.infer(threshold: 1.0).type
        if firstType == t || (t == .double && firstType == .int64) || (t == .timestamp && firstType == .date) {
            data += 1
        } else {
            header += 1
        }
    }

    /// Counts a vote for a header directly (e.g. typed spreadsheet cells under text).
    mutating func voteHeader() { header += 1 }

    var isHeader: Bool { header == 0 && data == 0 ? true : header > data }
}
