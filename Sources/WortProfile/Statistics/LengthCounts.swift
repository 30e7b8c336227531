/// How many values have each length in characters: exact, small (lengths above
/// `directLimit` share a sorted overflow list), and it gives the string statistics
/// DataBrew computes on lengths, median and percentiles included.
struct LengthCounts: Sendable, Equatable {
    static let directLimit = 256
    private(set) var direct = [Int](repeating: 0, count: LengthCounts.directLimit)
    private(set) var long: [Int: Int] = [:]

    init() {}

    init(direct: [Int], long: [Int: Int]) { self.direct = direct; self.long = long }

    @inline(__always)
    mutating func add(_ length: Int, count: Int) {
        if length < LengthCounts.directLimit { direct[length] += count } else { long[length, default: 0] += count }
    }

    mutating func merge(_ o: LengthCounts) {
        for i in 0..<direct.count where o.direct[i] != 0 { direct[i] += o.direct[i] }
        for (k, v) in o.long { long[k, default: 0] += v }
    }

    /// (length, count) in increasing length, lengths with no value left out.
    var weighted: [(value: Double, count: Int)] {
        var out: [(value: Double, count: Int)] = []
        for (l, c) in direct.enumerated() where c > 0 { out.append((Double(l), c)) }
        for (l, c) in long.sorted(by: { $0.key < $1.key }) { out.append((Double(l), c)) }
        return out
    }
}
