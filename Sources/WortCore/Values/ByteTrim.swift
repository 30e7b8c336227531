/// The range of `b` without leading and trailing ASCII spaces and tabs.
@inline(__always)
func trimmedRange(_ b: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    var lo = 0, hi = b.count
    while lo < hi && (b[lo] == 0x20 || b[lo] == 0x09) { lo += 1 }
    while hi > lo && (b[hi - 1] == 0x20 || b[hi - 1] == 0x09) { hi -= 1 }
    return lo..<hi
}

/// The value of an ASCII digit, or a number > 9 for any other byte.
@inline(__always)
func digitValue(_ c: UInt8) -> UInt8 { c &- 0x30 }
