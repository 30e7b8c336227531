// STUB until the encoding work lands.
/// Character encodings Wort reads; everything is UTF-8 inside.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case cp949 = "cp949"
    case windows1252 = "windows-1252"
}
