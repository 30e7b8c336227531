/// URL: scheme://host... (http, https, ftp, ftps, sftp, ws, wss), or a host that starts
/// with "www.", with optional port, path, query and fragment. The host must be a domain
/// name (`EmailDetector.isDomain`), an IPv4 address or "localhost". A bare domain
/// ("microsoft.com", "google.co.il") with a common top-level domain is a weak match.
enum URLDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length >= 8 && s.has(ValueShape.Mark.dot) || s.has(ValueShape.Mark.colon) && s.length >= 10 }

    static func match(_ b: Bytes) -> UInt8 {
        var k = 0
        for scheme in ["https://", "http://", "ftp://", "ftps://", "sftp://", "wss://", "ws://"] as [StaticString] {
            if b.hasWord(scheme, at: 0) { k = scheme.utf8CodeUnitCount; break }
        }
        if k == 0 && !b.hasWord("www.", at: 0) { return bareDomain(b) ? Match.weak : Match.none }
        // Host ends at '/', '?', '#' or ':' (port).
        var end = k
        while end < b.count, b[end] != 0x2F, b[end] != 0x3F, b[end] != 0x23, b[end] != 0x3A { end += 1 }
        var host = b.slice(k, end)
        if let at = host.lastIndex(of: 0x40) { host = host.slice(at + 1, host.count) }  // user@host
        guard EmailDetector.isDomain(host) || IPAddressDetector.isIPv4(host) || host.equalsIgnoringCase("localhost") else { return Match.none }
        // "www.microsoft" is a host name without a domain.
        if host.hasWord("www.", at: 0) && host.slice(4, host.count).firstIndex(of: 0x2E) == nil { return Match.none }
        for c in b[end...] where c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E { return Match.none }
        return Match.strong
    }

    /// "example.com", "news.example.co.kr/path": a domain whose top-level domain is a
    /// common one (a list, so that "file.txt" and "e.g" are not domains).
    static func bareDomain(_ b: Bytes) -> Bool {
        var end = 0
        while end < b.count, b[end] != 0x2F, b[end] != 0x3F, b[end] != 0x23 { end += 1 }
        let host = b.slice(0, end)
        guard EmailDetector.isDomain(host), let dot = host.lastIndex(of: 0x2E) else { return false }
        guard isAlpha(host[0]) || isDigit(host[0]) else { return false }
        for c in b[end...] where c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E { return false }
        return commonTLDs.contains(host.slice(dot + 1, host.count))
    }

    static let commonTLDs = WordSet([
        "com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "info", "biz", "me", "app", "dev", "ai",
        "site", "online", "xyz", "tech", "store", "shop", "blog", "cloud", "page", "tv", "ly", "gl", "to",
        "us", "uk", "ca", "de", "fr", "jp", "kr", "cn", "in", "au", "br", "ru", "it", "es", "nl", "se", "no",
        "ch", "il", "eu", "at", "be", "dk", "fi", "pl", "pt", "ie", "nz", "mx", "ar", "za", "sg", "hk", "tw",
    ])
}
