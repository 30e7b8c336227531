/// Sensitive data inside free text ("Call me at (425) 882-9090, SSN 078-05-1120"): the
/// same detectors as for columns, run over candidate spans of the text.
///
/// The text is cut into tokens at whitespace (and where Hangul meets ASCII, since
/// Korean particles attach to what they follow: "010-1234-5678로"), with surrounding
/// punctuation stripped. From each token, a detector tries spans of up to its
/// `maxTokens` tokens joined by spaces (a card written "4111 1111 1111 1111", an IBAN
/// in groups of four), longest first, except addresses, which take the shortest span
/// that reads as one. Each candidate gets a score from the detector's strength, whether
/// the match was strong or weak, and context words nearby (`TextContext`); spans below
/// `minimumScore` are dropped, and overlaps go to the higher score, then the longer span.
public enum SensitiveText {
    /// Findings scoring below this are not reported at all.
    public static let minimumScore = 0.05
    /// Findings at or above this score are confident: a strong match, or a weak one
    /// with a context word. Below it are bare shapes (any 9 digits may be a passport);
    /// they are reported, with their low score, so callers choose the trade-off.
    public static let confidentScore = 0.5

    public static func findings(in text: String, entities: EntitySelection) -> [TextFinding] {
        var t = text
        return t.withUTF8 { findings(in: $0, entities: entities) }
    }

    public static func findings(in bytes: UnsafeBufferPointer<UInt8>, entities: EntitySelection) -> [TextFinding] {
        let tokens = tokenize(bytes)
        guard !tokens.isEmpty else { return [] }
        let detectors = DetectorRegistry.detectors
        let selected = detectors.indices.filter { entities.contains(index: $0) }
        let widest = selected.map { detectors[$0].maxTokens }.max() ?? 1
        var candidates: [Candidate] = []
        // Shapes of the spans starting at token i, built token by token: every detector's
        // prefilter reads them, so a span's bytes are classified once, not per detector.
        var shapes: [ValueShape] = []
        shapes.reserveCapacity(widest)
        for i in tokens.indices {
            // Most words of prose are lower-case letters only, and no entity starts with
            // one (names and month names are capitalised; numbers, addresses, emails and
            // keys hold digits or marks), except "po box".
            if isLowerWord(bytes.slice(tokens[i].lo, tokens[i].hi)) { continue }
            let run = min(widest, tokens.count - i, horizontalRun(tokens, from: i, bytes))
            shapes.removeAll(keepingCapacity: true)
            var shape = ValueShape(bytes.slice(tokens[i].lo, tokens[i].hi))
            shapes.append(shape)
            if run > 1 {
                for n in 2...run {
                    shape.append(ValueShape(bytes.slice(tokens[i + n - 2].hi, tokens[i + n - 1].hi)))
                    shapes.append(shape)
                }
            }
            for di in selected {
                let d = detectors[di]
                let maxN = min(d.maxTokens, run)
                let order: [Int] = d.entity == .address ? Array(1...maxN) : Array((1...maxN).reversed())
                for n in order {
                    let lo = tokens[i].lo, hi = tokens[i + n - 1].hi
                    guard hi > lo else { continue }
                    let m: UInt8
                    if d.entity == .personName {
                        m = nameMatch(tokens, i, n, bytes)
                    } else {
                        guard DetectorRegistry.possible(di, shapes[n - 1]) else { continue }
                        m = DetectorRegistry.match(di, bytes.slice(lo, hi))
                    }
                    guard m != Match.none else { continue }
                    let score = self.score(d, m, context: hasContext(d.entity, tokens, i, i + n, bytes))
                    if score >= minimumScore {
                        candidates.append(Candidate(entity: d.entity, lo: lo, hi: hi, score: score, specificity: d.specificity))
                    }
                    break
                }
            }
        }
        return resolve(candidates, bytes)
    }

    @inline(__always) static func isLowerWord(_ w: Bytes) -> Bool {
        for c in w where !isLower(c) { return false }
        return !w.equalsIgnoringCase("po")
    }

    struct Token { var lo: Int; var hi: Int }
    struct Candidate { var entity: EntityType; var lo: Int; var hi: Int; var score: Double; var specificity: Int }

    /// Strong matches score their detector's strength, weak ones much less (patterns
    /// that need a hint in columns: 0.1); a context word adds 0.35, and lifts a weak
    /// match to at least `confidentScore`.
    static func score(_ d: Detector, _ m: UInt8, context: Bool) -> Double {
        var s: Double
        switch d.entity {
        case .date:
            // Dates are reported anywhere (they are what a DATE filter masks), birth dates higher.
            s = context ? 0.95 : 0.6
        case .personName:
            // One known word alone ("Mark") is only a name with a context word.
            s = m == Match.strong ? 0.75 : (context ? 0.6 : 0)
        default:
            if m == Match.strong {
                s = context ? d.strength + 0.35 : d.strength
            } else {
                s = d.needsHint ? 0.1 : d.strength * 0.5
                if context { s = max(s + 0.35, confidentScore) }
            }
        }
        return (min(1, s) * 100).rounded() / 100
    }

