import Foundation

/// Secrets named by a step's `secretId` (HMAC keys, encryption keys). They never live in
/// a recipe or a report: they come from `--secret ID=FILE` key files or from environment
/// variables `WORT_SECRET_<ID>` (the id upper-cased, other characters as `_`, so
/// `databrew!default` is `WORT_SECRET_DATABREW_DEFAULT`).
public struct SecretStore: Sendable {
    public var keyFiles: [String: String]
    public var environment: [String: String]

    public init(keyFiles: [String: String] = [:], environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.keyFiles = keyFiles; self.environment = environment
    }

    public static func variableName(for id: String) -> String {
        "WORT_SECRET_" + String(id.uppercased().unicodeScalars.map { c -> Character in
            (c.isASCII && (CharacterSet.alphanumerics.contains(c))) ? Character(c) : "_"
        })
    }

    /// Where the secret would come from, for messages.
    public func sources(for id: String) -> String {
        "--secret \(id)=FILE or the environment variable \(Self.variableName(for: id))"
    }

    /// The secret's bytes (a key file's trailing newline is not part of it), or nil.
    public func secret(_ id: String) throws -> [UInt8]? {
        if let path = keyFiles[id] {
            guard var data = FileManager.default.contents(atPath: path).map(Array.init) else {
                throw WortError.io("cannot read key file for secret '\(id)'", at: SourceLocation(file: path))
            }
            while let last = data.last, last == 0x0A || last == 0x0D { data.removeLast() }
            return data
        }
        if let v = environment[Self.variableName(for: id)], !v.isEmpty { return Array(v.utf8) }
        return nil
    }

    public func has(_ id: String) -> Bool {
        keyFiles[id] != nil || !(environment[Self.variableName(for: id)] ?? "").isEmpty
    }
}

import WortCore
