// STUB until the display-width work lands (delete on merge).
public enum DisplayWidth {
    public static func of(_ s: String) -> Int { s.count }
    public static func truncate(_ s: String, toWidth: Int, ellipsis: String = "…") -> String { s.count <= toWidth ? s : String(s.prefix(max(0, toWidth - 1))) + ellipsis }
    public static func pad(_ s: String, toWidth: Int, alignRight: Bool = false) -> String {
        let n = max(0, toWidth - of(s)); return alignRight ? String(repeating: " ", count: n) + s : s + String(repeating: " ", count: n)
    }
    public static func sanitize(_ s: String) -> String { String(s.map { $0 == "\n" ? "␊" : $0 }) }
}
