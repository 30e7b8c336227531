// STUB until the encoding work lands (delete on merge).
import WortCore
public enum UTF8Validation {
    public static func firstInvalidByte(in p: UnsafeBufferPointer<UInt8>) -> Int? {
        var it = p.makeIterator(); var d = UTF8(); var off = 0
        while true {
            switch d.decode(&it) {
            case .scalarValue(let s): off += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return off
            }
        }
    }
}
public enum EncodingDetector {
    public static func detect(sample: UnsafeBufferPointer<UInt8>, isEndOfInput: Bool) -> TextEncoding { .utf8 }
}
public final class Transcoder {
    public init(from: TextEncoding) throws {}
    public func convert(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool) throws -> [UInt8] { Array(input) }
}
extension TextEncoding {
    public init?(name: String) {
        switch name.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "cp949", "euc-kr": self = .cp949
        case "windows-1252", "cp1252": self = .windows1252
        default: return nil
        }
    }
}
