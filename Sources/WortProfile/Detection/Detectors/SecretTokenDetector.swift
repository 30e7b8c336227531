/// SECRET: credentials with a recognisable form.
/// - GitHub tokens: ghp_/gho_/ghu_/ghs_/ghr_ + 36 alphanumerics; github_pat_ + 22+ characters.
/// - Slack tokens: xoxb-/xoxp-/xoxa-/xoxr-/xoxs-/xoxe- followed by dash-separated alphanumerics.
/// - PEM private keys: "-----BEGIN ... PRIVATE KEY-----".
/// - JSON Web Tokens: three base64url parts separated by dots, the first two starting
///   "eyJ" (the encoding of '{"').
/// - Google API keys ("AIza" + 35) and Stripe secret keys (sk_live_ / rk_live_).
enum SecretTokenDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length >= 20 && s.nonASCII == 0 }

    static func match(_ b: Bytes) -> UInt8 {
        if b.hasWord("gh", at: 0), b.count == 40, b[3] == 0x5F, "pousr".utf8.contains(b[2]) {
            for c in b[4...] where !isAlnum(c) { return Match.none }
            return Match.strong
        }
        if b.hasWord("github_pat_", at: 0) { return tail(b, from: 11, min: 22, extra: 0x5F) }
        if b.hasWord("xox", at: 0), b.count >= 15, b[4] == 0x2D, "bpares".utf8.contains(b[3]) { return tail(b, from: 5, min: 10, extra: 0x2D) }
        if b.hasWord("-----begin ", at: 0), let r = findWord(b, "private key-----") , r > 0 { return Match.strong }
        if b.hasWord("aiza", at: 0), b.count == 39 { return tail(b, from: 4, min: 35, extra: 0x2D, 0x5F) }
        if b.hasWord("sk_live_", at: 0) || b.hasWord("rk_live_", at: 0) { return tail(b, from: 8, min: 20, extra: 0) }
        if b.hasWord("eyj", at: 0) { return isJWT(b) ? Match.strong : Match.none }
        return Match.none
    }

    private static func tail(_ b: Bytes, from: Int, min: Int, extra: UInt8...) -> UInt8 {
        guard b.count - from >= min else { return Match.none }
        for c in b[from...] where !(isAlnum(c) || extra.contains(c)) { return Match.none }
        return Match.strong
    }

    private static func findWord(_ b: Bytes, _ w: StaticString) -> Int? {
        let n = w.utf8CodeUnitCount
        guard b.count >= n else { return nil }
        for k in 0...(b.count - n) where b.hasWord(w, at: k) { return k }
        return nil
    }

    static func isJWT(_ b: Bytes) -> Bool {
        guard b.count >= 20 else { return false }
        var parts = 0, len = 0
        for c in b {
            if c == 0x2E { guard len >= 4 else { return false }; parts += 1; len = 0 }
            else if isAlnum(c) || c == 0x2D || c == 0x5F || c == 0x3D { len += 1 }
            else { return false }
        }
        guard parts == 2, len >= 4 else { return false }
        guard let dot = b.firstIndex(of: 0x2E), dot + 3 < b.count else { return false }
        return b.hasWord("eyj", at: dot + 1)
    }
}
