// STUB until the values work lands: signatures only.
public enum ValueFormatter {
    public static func append(int64 v: Int64, to out: inout [UInt8]) { out.append(contentsOf: String(v).utf8) }
    public static func append(double v: Double, to out: inout [UInt8]) { out.append(contentsOf: "\(v)".utf8) }
    public static func append(decimal v: Int64, scale: Int, to out: inout [UInt8]) { out.append(contentsOf: String(v).utf8) }
    public static func append(bool v: Bool, to out: inout [UInt8]) { out.append(contentsOf: (v ? "true" : "false").utf8) }
    public static func append(date v: Int32, to out: inout [UInt8]) { out.append(contentsOf: String(v).utf8) }
    public static func append(timestamp v: Int64, to out: inout [UInt8]) { out.append(contentsOf: String(v).utf8) }
}
