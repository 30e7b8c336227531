import Crypto
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
        var key: SymmetricKey?
        if algorithm.hasPrefix("HMAC_") {
            guard let secret = SecretKeys.read(&context) else { return nil }
            key = SymmetricKey(data: secret.bytes)
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
        case "HMAC_MD5": hasher = .hmacMD5(HMAC(key: key!))
        case "HMAC_SHA1": hasher = .hmacSHA1(HMAC(key: key!))
        case "HMAC_SHA512": hasher = .hmacSHA512(HMAC(key: key!))
        default: hasher = .hmacSHA256(HMAC(key: key!))
        }
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            hasher.appendHex(of: UnsafeRawBufferPointer(bytes), to: &out)
            return true
        }
    }
}

/// One step's hash function. An HMAC's keyed state is set up once per step; each cell
/// continues from a copy of it (the state is copy-on-write, so the shared one is never
/// mutated, which makes sharing it across batches safe).
enum CellHasher: @unchecked Sendable {
    case md5, sha1, sha256, sha512
    case hmacMD5(HMAC<Insecure.MD5>), hmacSHA1(HMAC<Insecure.SHA1>)
    case hmacSHA256(HMAC<SHA256>), hmacSHA512(HMAC<SHA512>)

    /// Appends the lowercase hex digest of `bytes`.
    @inline(__always)
    func appendHex(of bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        switch self {
        case .md5: Self.digest(Insecure.MD5(), bytes, &out)
        case .sha1: Self.digest(Insecure.SHA1(), bytes, &out)
        case .sha256: Self.digest(SHA256(), bytes, &out)
        case .sha512: Self.digest(SHA512(), bytes, &out)
        case .hmacMD5(let m): Self.mac(m, bytes, &out)
        case .hmacSHA1(let m): Self.mac(m, bytes, &out)
        case .hmacSHA256(let m): Self.mac(m, bytes, &out)
        case .hmacSHA512(let m): Self.mac(m, bytes, &out)
        }
    }

    @inline(__always)
    private static func digest<H: HashFunction>(_ fresh: H, _ bytes: UnsafeRawBufferPointer, _ out: inout [UInt8]) {
        var h = fresh
        h.update(bufferPointer: bytes)
        h.finalize().withUnsafeBytes { HexText.append($0, to: &out) }
    }

    @inline(__always)
    private static func mac<H: HashFunction>(_ keyed: HMAC<H>, _ bytes: UnsafeRawBufferPointer, _ out: inout [UInt8]) {
        var m = keyed
        m.update(data: bytes)
        m.finalize().withUnsafeBytes { HexText.append($0, to: &out) }
    }
}
