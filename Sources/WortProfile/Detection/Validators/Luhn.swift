/// The Luhn (mod 10) check used by payment cards and NPIs: from the rightmost digit, double every second digit, subtract 9 from results over 9; the
/// sum must end in 0.
enum Luhn {
    /// Whether the digits of `run` (at most 19) pass, optionally with `prefix` digits
    /// in front (the NPI check runs over "80840" + the 10 digits).
    static func isValid(_ run: DigitRun) -> Bool {
        luhnSum(run, double: false) % 10 == 0
    }

    /// With `prefixDigits` in front of the number (the NPI check runs over "80840" + the
    /// 10 digits).
    static func isValid(_ run: DigitRun, prefixDigits: [Int]) -> Bool {
        var sum = luhnSum(run, double: false)
        var double = run.count % 2 == 1
        for d in prefixDigits.reversed() {
            sum += step(d, double)
            double.toggle()
        }
        return sum % 10 == 0
    }

    /// The sum over the digits of `run` (at most 32), from the right: the last digit as
    /// is, the one before doubled, and so on. Branch-free (random digits would make the
    /// branches of the textbook loop mispredict half the time): doubling d and
    /// subtracting 9 when d >= 5 is 2d - 9 * ((d + 3) >> 3).
    @inline(__always) private static func luhnSum(_ run: DigitRun, double start: Bool) -> Int {
        let n = min(run.count, 32)
        var sum = 0
        var k = n - 1
        if start && k >= 0 {
            let d = run.digit(k)
            sum = 2 &* d &- 9 &* ((d &+ 3) >> 3)
            k -= 1
        }
        while k >= 1 {
            let plain = run.digit(k), d = run.digit(k - 1)
            sum &+= plain &+ 2 &* d &- 9 &* ((d &+ 3) >> 3)
            k -= 2
        }
        if k == 0 { sum &+= run.digit(0) }
        return sum
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
