import WortCore

/// DATE: a real calendar date, as birth dates are written: 1990-05-17, 1990/05/17,
/// 1990.05.17, 05/17/1990, 17.05.1990, 17-05-1990, 19900517, "May 17, 1990",
/// "17 May 1990", "1990년 5월 17일". Every date column fits, so a column needs a birth
/// hint (birth, dob, 생년월일, ...) and free text a birth context for a high score;
/// years must be 1900 ... 2100.
enum DateDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 6 && s.length <= 30 && s.digits >= 4 && s.digits <= 8
    }

    static func match(_ b: Bytes) -> UInt8 {
        if numeric(b) || named(b) || korean(b) { return Match.weak }
        return Match.none
    }

    /// Y-M-D or M/D/Y or D.M.Y with one separator kind, or 8 digits YYYYMMDD.
    static func numeric(_ b: Bytes) -> Bool {
        var p = (0, 0, 0), l = (0, 0, 0), parts = 0, sep: UInt8 = 0, v = 0, n = 0
        for c in b {
            if isDigit(c) { v = v * 10 + Int(c - 0x30); n += 1; if n > 8 { return false } }
            else if c == 0x2D || c == 0x2F || c == 0x2E {
                if n == 0 || (sep != 0 && c != sep) || parts == 2 { return false }
                sep = c
                if parts == 0 { p.0 = v; l.0 = n } else { p.1 = v; l.1 = n }
                parts += 1; v = 0; n = 0
            } else { return false }
        }
        guard n > 0 else { return false }
        if parts == 0 {
            guard n == 8 else { return false }
            return ok(v / 10000, v / 100 % 100, v % 100)
        }
        guard parts == 2 else { return false }
        p.2 = v; l.2 = n
        if l.0 == 4 && l.1 <= 2 && l.2 <= 2 { return ok(p.0, p.1, p.2) }
        if l.2 == 4 && l.0 <= 2 && l.1 <= 2 { return ok(p.2, p.0, p.1) || ok(p.2, p.1, p.0) }
        return false
    }

    @inline(__always) static func ok(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1900 && y <= 2100 && CivilCalendar.isValid(year: y, month: m, day: d)
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// "May 17, 1990", "May 17 1990", "17 May 1990", "17-May-1990", "Sept. 5, 2001".
    static func named(_ b: Bytes) -> Bool {
        var words: [Bytes] = []
        var start = -1
        for k in 0...b.count {
            let sepHere = k == b.count || b[k] == 0x20 || b[k] == 0x2C || b[k] == 0x2D || b[k] == 0x2E || b[k] == 0x2F
            if sepHere { if start >= 0 { words.append(b.slice(start, k)); start = -1 } }
            else if start < 0 { start = k }
        }
        guard words.count == 3 else { return false }
        func num(_ w: Bytes) -> Int? {
            var v = 0
            var w = w
            // "17th", "1st"
            if w.count > 2, isAlpha(w[w.count - 1]), isAlpha(w[w.count - 2]) { w = w.slice(0, w.count - 2) }
            guard !w.isEmpty, w.count <= 4 else { return nil }
            for c in w { guard isDigit(c) else { return nil }; v = v * 10 + Int(c - 0x30) }
            return v
        }
        func month(_ w: Bytes) -> Int? { w.count >= 3 && w.count <= 9 && isAlpha(w[0]) ? months[w.lowercasedString()] : nil }
        if let m = month(words[0]), let d = num(words[1]), let y = num(words[2]), words[2].count == 4 { return ok(y, m, d) }
        if let d = num(words[0]), let m = month(words[1]), let y = num(words[2]), words[2].count == 4 { return ok(y, m, d) }
        return false
    }

    /// "1990년 5월 17일" (spaces optional).
    static func korean(_ b: Bytes) -> Bool {
        // 년 EB 85 84, 월 EC 9B 94, 일 EC 9D BC
        var nums = [Int](), v = 0, n = 0, k = 0
        let marks: [[UInt8]] = [[0xEB, 0x85, 0x84], [0xEC, 0x9B, 0x94], [0xEC, 0x9D, 0xBC]]
        while k < b.count {
            let c = b[k]
            if isDigit(c) { v = v * 10 + Int(c - 0x30); n += 1; k += 1; continue }
            if c == 0x20 { k += 1; continue }
            guard n > 0, nums.count < 3, k + 3 <= b.count, Array(b[k..<(k + 3)]) == marks[nums.count] else { return false }
            nums.append(v); v = 0; n = 0; k += 3
        }
        return nums.count == 3 && n == 0 && ok(nums[0], nums[1], nums[2])
    }
}
