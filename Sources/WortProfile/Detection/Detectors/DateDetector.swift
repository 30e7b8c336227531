import WortCore

/// DATE: a real calendar date in the forms people write: 1990-05-17, 1990/05/17,
/// 19900517, 05/17/1990, 17.05.1990, 17-05-90, "May 17, 1990", "17 May 1990",
/// 5-MAY-2021, "1990년 5월 17일", ISO timestamps (2024-03-15T14:30:00Z) and partial dates
/// (May-2021, 05/2021, 21-May, 5/21). Every date fits, so a column needs a birth hint
/// (birth, dob, 생년월일, ...) and free text scores higher with a birth context.
/// Four-digit years must be 1900 ... 2100.
enum DateDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 3 && s.length <= 40 && s.digits >= 2 && s.digits <= 30
    }

    static func match(_ b: Bytes) -> UInt8 {
        if numeric(b) || timestamp(b) || named(b) || korean(b) { return Match.weak }
        return Match.none
    }

    /// Y-M-D, M/D/Y or D.M.Y with one separator kind, 8 digits YYYYMMDD, or the partial
    /// forms MM/YYYY and M/D.
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
        if parts == 1 {
            // "05/2021", "5/21" (slashes only: "3.5" and "10-12" are numbers and ranges)
            guard sep == 0x2F, l.0 <= 2 else { return false }
            if n == 4 { return (1...12).contains(p.0) && (1900...2100).contains(v) }
            return n <= 2 && (1...12).contains(p.0) && (1...31).contains(v)
        }
        p.2 = v; l.2 = n
        if l.0 == 4 && l.1 <= 2 && l.2 <= 2 { return ok(p.0, p.1, p.2) }
        if (l.2 == 4 || l.2 == 2) && l.0 <= 2 && l.1 <= 2 {
            let y = l.2 == 4 ? p.2 : (p.2 < 50 ? 2000 + p.2 : 1900 + p.2)
            return ok(y, p.0, p.1) || ok(y, p.1, p.0)
        }
        return false
    }

    /// An ISO 8601 date followed by 'T' or a space and a time: "2024-03-15T14:30:00.123Z",
    /// "2022-03-22 11:19:34".
    static func timestamp(_ b: Bytes) -> Bool {
        guard b.count >= 16, b[10] == 0x54 || b[10] == 0x20, numeric(b.slice(0, 10)) else { return false }
        guard isDigit(b[11]), isDigit(b[12]), b[13] == 0x3A, isDigit(b[14]), isDigit(b[15]) else { return false }
        for c in b[16...] where !(isDigit(c) || c == 0x3A || c == 0x2E || c == 0x2B || c == 0x2D || c == 0x5A) { return false }
        return true
    }

    @inline(__always) static func ok(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1900 && y <= 2100 && CivilCalendar.isValid(year: y, month: m, day: d)
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
        "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
        "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// "May 17, 1990", "17 May 1990", "5-MAY-2021", "Sept. 5, 2001", and partial
    /// "May-2021", "May-21", "21-May". The month word must be capitalised ("may" is a verb).
    static func named(_ b: Bytes) -> Bool {
        guard let f = b.first, isUpper(f) || isDigit(f) else { return false }
        var w: [(Int, Int)] = []
        var start = -1
        for k in 0...b.count {
            let sepHere = k == b.count || b[k] == 0x20 || b[k] == 0x2C || b[k] == 0x2D || b[k] == 0x2E || b[k] == 0x2F
            if sepHere { if start >= 0 { w.append((start, k)); start = -1; if w.count > 3 { return false } } }
            else if start < 0 { start = k }
        }
        guard w.count == 2 || w.count == 3 else { return false }
        let words = w.map { b.slice($0.0, $0.1) }
        func num(_ w: Bytes) -> Int? {
            var w = w
            // "17th", "1st"
            if w.count > 2, isAlpha(w[w.count - 1]), isAlpha(w[w.count - 2]) { w = w.slice(0, w.count - 2) }
            guard !w.isEmpty, w.count <= 4 else { return nil }
            var v = 0
            for c in w { guard isDigit(c) else { return nil }; v = v * 10 + Int(c - 0x30) }
            return v
        }
        func month(_ w: Bytes) -> Int? {
            w.count >= 3 && w.count <= 9 && isUpper(w[0]) ? months[w.lowercasedString()] : nil
        }
        if words.count == 3 {
            guard words[2].count == 4 || words[2].count == 2, let y0 = num(words[2]) else { return false }
            let y = words[2].count == 4 ? y0 : (y0 < 50 ? 2000 + y0 : 1900 + y0)
            if let m = month(words[0]), let d = num(words[1]) { return ok(y, m, d) }
            if let d = num(words[0]), let m = month(words[1]) { return ok(y, m, d) }
            return false
        }
        if let m = month(words[0]), let x = num(words[1]) {
            return words[1].count == 4 ? (1900...2100).contains(x) : CivilCalendar.isValid(year: 2000, month: m, day: x)
        }
        if let d = num(words[0]), let m = month(words[1]), words[0].count <= 2 {
            return CivilCalendar.isValid(year: 2000, month: m, day: d)
        }
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
