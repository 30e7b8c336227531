/// Fast UTF-8 validation for large buffers.
///
/// Accepts exactly the well-formed UTF-8 of the Unicode standard (table 3-7): no overlong
/// forms (C0, C1, E0 80–9F, F0 80–8F), no surrogates (ED A0–BF), nothing above U+10FFFF
/// (F4 90–BF, F5–FF), no stray continuation bytes. ASCII runs are checked 16 bytes per
/// step with two unaligned `UInt64` loads, so mostly-ASCII data goes at memory speed.
public enum UTF8Validation {
    /// The outcome of validating one chunk of a stream.
    public enum Result: Sendable, Equatable {
        /// Every byte is part of a complete, well-formed sequence.
        case valid
        /// The ill-formed sequence starts at this offset (its lead byte, or the stray byte).
        case invalid(at: Int)
        /// Everything before `from` is valid, and the bytes from `from` to the end are a
        /// well-formed but incomplete sequence: carry them over to the next chunk (at the
        /// end of the input they are an error).
        case incompleteTail(from: Int)
    }

    /// The offset of the first byte that is not well-formed UTF-8, or nil if all of
    /// `buffer` is valid. An incomplete sequence at the end counts as invalid (use
    /// `validate(_:)` on chunks of a stream).
    public static func firstInvalidByte(in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        switch validate(buffer) {
        case .valid: nil
        case .invalid(let at): at
        case .incompleteTail(let from): from
        }
    }

    /// Validates one chunk, reporting an incomplete trailing sequence separately.
    public static func validate(_ buffer: UnsafeBufferPointer<UInt8>) -> Result {
        guard let p = buffer.baseAddress else { return .valid }
        let n = buffer.count
        let raw = UnsafeRawPointer(p)
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i < n {
            var b0 = p[i]
            if b0 < 0x80 {
                // ASCII fast path: skip 16 bytes at a time, then find the exact first
                // non-ASCII byte from the lowest set high bit (loads are little-endian).
                i += 1
                while i + 16 <= n {
                    let a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & highBits
                    let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) & highBits
                    if a | b != 0 {
                        i += a != 0 ? a.trailingZeroBitCount >> 3 : 8 + (b.trailingZeroBitCount >> 3)
                        break
                    }
                    i += 16
                }
                while i < n && p[i] < 0x80 { i += 1 }
                if i == n { return .valid }
                b0 = p[i]
            }
            // Multi-byte sequence starting at i.
            let len = sequenceLength(buffer, at: i)
            if len > 0 { i += len } else if len < 0 { return .incompleteTail(from: i) } else { return .invalid(at: i) }
        }
        return .valid
    }

    /// Length of the multi-byte sequence starting at `i` (lead byte ≥ 0x80): 2 to 4 when
    /// valid, 0 when invalid (stray continuation, overlong, surrogate, above U+10FFFF),
    /// -1 when the buffer ends inside an otherwise valid sequence.
    @inline(__always)
    public static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = p[i], n = p.count
        let need: Int
        var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: need = 1
        case 0xE0: need = 2; lo = 0xA0          // no overlongs
        case 0xE1...0xEC, 0xEE...0xEF: need = 2
        case 0xED: need = 2; hi = 0x9F          // no surrogates
        case 0xF0: need = 3; lo = 0x90          // no overlongs
        case 0xF1...0xF3: need = 3
        case 0xF4: need = 3; hi = 0x8F          // nothing above U+10FFFF
        default: return 0                       // continuation byte, C0/C1, F5–FF
        }
        if i + 1 >= n { return -1 }
        if p[i + 1] < lo || p[i + 1] > hi { return 0 }
        var k = 2
        while k <= need {
            if i + k >= n { return -1 }
            if p[i + k] & 0xC0 != 0x80 { return 0 }
            k += 1
        }
        return need + 1
    }

    /// Convenience for tests and small inputs.
    public static func validate(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { validate($0) }
    }
}
