import Foundation
import WortCore

/// Reading a step's `secretId` from the run's `SecretStore` at pre-flight, so a missing
/// or malformed key stops the recipe before any row is read, never half-way.
///
/// `secretVersion` is accepted and has no effect (a wort secret has one version);
/// `createSecretIfMissing` is accepted, but wort never creates secrets: a missing one is
/// a problem either way.
enum SecretKeys {
    /// The secret's bytes, or a problem naming the id and where wort looks for it.
    static func read(_ context: inout StepContext) -> (id: String, bytes: [UInt8])? {
        context.ignore("secretVersion")
        let create = context.bool("createSecretIfMissing", default: false)
        guard let id = context.string("secretId") else { return nil }
        let store = context.environment.secrets
        do {
            if let bytes = try store.secret(id), !bytes.isEmpty { return (id, bytes) }
        } catch {
            context.problem("secretId", "\(error)")
            return nil
        }
        context.problem("secretId", "secret '\(id)' not found; give it with \(store.sources(for: id))"
                        + (create ? " (wort does not create secrets, whatever createSecretIfMissing says)" : ""))
        return nil
    }

    /// A 256-bit key from a secret: 32 raw bytes, 64 hex digits, or base64 of 32 bytes.
    static func key256(_ secret: [UInt8]) -> [UInt8]? {
        if secret.count == 64, let k = hex(secret) { return k }
        if let text = String(bytes: secret, encoding: .ascii), let d = Data(base64Encoded: text), d.count == 32,
           secret.count != 32 || text.hasSuffix("=") {
            return Array(d)
        }
        if secret.count == 32 { return secret }
        return nil
    }

    static let formats = "32 raw bytes, 64 hexadecimal digits, or the base64 of 32 bytes (44 characters)"

    private static func hex(_ t: [UInt8]) -> [UInt8]? {
        func v(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            case 0x41...0x46: c - 0x41 + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        var i = 0
        while i < t.count {
            guard let hi = v(t[i]), let lo = v(t[i + 1]) else { return nil }
            out.append(hi << 4 | lo)
            i += 2
        }
        return out
    }
}

/// Lowercase hexadecimal, written straight into an output buffer.
enum HexText {
    @inline(__always)
    static func append(_ bytes: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        out.reserveCapacity(out.count + bytes.count * 2)
        for x in bytes {
            let hi = x >> 4, lo = x & 0x0F
            out.append(hi < 10 ? 0x30 + hi : 0x57 + hi)
            out.append(lo < 10 ? 0x30 + lo : 0x57 + lo)
        }
    }
}
