// STUB until the values work lands: signatures only.
/// Byte-level parsers for typed values. Every parser trims ASCII spaces and tabs first.
public enum ValueParser {
    public static func int64(_ b: UnsafeBufferPointer<UInt8>) -> Int64? { nil }
    public static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? { nil }
    public static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? { nil }
    public static func decimal(_ b: UnsafeBufferPointer<UInt8>, scale: Int) -> Int64? { nil }
    public static func date(_ b: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Int32? { nil }
    public static func timestamp(_ b: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Int64? { nil }
}
