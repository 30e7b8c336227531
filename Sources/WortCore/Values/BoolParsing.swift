/// `true`, `false`, `yes`, `no` in any letter case.
enum BoolParsing {
    @inline(__always)
    static func bool(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool? {
        let i = range.lowerBound
        @inline(__always) func low(_ k: Int) -> UInt8 { b[i + k] | 0x20 }
        switch range.count {
        case 2: return low(0) == 0x6E && low(1) == 0x6F ? false : nil                          // no
        case 3: return low(0) == 0x79 && low(1) == 0x65 && low(2) == 0x73 ? true : nil         // yes
        case 4: return low(0) == 0x74 && low(1) == 0x72 && low(2) == 0x75 && low(3) == 0x65 ? true : nil  // true
        case 5:
            return low(0) == 0x66 && low(1) == 0x61 && low(2) == 0x6C && low(3) == 0x73 && low(4) == 0x65
                ? false : nil                                                                    // false
        default: return nil
        }
    }
}
