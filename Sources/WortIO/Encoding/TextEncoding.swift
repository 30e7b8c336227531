/// Character encodings Wort reads; everything is UTF-8 inside.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// Microsoft's Unified Hangul Code: EUC-KR (KS X 1001) plus the 8,822 extra Hangul
    /// syllables. Every EUC-KR file is valid CP949, so EUC-KR is read as CP949.
    case cp949 = "cp949"
    case windows1252 = "windows-1252"
    /// ISO-8859-1: every byte is the code point of the same value (0x80–0x9F are C1
    /// controls). Never chosen by detection: Windows-1252 is what such files really are.
    case latin1 = "iso-8859-1"
    /// What Excel's "Unicode text" export and many Windows tools write (with a BOM).
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"

    /// The name glibc's iconv knows, for the encodings converted through it.
    var iconvName: String? {
        switch self {
        case .cp949: "CP949"
        case .utf16le: "UTF-16LE"
        case .utf16be: "UTF-16BE"
        default: nil
        }
    }

    /// Accepts the common spellings of each encoding, ignoring case and surrounding
    /// spaces: `utf-8`, `utf8`; `cp949`, `euc-kr`, `euckr`, `ks_c_5601-1987`, `uhc`,
    /// `ms949`; `windows-1252`, `cp1252`; `iso-8859-1`, `latin1`, `latin-1`.
    public init?(name: String) {
        let n = name.trimmingSpaces().lowercased()
            .replacingUnderscores()
        switch n {
        case "utf-8", "utf8": self = .utf8
        case "cp949", "euc-kr", "euckr", "ks-c-5601-1987", "ksc5601", "ks-c-5601", "uhc", "ms949",
             "windows-949":
            self = .cp949
        case "windows-1252", "cp1252", "win1252", "windows1252", "cp-1252": self = .windows1252
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1": self = .latin1
        case "utf-16le", "utf16le", "utf-16", "utf16", "ucs-2", "unicode": self = .utf16le
        case "utf-16be", "utf16be": self = .utf16be
        default: return nil
        }
    }

    /// For `--help` and error hints: "utf-8, cp949 (euc-kr), windows-1252 (cp1252), iso-8859-1 (latin1)".
    public static var namesForHelp: String {
        allCases.map { e in
            switch e {
            case .utf8: "utf-8"
            case .cp949: "cp949 (euc-kr)"
            case .windows1252: "windows-1252 (cp1252)"
            case .latin1: "iso-8859-1 (latin1)"
            case .utf16le: "utf-16le (utf-16)"
            case .utf16be: "utf-16be"
            }
        }.joined(separator: ", ")
    }
}

extension String {
    fileprivate func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return s
    }
}

extension StringProtocol {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
