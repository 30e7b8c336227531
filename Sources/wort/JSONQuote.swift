/// A string as a JSON string literal (for the commands that print `--json`).
func jsonQuoted(_ s: String) -> String {
    var o = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": o += "\\\""
        case "\\": o += "\\\\"
        case _ where u.value < 0x20: o += String(format: "\\u%04x", u.value)
        default: o.unicodeScalars.append(u)
        }
    }
    return o + "\""
}

import Foundation
