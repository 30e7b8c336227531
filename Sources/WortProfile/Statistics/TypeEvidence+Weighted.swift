import WortCore

extension TypeEvidence {
    /// Observes `bytes` as if it occurred `count` times: the evidence of one value is
    /// doubled and added by the bits of `count` (evidence is counts only, so merging is
    /// addition).
    mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, times count: Int, nullTokens: NullTokens) {
        if count == 1 { observe(bytes, nullTokens: nullTokens); return }
        var one = TypeEvidence()
        one.observe(bytes, nullTokens: nullTokens)
        var c = count
        while c > 0 {
            if c & 1 == 1 { merge(one) }
            c >>= 1
            if c > 0 { one.merge(one) }
        }
    }
}
