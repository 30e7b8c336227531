import Foundation
import Testing
import WortCore
@testable import WortIO

/// Reads everything; returns nil on success, the error otherwise. Any error other than a
/// WortError is recorded as a failure.
func pqrTryRead(_ path: String, columns: [String]? = nil) -> WortError? {
    do {
        let r = try ParquetReader(source: .file(path), options: ReadOptions(), columns: columns)
        while try r.nextBatch() != nil {}
        return nil
    } catch let e as WortError {
        return e
    } catch {
        Issue.record("not a WortError: \(error)")
        return nil
    }
}

@Suite struct ParquetReaderCorruptionTests {
    @Test func headerAndFooterDamageIsADataError() throws {
        let tmp = TempDir()
        defer { tmp.cleanup() }
        let magic = Array("PAR1".utf8)
        let cases: [(String, [UInt8], String)] = [
            ("empty", [], "only 0 bytes"),
            ("short", magic + magic, "only 8 bytes"),
            ("badhead", Array("PAR2".utf8) + [0, 0, 0, 0] + [4, 0, 0, 0] + magic, "does not start with PAR1"),
            ("badtail", magic + [0, 0, 0, 0] + [4, 0, 0, 0] + Array("PAR2".utf8), "does not end with PAR1"),
            ("longfooter", magic + [0, 0, 0, 0] + [200, 0, 0, 0] + magic, "runs past the start"),
            ("garbage", magic + [0xFF, 0xFF, 0xFF, 0x1C, 0x99, 0x00] + [6, 0, 0, 0] + magic, "footer at byte 4 is corrupt"),
            ("nostop", magic + [0x15, 0x02] + [2, 0, 0, 0] + magic, "footer at byte 4 is corrupt"),
        ]
        for (name, bytes, text) in cases {
            let e = pqrTryRead(tmp.file(name + ".parquet", bytes))
            #expect(e?.kind == .data, "\(name)")
            #expect(e?.message.contains(text) == true, "\(name): \(e?.description ?? "no error")")
            #expect(e?.location?.file.hasSuffix(name + ".parquet") == true)
        }
    }

    @Test func pageDamageNamesRowGroupColumnAndByte() throws {
        guard let dir = pqrFixtureDir() else { return }
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/pa_gzip_plain_v1.parquet")))
        // Damage the compressed body of the first page (after its header): gzip's check fails.
        let headerLength = try bytes.withUnsafeBufferPointer { b in
            var r = ThriftCompactReader(UnsafeBufferPointer(rebasing: b[4...]))
            _ = try PageHeader.decode(&r)
            return r.pos
        }
        for i in (4 + headerLength + 12)..<(4 + headerLength + 20) { bytes[i] ^= 0x5A }
        let tmp = TempDir()
        defer { tmp.cleanup() }
        let e = pqrTryRead(tmp.file("bad.parquet", bytes))
        #expect(e?.kind == .data)
        #expect(e?.message.contains("row group 1 of 3, column 'i8', page at byte 4") == true, "\(e?.description ?? "no error")")
    }

    /// Flips and truncates bytes of valid files at many places: every read must either
    /// succeed or end in a WortError (a crash fails the whole test run).
    @Test(arguments: ["pa_snappy_dict_v1", "pa_enc_v2", "pa_none_plain_v2", "duck", "duck_v2", "pa_list_v2"])
    func fuzzedFilesNeverCrash(name: String) throws {
        guard let dir = pqrFixtureDir() else { return }
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).parquet")))
        let tmp = TempDir()
        defer { tmp.cleanup() }
        var seed: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(name.utf8.count)
        func next() -> Int { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return Int(seed >> 1) }
        var errors = 0, successes = 0
        let path = tmp.path + "/fuzz.parquet"
        for round in 0..<(Int(ProcessInfo.processInfo.environment["PQR_FUZZ_ROUNDS"] ?? "") ?? 400) {
            var b = original
            switch round % 4 {
            case 0:  // one random byte anywhere
                b[next() % b.count] = UInt8(truncatingIfNeeded: next())
            case 1:  // a byte in the footer (most of the structure)
                let footer = b.count - 8 - Int(b[b.count - 8]) - Int(b[b.count - 7]) << 8
                let at = max(0, footer) + next() % max(1, b.count - max(0, footer))
                b[at] = UInt8(truncatingIfNeeded: next())
            case 2:  // several bytes in the data
                for _ in 0..<8 { b[next() % b.count] ^= UInt8(truncatingIfNeeded: 1 << (next() % 8)) }
            default:  // truncated, then the tail copied back (footer intact, data cut)
                let cut = next() % b.count
                b = Array(b[0..<cut]) + (round % 8 == 3 ? [] : Array(original.suffix(min(original.count - cut, 4096))))
            }
            _ = FileManager.default.createFile(atPath: path, contents: Data(b))
            let columns = name.hasPrefix("pa_list") ? ["id", "tags", "nums", "fl", "m", "name"] : nil
            if pqrTryRead(path, columns: columns) == nil { successes += 1 } else { errors += 1 }
        }
        #expect(errors + successes > 0)
        #expect(errors > 0)
    }
}
