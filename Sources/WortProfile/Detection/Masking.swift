/// Masked examples: enough of a value's form to recognise what was found, never the
/// value (reports must not leak what they report on). Each character becomes '*'
/// except separators and a few characters chosen per entity: the last four digits of
/// numbers (`***-**-6789`), the first letter of names and email parts
/// (`j***@e******.com`), the first group of addresses (`23.***.***.***`), ...
enum Masking {
    static func mask(_ b: Bytes, as entity: EntityType) -> String {
        let s = String(decoding: b, as: UTF8.self)
        let chars = Array(s.unicodeScalars)
        switch entity {
        case .email: return email(chars)
        case .personName, .address: return firstOfWords(chars, maskDigits: true)
        case .ipAddress, .macAddress: return keepFirstGroup(chars)
        case .date: return keepLeadingDigits(chars, 2)
        case .url: return url(chars)
        case .crypto, .awsAccessKey, .awsSecretKey, .secret: return keepPrefix(chars, 4)
        default: return keepLast(chars)
        }
    }

    private static func isWordChar(_ u: Unicode.Scalar) -> Bool {
        u.properties.isAlphabetic || u.properties.numericType != nil
    }

    private static func render(_ chars: [Unicode.Scalar], keep: (Int, Unicode.Scalar) -> Bool) -> String {
        var out = ""
        for (k, u) in chars.enumerated() { out.unicodeScalars.append(!isWordChar(u) || keep(k, u) ? u : "*") }
        return out
    }

    /// Keep the last 4 letters/digits of long values, 2 of middling ones, none of short.
    static func keepLast(_ chars: [Unicode.Scalar]) -> String {
        let n = chars.filter(isWordChar).count
        let keep = n >= 9 ? 4 : (n >= 6 ? 2 : 0)
        var seen = 0
        return render(chars) { _, _ in seen += 1; return seen > n - keep }
    }

    static func email(_ chars: [Unicode.Scalar]) -> String {
        guard let at = chars.firstIndex(of: "@") else { return keepLast(chars) }
        let lastDot = chars.lastIndex(of: ".") ?? chars.count
        var out = ""
        out.unicodeScalars.append(chars[0]); out += "***@"
        var k = at + 1
        var labelStart = true
        while k < lastDot {
            let u = chars[k]
            if u == "." { out += "."; labelStart = true } else { out.unicodeScalars.append(labelStart ? u : "*"); labelStart = false }
            k += 1
        }
        out.unicodeScalars.append(contentsOf: chars[lastDot...])
        return out
    }

    static func firstOfWords(_ chars: [Unicode.Scalar], maskDigits: Bool) -> String {
        // The first letter of each word stays, unless the word is one or two letters
        // long (a one-syllable Korean surname would be shown whole).
        render(chars) { k, u in
            if k > 0 && isWordChar(chars[k - 1]) { return false }
            if !(k + 2 < chars.count && isWordChar(chars[k + 1]) && isWordChar(chars[k + 2])) { return false }
            return !(maskDigits && u.properties.numericType != nil)
        }
    }

    static func keepFirstGroup(_ chars: [Unicode.Scalar]) -> String {
        let firstSep = chars.firstIndex { !isWordChar($0) } ?? chars.count
        return render(chars) { k, _ in k < firstSep }
    }

    static func keepLeadingDigits(_ chars: [Unicode.Scalar], _ n: Int) -> String {
        var seen = 0
        return render(chars) { _, u in
            guard u.properties.numericType != nil else { return false }
            seen += 1
            return seen <= n
        }
    }

    static func keepPrefix(_ chars: [Unicode.Scalar], _ n: Int) -> String {
        render(chars) { k, _ in k < n }
    }

    /// Scheme and host stay, the path and query are masked.
    static func url(_ chars: [Unicode.Scalar]) -> String {
        var slashes = 0, hostEnd = chars.count
        for (k, u) in chars.enumerated() where u == "/" {
            slashes += 1
            let schemeless = !chars.contains(":")
            if slashes == (schemeless ? 1 : 3) { hostEnd = k; break }
        }
        return render(chars) { k, _ in k < hostEnd }
    }
}
