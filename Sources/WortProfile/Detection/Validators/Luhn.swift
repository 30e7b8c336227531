/// The Luhn (mod 10) check used by payment cards, NPIs and Korean... (not RRNs): from
/// the rightmost digit, double every second digit, subtract 9 from results over 9; the
/// sum must end in 0.
enum Luhn {
    /// Whether the digits of `run` (at most 19) pass, optionally with `prefix` digits
    /// in front (the NPI check runs over "80840" + the 10 digits).
    static func isValid(_ run: DigitRun, prefixDigits: [Int] = []) -> Bool {
        let n = min(run.count, 19)
        var sum = 0
        var double = false
        var v = run.value
        for _ in 0..<n {
            sum += step(Int(v % 10), double)
            v /= 10
            double.toggle()
        }
        for d in prefixDigits.reversed() {
            sum += step(d, double)
            double.toggle()
        }
        return sum % 10 == 0
    }

    @inline(__always) private static func step(_ d: Int, _ double: Bool) -> Int {
        guard double else { return d }
        let x = d * 2
        return x > 9 ? x - 9 : x
    }

    /// Whether a string of ASCII digits passes (for tests and callers with text).
    static func isValid(_ digits: String) -> Bool {
        withBytes(of: digits) { b in DigitRun(b).map { $0.isPlain && isValid($0) } ?? false }
    }
}