    // MARK: tokens

    @inline(__always) private static func isHangulLead(_ c: UInt8) -> Bool { c >= 0xEA && c <= 0xED }

    /// Tokens: runs between whitespace, split where Hangul meets ASCII and after a
    /// "label:" prefix ("SSN:078-05-1120"), with edge punctuation stripped.
    static func tokenize(_ b: Bytes) -> [Token] {
        var out: [Token] = []
        var k = 0
        while k < b.count {
            while k < b.count && isSpace(b[k]) { k += 1 }
            let start = k
            while k < b.count && !isSpace(b[k]) { k += 1 }
            // Brackets, commas and semicolons never belong to an entity:
            // "[2001:db8::1]:8080", "is,5/21,and".
            var lo = start
            for j in start...k where j == k || b[j] == 0x5B || b[j] == 0x5D || b[j] == 0x2C || b[j] == 0x3B {
                if j > lo { split(b, lo, j, into: &out) }
                lo = j + 1
            }
        }
        return out
    }

    private static func split(_ b: Bytes, _ lo: Int, _ hi: Int, into out: inout [Token]) {
        // Hangul <-> ASCII boundaries.
        var pieceStart = lo
        var k = lo
        var prevKind = 0  // 0 none, 1 hangul, 2 ascii, 3 other
        while k < hi {
            let c = b[k]
            let kind = isHangulLead(c) ? 1 : (c < 0x80 ? 2 : 3)
            let len = c < 0x80 ? 1 : (c >= 0xF0 ? 4 : (c >= 0xE0 ? 3 : 2))
            if (kind == 1 && prevKind == 2) || (kind == 2 && prevKind == 1) {
                labelSplit(b, pieceStart, k, into: &out)
                pieceStart = k
            }
            if kind != 3 || prevKind == 0 { prevKind = kind }
            k += len
        }
        labelSplit(b, pieceStart, min(hi, b.count), into: &out)
    }

    /// "SSN:078-05-1120", "ip=10.0.0.1": a label of letters (not all hex, so IPv6 and MAC
    /// addresses stay whole) before ':' or '='.
    private static func labelSplit(_ b: Bytes, _ lo: Int, _ hi: Int, into out: inout [Token]) {
        var k = lo, nonHex = false
        while k < hi && (isAlpha(b[k]) || b[k] == 0x23 || b[k] == 0x5F) {
            if !isHex(b[k]) { nonHex = true }
            k += 1
        }
        if k < hi, k - lo >= 2, nonHex, b[k] == 0x3A || b[k] == 0x3D, k + 1 < hi, !(b[k] == 0x3A && k + 2 < hi && b[k + 1] == 0x2F) {
            strip(b, lo, k, into: &out)
            strip(b, k + 1, hi, into: &out)
        } else {
            strip(b, lo, hi, into: &out)
        }
    }

    private static let leading: Set<UInt8> = Set("([{<\"'*".utf8)
    private static let trailing: Set<UInt8> = Set(".,;:!?)]}>\"'*".utf8)

    private static func strip(_ b: Bytes, _ lo0: Int, _ hi0: Int, into out: inout [Token]) {
        var lo = lo0, hi = hi0
        var hasOpen = false
        for k in lo..<hi where b[k] == 0x28 { hasOpen = true; break }
        // A label's colon left at the front ("전화:010-..."), unless it starts "::1".
        if lo + 1 < hi && b[lo] == 0x3A && b[lo + 1] != 0x3A { lo += 1 }
        while lo < hi && leading.contains(b[lo]) {
            // "(425) 882-9090": keep the '(' of a phone area code.
            if b[lo] == 0x28, let close = (lo..<hi).first(where: { b[$0] == 0x29 }), close > lo + 1,
               (lo + 1..<close).allSatisfy({ isDigit(b[$0]) }) { break }
            lo += 1
        }
        while hi > lo && trailing.contains(b[hi - 1]) {
            if b[hi - 1] == 0x29 && hasOpen && b[lo] == 0x28 { break }
            // "fe80::" and "::" end in an IPv6 "::".
            if b[hi - 1] == 0x3A && hi - 2 >= lo && b[hi - 2] == 0x3A { break }
            hi -= 1
        }
        if hi > lo { out.append(Token(lo: lo, hi: hi)) }
    }

    /// How many tokens from `i` on are separated by horizontal whitespace only (a span
    /// never crosses a line break).
    private static func horizontalRun(_ t: [Token], from i: Int, _ b: Bytes) -> Int {
        var n = 1
        var j = i
        while j + 1 < t.count && n < 12 {
            let gap = b.slice(t[j].hi, t[j + 1].lo)
            if gap.contains(0x0A) || gap.contains(0x0D) || gap.count > 3 { break }
            n += 1; j += 1
        }
        return n
    }

