import WortCore

/// DataBrew's date patterns, read into fields and literal text.
///
/// DataBrew documents lower-case `mm` as the month (`mm/dd/yyyy`, and DATE_FORMAT's default
/// `yyyy-mm-dd HH:MM:SS`, where `MM` is the minute), while real recipes write Java's
/// `MM-dd-yyyy`. One rule reads both (scale-out.md §2.5): a run of `m`/`M` right after an
/// hour field and a `:` is minutes; any other `mm`/`MM` (or `m`/`M`) is the month.
/// `MMM` is the short month name, `MMMM` and the word `month` the full one.
/// Other fields: `yyyy`/`yy`, `dd`/`d`, `HH`/`H` (0-23), `hh`/`h` (1-12), `ss`/`SS`
/// (seconds; `SSS` is milliseconds), `a` (AM/PM), `EEE`/`EEEE` (weekday). Text in single
/// quotes is literal (`''` is a quote); every other character is literal as is (`*` in
/// DataBrew's `month*dd*yyyy`).
public struct DatePattern: Sendable, Equatable {
    public enum Token: Sendable, Equatable {
        case year4, year2, month2, month1, monthShort, monthLong, day2, day1
        case hour24(padded: Bool), hour12(padded: Bool), minute(padded: Bool), second(padded: Bool), millisecond
        case ampm, weekdayShort, weekdayLong
        case literal([UInt8])
    }

    public let tokens: [Token]
    var hasTime: Bool {
        tokens.contains { switch $0 { case .hour24, .hour12, .minute, .second, .millisecond, .ampm: true; default: false } }
    }
    var hasField: Bool { tokens.contains { if case .literal = $0 { false } else { true } } }

    public init(_ pattern: String) {
        let chars = Array(pattern)
        var tokens: [Token] = []
        var literal = ""
        func flush() { if !literal.isEmpty { tokens.append(.literal(Array(literal.utf8))); literal = "" } }
        /// Whether the tokens so far end in an hour field then `:` (so `mm` is minutes).
        func afterHourColon() -> Bool {
            guard literal == ":", let last = tokens.last else { return false }
            switch last { case .hour24, .hour12: return true; default: return false }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                var j = i + 1
                if j < chars.count, chars[j] == "'" { literal.append("'"); i = j + 1; continue }
                while j < chars.count, chars[j] != "'" { literal.append(chars[j]); j += 1 }
                i = j + 1
                continue
            }
            if String(chars[i..<min(i + 5, chars.count)]).lowercased() == "month" {
                flush(); tokens.append(.monthLong); i += 5; continue
            }
            var run = 1
            while i + run < chars.count, chars[i + run] == c { run += 1 }
            let token: Token?
            switch c {
            case "y", "Y": token = run == 2 ? .year2 : .year4
            case "m", "M":
                if run <= 2 && afterHourColon() { token = .minute(padded: run == 2) }
                else { token = run >= 4 ? .monthLong : run == 3 ? .monthShort : run == 2 ? .month2 : .month1 }
            case "d", "D": token = run >= 2 ? .day2 : .day1
            case "H": token = .hour24(padded: run >= 2)
            case "h": token = .hour12(padded: run >= 2)
            case "s", "S": token = run >= 3 ? .millisecond : .second(padded: run == 2)
            case "a": token = .ampm
            case "E": token = run >= 4 ? .weekdayLong : .weekdayShort
            default: token = nil
            }
            if let token {
                flush(); tokens.append(token)
            } else {
                literal.append(String(repeating: c, count: run))
            }
            i += run
        }
        flush()
        self.tokens = tokens
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Appends the text of `micros` (microseconds since 1970-01-01T00:00:00).
    func format(micros: Int64, to out: inout [UInt8]) {
        let perDay = Int64(86_400_000_000)
        var days = micros / perDay
        var rest = micros % perDay
        if rest < 0 { rest += perDay; days -= 1 }
        let (year, month, day) = CivilCalendar.civil(days: Int(days))
        let seconds = Int(rest / 1_000_000)
        let hour = seconds / 3600, minute = seconds / 60 % 60, second = seconds % 60
        func number(_ v: Int, _ width: Int) {
            if v < 0 { out.append(0x2D) }
            let digits = Array(String(abs(v)).utf8)
            if digits.count < width { out.append(contentsOf: repeatElement(0x30, count: width - digits.count)) }
            out.append(contentsOf: digits)
        }
        for t in tokens {
            switch t {
            case .year4: number(year, 4)
            case .year2: number(abs(year) % 100, 2)
            case .month2: number(month, 2)
            case .month1: number(month, 1)
            case .monthShort: out.append(contentsOf: Self.monthNames[month - 1].prefix(3).utf8)
            case .monthLong: out.append(contentsOf: Self.monthNames[month - 1].utf8)
            case .day2: number(day, 2)
            case .day1: number(day, 1)
            case .hour24(let p): number(hour, p ? 2 : 1)
            case .hour12(let p): number(hour % 12 == 0 ? 12 : hour % 12, p ? 2 : 1)
            case .minute(let p): number(minute, p ? 2 : 1)
            case .second(let p): number(second, p ? 2 : 1)
            case .millisecond: number(Int(rest / 1000 % 1000), 3)
            case .ampm: out.append(contentsOf: (hour < 12 ? "AM" : "PM").utf8)
            case .weekdayShort, .weekdayLong:
                // 1970-01-01 was a Thursday (index 3 from Monday).
                let w = Int(((days + 3) % 7 + 7) % 7)
                let name = Self.weekdayNames[w]
                out.append(contentsOf: (t == .weekdayLong ? Substring(name) : name.prefix(3)).utf8)
            case .literal(let bytes): out.append(contentsOf: bytes)
            }
        }
    }
}

/// Reading a date or date-time out of any column, for the date steps.
enum DateValues {
    /// The date-time of `row` as microseconds since the epoch: date and timestamp columns
    /// as they are; text as a date (`YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY`, `D.M.YYYY`)
    /// optionally followed by a time. Nil for nulls and text that is no date.
    static func reader(_ column: Column) -> (Int) -> Int64? {
        let perDay = Int64(86_400_000_000)
        switch column.values {
        case .date(let d): return { column.validity[$0] ? Int64(d[$0]) * perDay : nil }
        case .timestamp(let t): return { column.validity[$0] ? t[$0] : nil }
        case .string(let s):
            return { r in
                guard column.validity[r] else { return nil }
                return s.withBytes(at: r) { ValueParser.timestamp($0, order: .monthFirst) }
            }
        default:
            return { _ in nil }
        }
    }
}
