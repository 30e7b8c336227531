/// "did you mean …?" for misspelt column and operation names.
enum NameSuggestion {
    /// The candidate closest to `name` by edit distance (case-insensitive), when close
    /// enough to be a plausible typo: at most a third of the name's length.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        // A shortened name ("INNER" for INNER_JOIN) is as good a guess as a typo.
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(name.lowercased()) && name.count >= 3 }
        if prefixed.count == 1 { return prefixed[0] }
        var best: (String, Int)?
        for c in candidates {
            let d = distance(target, Array(c.lowercased()))
            if d <= max(1, target.count / 3), best == nil || d < best!.1 { best = (c, d) }
        }
        return best?.0
    }

    static func hint(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance with a transposition counted as one edit.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev2 = [Int](repeating: 0, count: b.count + 1)
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = min(cur[j], prev2[j - 2] + 1) }
            }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[b.count]
    }
}
