/// URL: scheme://host... (http, https, ftp, ftps, sftp, ws, wss), or a host that starts
/// with "www.", with optional port, path, query and fragment. The host must be a domain
/// name (`EmailDetector.isDomain`), an IPv4 address or "localhost".
enum URLDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length >= 8 && s.has(ValueShape.Mark.dot) || s.has(ValueShape.Mark.colon) && s.length >= 10 }

    static func match(_ b: Bytes) -> UInt8 {
        var k = 0
        for scheme in ["https://", "http://", "ftp://", "ftps://", "sftp://", "wss://", "ws://"] as [StaticString] {
            if b.hasWord(scheme, at: 0) { k = scheme.utf8CodeUnitCount; break }
        }
        if k == 0 && !b.hasWord("www.", at: 0) { return Match.none }
        // Host ends at '/', '?', '#' or ':' (port).
        var end = k
        while end < b.count, b[end] != 0x2F, b[end] != 0x3F, b[end] != 0x23, b[end] != 0x3A { end += 1 }
        var host = b.slice(k, end)
        if let at = host.lastIndex(of: 0x40) { host = host.slice(at + 1, host.count) }  // user@host
        guard EmailDetector.isDomain(host) || IPAddressDetector.isIPv4(host) || host.equalsIgnoringCase("localhost") else { return Match.none }
        for c in b[end...] where c <= 0x20 || c == 0x22 || c == 0x3C || c == 0x3E { return Match.none }
        return Match.strong
    }
}
