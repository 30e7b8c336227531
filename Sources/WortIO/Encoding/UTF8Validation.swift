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
            if b0 < 0xC2 { return .invalid(at: i) }      // continuation byte, or overlong C0/C1
            if b0 < 0xE0 {
                if i + 1 >= n { return .incompleteTail(from: i) }
                if p[i + 1] & 0xC0 != 0x80 { return .invalid(at: i) }
                i += 2
            } else if b0 < 0xF0 {
                // Second byte range: E0 needs A0–BF (no overlongs), ED needs 80–9F (no surrogates).
                let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
                let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
                if i + 1 >= n { return .incompleteTail(from: i) }
                let b1 = p[i + 1]
                if b1 < lo || b1 > hi { return .invalid(at: i) }
                if i + 2 >= n { return .incompleteTail(from: i) }
                if p[i + 2] & 0xC0 != 0x80 { return .invalid(at: i) }
                i += 3
            } else if b0 < 0xF5 {
                // F0 needs 90–BF (no overlongs), F4 needs 80–8F (nothing above U+10FFFF).
                let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
                let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
                if i + 1 >= n { return .incompleteTail(from: i) }
                let b1 = p[i + 1]
                if b1 < lo || b1 > hi { return .invalid(at: i) }
                if i + 2 >= n { return .incompleteTail(from: i) }
                if p[i + 2] & 0xC0 != 0x80 { return .invalid(at: i) }
                if i + 3 >= n { return .incompleteTail(from: i) }
                if p[i + 3] & 0xC0 != 0x80 { return .invalid(at: i) }
                i += 4
            } else {
                return .invalid(at: i)                  // F5–FF never occur in UTF-8
            }
        }
        return .valid
    }

    /// Convenience for tests and small inputs.
    public static func validate(_ bytes: [UInt8]) -> Result {
        bytes.withUnsafeBufferPointer { validate($0) }
    }
}