    // MARK: names

    /// PERSON_NAME in text: capitalised words (or words in another script) starting with
    /// a common given name or surname, or after a title; one known word alone is weak.
    static func nameMatch(_ t: [Token], _ i: Int, _ n: Int, _ b: Bytes) -> UInt8 {
        guard n <= 3 else { return Match.none }
        for k in i..<(i + n) {
            let w = b.slice(t[k].lo, t[k].hi)
            guard let f = w.first, isUpper(f) || f >= 0x80, PersonNameDetector.match(w) != Match.none else { return Match.none }
            // Words of a name are separated by spaces only ("Brown (SSN" is no name).
            if k > i, !b.slice(t[k - 1].hi, t[k].lo).allSatisfy({ $0 == 0x20 }) { return Match.none }
            // ACRONYMS are not names.
            if f < 0x80 && w.count > 1 && w.dropFirst().allSatisfy(isUpper) { return Match.none }
        }
        let first = b.slice(t[i].lo, t[i].hi)
        let titled = i > 0 && (isTitle(b.slice(t[i - 1].lo, t[i - 1].hi)) || introducesName(t, i, b))
        guard CommonNames.contains(first) || titled else { return Match.none }
        return n >= 2 || titled ? Match.strong : Match.weak
    }

    /// "my name is X", "I am X", "I'm X", "named X", "called X", "Dear X", "signed, X".
    private static func introducesName(_ t: [Token], _ i: Int, _ b: Bytes) -> Bool {
        let w1 = b.slice(t[i - 1].lo, t[i - 1].hi)
        for one in ["named", "called", "dear", "i'm", "signed", "regards", "sincerely"] as [StaticString] where w1.equalsIgnoringCase(one) { return true }
        guard i >= 2 else { return false }
        let w0 = b.slice(t[i - 2].lo, t[i - 2].hi)
        return (w0.equalsIgnoringCase("name") && w1.equalsIgnoringCase("is")) || (w0.equalsIgnoringCase("i") && w1.equalsIgnoringCase("am"))
    }

    private static func isTitle(_ w: Bytes) -> Bool {
        for t in ["mr", "mrs", "ms", "dr", "miss", "prof", "sir", "madam"] as [StaticString] where w.equalsIgnoringCase(t) { return true }
        return false
    }

    // MARK: context

    /// A context word for `entity` among the 6 tokens before the span or the 2 after,
    /// or a Korean context word in the 60 bytes before it.
    static func hasContext(_ entity: EntityType, _ t: [Token], _ from: Int, _ to: Int, _ b: Bytes) -> Bool {
        if let set = TextContext.words[entity] {
            let range = max(0, from - 6)..<min(t.count, to + 2)
            for k in range where k < from || k >= to {
                let w = b.slice(t[k].lo, t[k].hi)
                guard w.count <= 24 else { continue }
                var word = w.lowercasedString()
                while let l = word.last, !(l.isLetter || l.isNumber || l == "#") { word.removeLast() }
                if set.contains(word) { return true }
                // "ssn#", "e-mail:" and "SSN/ITIN" forms
                if word.contains("/") && word.split(separator: "/").contains(where: { set.contains(String($0)) }) { return true }
            }
        }
        if let ko = TextContext.korean[entity] {
            let lo = max(0, t[from].lo - 60)
            let before = String(decoding: b.slice(lo, t[from].lo), as: UTF8.self)
            if ko.contains(where: before.contains) { return true }
        }
        return false
    }

    // MARK: overlaps and offsets

    static func resolve(_ cands: [Candidate], _ b: Bytes) -> [TextFinding] {
        let sorted = cands.sorted {
            if $0.score != $1.score { return $0.score > $1.score }
            if $0.hi - $0.lo != $1.hi - $1.lo { return $0.hi - $0.lo > $1.hi - $1.lo }
            return $0.specificity > $1.specificity
        }
        var kept: [Candidate] = []
        for c in sorted where !kept.contains(where: { $0.lo < c.hi && c.lo < $0.hi }) { kept.append(c) }
        kept.sort { $0.lo < $1.lo }
        // Byte offsets -> code point offsets: count the bytes that start a character.
        var out: [TextFinding] = []
        var cp = 0, byte = 0
        func advance(to target: Int) {
            while byte < target { if b[byte] & 0xC0 != 0x80 { cp += 1 }; byte += 1 }
        }
        for c in kept {
            advance(to: c.lo); let s = cp
            advance(to: c.hi)
            out.append(TextFinding(entity: c.entity, start: s, end: cp, score: c.score))
        }
        return out
    }
}
