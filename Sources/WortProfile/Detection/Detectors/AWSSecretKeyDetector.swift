/// AWS_SECRET_KEY: 40 characters of base64 (A-Z a-z 0-9 / +) with upper, lower and
/// digits mixed. Random-looking 40-character strings are also hashes and tokens of
/// other kinds, so this is weak: a column needs a hint (secret, aws_secret_access_key)
/// and text a context word.
enum AWSSecretKeyDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length == 40 && s.upper >= 2 && s.lower >= 2 && s.digits >= 1 && s.marks & ~(ValueShape.Mark.slash | ValueShape.Mark.plus) == 0
    }
    static func match(_ b: Bytes) -> UInt8 {
        guard b.count == 40 else { return Match.none }
        for c in b where !(isAlnum(c) || c == 0x2F || c == 0x2B) { return Match.none }
        return Match.weak
    }
}
