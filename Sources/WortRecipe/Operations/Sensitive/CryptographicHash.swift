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
        let transform: @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool
        switch algorithm {
        case "MD5": transform = digest(Insecure.MD5.self)
        case "SHA1": transform = digest(Insecure.SHA1.self)
        case "SHA256": transform = digest(SHA256.self)
        case "SHA512": transform = digest(SHA512.self)
        case "HMAC_MD5": transform = mac(Insecure.MD5.self, key!)
        case "HMAC_SHA1": transform = mac(Insecure.SHA1.self, key!)
        case "HMAC_SHA512": transform = mac(SHA512.self, key!)
        default: transform = mac(SHA256.self, key!)
        }
        return SensitiveColumns.mapText(columns, &context, transform)
    }

    static func digest<H: HashFunction>(_: H.Type) -> @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool {
        { bytes, out in
            var h = H()
            h.update(bufferPointer: UnsafeRawBufferPointer(bytes))
            h.finalize().withUnsafeBytes { HexText.append($0, to: &out) }
            return true
        }
    }

    /// The keyed state is set up once per step; each cell continues from a copy of it.
    static func mac<H: HashFunction>(_: H.Type, _ key: SymmetricKey) -> @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool {
        let keyed = SendableHMAC(HMAC<H>(key: key))
        return { bytes, out in
            var m = keyed.value
            m.update(data: UnsafeRawBufferPointer(bytes))
            m.finalize().withUnsafeBytes { HexText.append($0, to: &out) }
            return true
        }
    }
}

/// HMAC's state is a value (copy-on-write); only copies of it are ever mutated.
struct SendableHMAC<H: HashFunction>: @unchecked Sendable {
    let value: HMAC<H>
    init(_ value: HMAC<H>) { self.value = value }
}
