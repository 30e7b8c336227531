import CWortCrypto
import Foundation
import WortCore

/// CRYPTOGRAPHIC_HASH: replaces each value by the digest of its UTF-8 text, as lowercase
/// hexadecimal. `algorithm` is one of MD5, SHA1, SHA256, SHA512, HMAC_MD5, HMAC_SHA1,
/// HMAC_SHA256, HMAC_SHA512; DataBrew's default is HMAC_SHA256. The HMAC_* ones need
/// `secretId`: the key is the secret's bytes as given (wort's `--secret ID=FILE` or
/// `WORT_SECRET_<ID>`), checked at pre-flight.
///
/// Output encoding: DataBrew's page does not say (AWS Glue's sibling transform lets one
/// choose BASE64). Wort writes lowercase hex, what Spark's `sha2` and DuckDB's `sha256`
/// give, so the SQL exports agree without re-encoding. Typed cells hash their canonical
/// text (`42`, `2024-01-05`); null stays null.
enum CryptographicHash: RecipeOperation {
    static let name = "CRYPTOGRAPHIC_HASH"

    static let algorithms = ["MD5", "SHA1", "SHA256", "SHA512", "HMAC_MD5", "HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"]

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let algorithm = context.choice("algorithm", algorithms, default: "HMAC_SHA256")
        let filterOK = EntityTypeFilter.check(&context)
        guard let algorithm else { return nil }
        var key: [UInt8] = []
        if algorithm.hasPrefix("HMAC_") {
            guard let secret = SecretKeys.read(&context) else { return nil }
            key = secret.bytes
        } else {
            context.ignore("secretId", "secretVersion", "createSecretIfMissing")
        }
        guard let columns, filterOK else { return nil }
        let hasher: CellHasher
        switch algorithm {
        case "MD5": hasher = .md5
        case "SHA1": hasher = .sha1
        case "SHA256": hasher = .sha256
        case "SHA512": hasher = .sha512
        case "HMAC_MD5": hasher = .hmac(.md5, key: key)
        case "HMAC_SHA1": hasher = .hmac(.sha1, key: key)
        case "HMAC_SHA512": hasher = .hmac(.sha512, key: key)
        default: hasher = .hmac(.sha256, key: key)
        }
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            hasher.appendHex(of: UnsafeRawBufferPointer(bytes), to: &out)
            return true
        }
    }
}

/// One step's hash function, through OpenSSL's low-level hash contexts (see
/// CWortCrypto/shim.h for why not the one-shot calls or swift-crypto's wrappers).
/// For HMAC the keyed inner and outer states are made once per step and copied per cell.
struct CellHasher: @unchecked Sendable {
    enum Kind: Int32 { case md5 = 0, sha1 = 1, sha256 = 2, sha512 = 3 }
    let kind: Kind
    private let inner: wort_hash_ctx?
    private let outer: wort_hash_ctx?

    init(kind: Kind, key: [UInt8]?) {
        self.kind = kind
        if let key {
            var i = wort_hash_ctx(), o = wort_hash_ctx()
            key.withUnsafeBufferPointer { wort_hmac_prepare(kind.rawValue, $0.baseAddress, $0.count, &i, &o) }
            inner = i; outer = o
        } else {
            inner = nil; outer = nil
        }
    }

    static let md5 = CellHasher(kind: .md5, key: nil)
    static let sha1 = CellHasher(kind: .sha1, key: nil)
    static let sha256 = CellHasher(kind: .sha256, key: nil)
    static let sha512 = CellHasher(kind: .sha512, key: nil)
    static func hmac(_ kind: Kind, key: [UInt8]) -> CellHasher { CellHasher(kind: kind, key: key) }

    /// Appends the lowercase hex digest of `bytes`.
    @inline(__always)
    func appendHex(of bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        var md: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &md) { m in
            let p = m.baseAddress!.assumingMemoryBound(to: UInt8.self)
            if var i = inner, var o = outer {
                wort_hmac(kind.rawValue, &i, &o, bytes.baseAddress, bytes.count, p)
            } else {
                wort_digest(kind.rawValue, bytes.baseAddress, bytes.count, p)
            }
            HexText.append(UnsafeRawBufferPointer(start: p, count: Int(wort_digest_length(kind.rawValue))), to: &out)
        }
    }
}
