/// AWS_ACCESS_KEY: AWS key ids are a four-letter prefix naming the kind (AKIA long-term
/// user keys, ASIA temporary STS keys, AGPA groups, AIDA users, AROA roles, ANPA/ANVA
/// policies, APKA public keys, ABIA/ACCA service keys) and 16 base32 characters (A-Z, 2-7).
enum AWSAccessKeyDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length == 20 && s.lower == 0 && s.marks == 0 && s.upper >= 4 }

    private static let prefixes: [StaticString] = ["akia", "asia", "abia", "acca", "agpa", "aida", "aipa", "anpa", "anva", "aroa", "apka", "asca"]

    static func match(_ b: Bytes) -> UInt8 {
        guard b.count == 20, prefixes.contains(where: { b.hasWord($0, at: 0) }) else { return Match.none }
        for c in b[4...] where !(isUpper(c) || (c >= 0x32 && c <= 0x37)) { return Match.none }
        return Match.strong
    }
}
