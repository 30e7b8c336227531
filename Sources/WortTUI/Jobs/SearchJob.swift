import WortCore

/// Finds the next view row whose cell in one column contains the needle, ignoring ASCII
/// case; wraps around the end once. Invalid cells are searched by their original text.
public enum SearchJob {
    public static func run(_ request: SearchRequest, cancel: CancelFlag,
                           progress: (Double?) -> Void) throws -> Int? {
        let store = request.store
        let n = request.viewCount ?? store.rowCount
        guard n > 0 else { return nil }
        let needle = Array(request.needle.lowercased().utf8)
        var scratch: [UInt8] = []
        for i in 0..<n {
            if i & 0xFFF == 0 {
                if cancel.isCancelled { throw JobCancelled() }
                if i & 0xFFFF == 0 && i > 0 { progress(Double(i) / Double(n)) }
            }
            var view = request.forward ? request.start + i : request.start - i
            view = ((view % n) + n) % n
            let dataRow = request.permutation.flatMap { view < $0.count ? Int($0[view]) : nil } ?? view
            let (b, r) = store.locate(dataRow)
            let column = store.batches[b].columns[request.column]
            let hit: Bool
            if !column.isNull(r), case .string(let s) = column.values {
                hit = s.withBytes(at: r) { contains($0, needle) }
            } else {
                scratch.removeAll(keepingCapacity: true)
                guard column.appendText(row: r, to: &scratch) else { continue }
                hit = scratch.withUnsafeBufferPointer { contains($0, needle) }
            }
            if hit { return view }
        }
        return nil
    }

    /// `needle` is lowercase; the haystack's ASCII letters are lowered as they are read.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let m = needle.count
        guard m > 0 else { return true }
        guard hay.count >= m else { return false }
        for start in 0...(hay.count - m) {
            var k = 0
            while k < m {
                var c = hay[start + k]
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if c != needle[k] { break }
                k += 1
            }
            if k == m { return true }
        }
        return false
    }
}
