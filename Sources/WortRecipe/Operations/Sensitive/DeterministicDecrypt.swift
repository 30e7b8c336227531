import Foundation
import WortCore

/// DETERMINISTIC_DECRYPT: reverses DETERMINISTIC_ENCRYPT with the same `secretId`.
/// A value that does not decrypt with this key (another key, not base64, never encrypted)
/// is left unchanged, as DataBrew documents ("does nothing if the secret or version does
/// not match"). The result is text.
enum DeterministicDecrypt: RecipeOperation {
    static let name = "DETERMINISTIC_DECRYPT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        guard let key = DeterministicCipher.key(&context), let columns else { return nil }
        let cipher = DeterministicCipher(key: key)
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            if let plain = cipher.open(bytes) { out.append(contentsOf: plain) } else { out.append(contentsOf: bytes) }
            return true
        }
    }
}
