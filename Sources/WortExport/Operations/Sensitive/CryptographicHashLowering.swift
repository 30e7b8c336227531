/// CRYPTOGRAPHIC_HASH: lowercase hex digests of each cell's UTF-8 text. HMAC keys are
/// loaded when the program runs (`Lowering.secretKey`), and the pads are derived from
/// them there, in SQL (an ipad or opad in the text would reveal the key).
enum CryptographicHashLowering: StepLowering {
    static let operation = "CRYPTOGRAPHIC_HASH"

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let algorithm = l.params.choice("algorithm", ["MD5", "SHA1", "SHA256", "SHA512", "HMAC_MD5", "HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"], default: "HMAC_SHA256") ?? "HMAC_SHA256"
        let d = l.dialect
        let hash = algorithm.hasPrefix("HMAC_") ? String(algorithm.dropFirst(5)) : algorithm
        if hash == "SHA512", d == .duckdb {
            throw l.refuse("DuckDB has no SHA-512 function; export to spark-sql or pyspark", parameter: "algorithm")
        }
        var key: ExportSecret? = nil
        if algorithm.hasPrefix("HMAC_") {
            l.params.ignore("secretVersion", "createSecretIfMissing")
            key = l.secret(l.params.string("secretId") ?? "")
        } else {
            l.params.ignore("secretId", "secretVersion", "createSecretIfMissing")
        }
        var exprs: [String: String] = [:]
        for c in columns {
            let bytes = d.utf8Bytes(l.text(c))
            if let key {
                exprs[c] = hmac(hash, message: bytes, key: key, d, &l)
            } else {
                exprs[c] = d.hexDigest(hash, bytes)
            }
        }
        if let pads = l.hmacPads { return l.project(exprs, from: "\(l.from) CROSS JOIN \(pads) AS wort_pads") }
        return l.project(exprs)
    }

    /// HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m)), K' the key (hashed when longer
    /// than a block) padded with zeros to the block size.
    static func hmac(_ hash: String, message: String, key: ExportSecret, _ d: SQLDialect, _ l: inout Lowering) -> String {
        let block = hash == "SHA512" ? 128 : 64
        switch d {
        case .duckdb:
            l.define("""
                CREATE OR REPLACE TEMP MACRO wort_hmac_pad(khex, b, n) AS unhex(array_to_string(list_transform(range(n), lambda i: \
                lpad(to_hex(xor(CASE WHEN i < length(khex) // 2 THEN ('0x' || substr(khex, 2 * i + 1, 2))::INTEGER ELSE 0 END, b)), 2, '0')), ''))
                """)
            let name = hash.lowercased()
            l.define("""
                CREATE OR REPLACE TEMP MACRO wort_hmac_\(name)(msg, k) AS \(name)(wort_hmac_pad(CASE WHEN octet_length(k) > \(block) THEN \(name)(k) ELSE hex(k) END, 92, \(block)) \
                || unhex(\(name)(wort_hmac_pad(CASE WHEN octet_length(k) > \(block) THEN \(name)(k) ELSE hex(k) END, 54, \(block)) || msg)))
                """)
            return "wort_hmac_\(name)(\(message), \(l.keyBytes(key)))"
        case .spark:
            // Spark allows no subquery inside a lambda: the pads are computed once, in a
            // one-row view over the key, and joined to every row.
            let view = key.name + "_hmac_" + hash.lowercased()
            let k = "CASE WHEN length(content) > \(block) THEN unhex(\(d.hexDigest(hash, "content"))) ELSE content END"
            func pad(_ b: Int) -> String {
                "unhex(concat_ws('', transform(sequence(0, \(block - 1)), i -> lpad(hex(CASE WHEN i < length(k) "
                    + "THEN CAST(conv(substring(hex(k), 2 * i + 1, 2), 16, 10) AS INT) ELSE 0 END ^ \(b)), 2, '0'))))"
            }
            l.define("CREATE OR REPLACE TEMPORARY VIEW \(view) AS SELECT \(pad(0x36)) AS wort_ipad, \(pad(0x5C)) AS wort_opad FROM (SELECT \(k) AS k FROM \(key.name))")
            l.hmacPads = view
            let inner = "unhex(" + d.hexDigest(hash, "concat(wort_pads.wort_ipad, \(message))") + ")"
            return d.hexDigest(hash, "concat(wort_pads.wort_opad, \(inner))")
        }
    }
}

extension SQLDialect {
    /// A text's UTF-8 bytes.
    func utf8Bytes(_ t: String) -> String {
        switch self {
        case .duckdb: "encode(\(t))"
        case .spark: "encode(\(t), 'UTF-8')"
        }
    }

    /// The lowercase hex digest of bytes (MD5, SHA1, SHA256, SHA512).
    func hexDigest(_ hash: String, _ bytes: String) -> String {
        switch (self, hash) {
        case (_, "MD5"): "md5(\(bytes))"
        case (_, "SHA1"): "sha1(\(bytes))"
        case (.duckdb, _): "sha256(\(bytes))"
        case (.spark, "SHA512"): "sha2(\(bytes), 512)"
        case (.spark, _): "sha2(\(bytes), 256)"
        }
    }
}
