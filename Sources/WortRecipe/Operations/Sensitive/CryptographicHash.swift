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

/// One step's hash function, through OpenSSL's one-shot C functions: no state object
/// per cell (swift-crypto's wrappers allocate per digest, which measured 1.5 µs a cell).
/// The HMAC key is copied once per step.
struct CellHasher: @unchecked Sendable {
    enum Kind { case md5, sha1, sha256, sha512 }
    let kind: Kind
    let key: [UInt8]?

    static let md5 = CellHasher(kind: .md5, key: nil)
    static let sha1 = CellHasher(kind: .sha1, key: nil)
    static let sha256 = CellHasher(kind: .sha256, key: nil)
    static let sha512 = CellHasher(kind: .sha512, key: nil)
    static func hmac(_ kind: Kind, key: [UInt8]) -> CellHasher { CellHasher(kind: kind, key: key) }

    private var digestLength: Int {
        switch kind { case .md5: 16; case .sha1: 20; case .sha256: 32; case .sha512: 64 }
    }

    private var evp: OpaquePointer? {
        switch kind {
        case .md5: EVP_md5()
        case .sha1: EVP_sha1()
        case .sha256: EVP_sha256()
        case .sha512: EVP_sha512()
        }
    }

    /// Appends the lowercase hex digest of `bytes`.
    @inline(__always)
    func appendHex(of bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { md in
            let data = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
            let n = bytes.count
            if let key {
                var len: UInt32 = 0
                key.withUnsafeBufferPointer { k in
                    _ = HMAC(evp, k.baseAddress, Int32(k.count), data, n, md.baseAddress, &len)
                }
            } else {
                switch kind {
                case .sha256: _ = SHA256(data, n, md.baseAddress)
                case .sha512: _ = SHA512(data, n, md.baseAddress)
                case .sha1: _ = SHA1(data, n, md.baseAddress)
                case .md5:
                    var len: UInt32 = 0
                    _ = EVP_Digest(data, n, md.baseAddress, &len, evp, nil)
                }
            }
            HexText.append(UnsafeRawBufferPointer(start: md.baseAddress, count: digestLength), to: &out)
        }
    }
}
