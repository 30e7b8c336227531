/// Counts as people read them: 1,234,567.
enum NumberText {
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    static func percent(_ f: Double) -> String { "\(Int((min(1, max(0, f)) * 100).rounded(.down)))%" }
}
