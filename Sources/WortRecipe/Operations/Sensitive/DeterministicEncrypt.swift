import _CryptoExtras
import Crypto
import Foundation
import WortCore

/// DETERMINISTIC_ENCRYPT: AES-GCM-SIV with a 256-bit key from `secretId`; equal values
/// give equal ciphertexts, so the column can still be joined and grouped on.
///
/// Wort's format (DataBrew's aws-lc framing and key are not reproducible locally, so this
/// is not interoperable with DataBrew's output): the nonce is the first 12 bytes of
/// HMAC-SHA256(key, plaintext) — a synthetic IV, deterministic without reusing one nonce
/// for different plaintexts — and the cell becomes base64(nonce ‖ ciphertext ‖ tag).
/// The plaintext is the cell's UTF-8 text; null stays null; the result is text.
/// The key is read at pre-flight: 32 raw bytes, 64 hex digits or base64 of 32 bytes.
enum DeterministicEncrypt: RecipeOperation {
    static let name = "DETERMINISTIC_ENCRYPT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let filterOK = EntityTypeFilter.check(&context)
        guard let key = DeterministicCipher.key(&context), let columns, filterOK else { return nil }
        let cipher = DeterministicCipher(key: key)
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            guard let sealed = cipher.seal(bytes) else { return false }
            out.append(contentsOf: sealed.base64EncodedString().utf8)
            return true
        }
    }
}

/// The AES-GCM-SIV pieces DETERMINISTIC_ENCRYPT and DETERMINISTIC_DECRYPT share.
struct DeterministicCipher: @unchecked Sendable {
    let key: SymmetricKey
    let nonceMAC: HMAC<SHA256>

    init(key: [UInt8]) {
        self.key = SymmetricKey(data: key)
        nonceMAC = HMAC<SHA256>(key: self.key)
    }

    /// The step's key, or a problem explaining the accepted formats.
    static func key(_ context: inout StepContext) -> [UInt8]? {
        guard let secret = SecretKeys.read(&context) else { return nil }
        guard let key = SecretKeys.key256(secret.bytes) else {
            context.problem("secretId", "secret '\(secret.id)' is not a 256-bit key (\(secret.bytes.count) bytes); give \(SecretKeys.formats)")
            return nil
        }
        return key
    }

    /// nonce ‖ ciphertext ‖ tag.
    func seal(_ plaintext: UnsafeBufferPointer<UInt8>) -> Data? {
        var m = nonceMAC
        m.update(data: UnsafeRawBufferPointer(plaintext))
        let nonceBytes = m.finalize().withUnsafeBytes { Array($0.prefix(12)) }
        guard let nonce = try? AES.GCM._SIV.Nonce(data: nonceBytes),
              let box = try? AES.GCM._SIV.seal(UnsafeRawBufferPointer(plaintext), using: key, nonce: nonce) else { return nil }
        return box.combined
    }

    /// The plaintext of base64(nonce ‖ ciphertext ‖ tag), nil when it is not one made with
    /// this key.
    func open(_ text: UnsafeBufferPointer<UInt8>) -> Data? {
        guard text.count >= 40,  // 28 bytes of nonce and tag at least
              let combined = Data(base64Encoded: Data(text)),
              let box = try? AES.GCM._SIV.SealedBox(combined: combined) else { return nil }
        return try? AES.GCM._SIV.open(box, using: key)
    }
}
