/// Escaping for text and attribute values in HTML and SVG.
enum HTMLText {
    static func escape(_ s: String) -> String {
        var o = ""
        o.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": o += "&amp;"
            case "<": o += "&lt;"
            case ">": o += "&gt;"
            case "\"": o += "&quot;"
            case "'": o += "&#39;"
            case _ where ch.value < 0x20 && ch != "\n" && ch != "\t": o += "\u{FFFD}"
            default: o.unicodeScalars.append(ch)
            }
        }
        return o
    }
}
