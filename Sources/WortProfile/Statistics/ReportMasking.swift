/// How values of sensitive columns appear in reports: first and last character kept,
/// every other character a "•", so a reader sees the shape but not the value. Values
/// of four characters or fewer are all dots.
enum ReportMasking {
    static func mask(_ s: String) -> String {
        let chars = Array(s)
        guard chars.count > 4 else { return String(repeating: "•", count: chars.count) }
        return String(chars[0]) + String(repeating: "•", count: chars.count - 2) + String(chars[chars.count - 1])
    }

    static func mask(_ v: ProfileValue) -> ProfileValue { .text(mask(v.description)) }
}
