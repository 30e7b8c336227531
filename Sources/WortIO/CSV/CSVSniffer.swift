import WortCore

/// Guesses delimiter, quote and header from the first block of a file.
enum CSVSniffer {
    static let candidates: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]  // , ; TAB |
    static let sampleRecords = 200

    static func sniff(_ p: UnsafeBufferPointer<UInt8>, isWholeInput: Bool, options: ReadOptions, file: String) throws -> CSVDialect {
        // Only whole records count: cut the sample after its last complete record.
        let quote = options.quote ?? sniffQuote(p)
        var sample = p
        if !isWholeInput {
            var sc = CSVBoundaryScanner(delimiter: options.delimiter ?? 0x2C, quote: quote)
            if let end = sc.scan(p, from: 0), end > 0 { sample = UnsafeBufferPointer(rebasing: p[0..<end]) }
        }
        let delimiter = options.delimiter ?? bestDelimiter(sample, quote: quote)
        var dialect = CSVDialect(delimiter: delimiter, quote: quote, hasHeader: true)
        if options.hasHeader == nil {
            dialect.hasHeader = looksLikeHeader(sample, dialect: dialect, options: options)
        }
        return dialect
    }

    /// Field counts of the first records with `delimiter`.
    static func fieldCounts(_ p: UnsafeBufferPointer<UInt8>, delimiter: UInt8, quote: UInt8) -> [Int] {
        var counts: [Int] = []
        let parser = CSVRecordParser(delimiter: delimiter, quote: quote)
        struct Enough: Error {}
        _ = try? parser.forEachRecord(p) { fields, _ in
            if fields.count == 1 && fields[0].end == fields[0].start { return }  // blank line
            counts.append(fields.count)
            if counts.count >= sampleRecords { throw Enough() }
        }
        return counts
    }

    /// The candidate giving the most records with the same field count (more than one).
    static func bestDelimiter(_ p: UnsafeBufferPointer<UInt8>, quote: UInt8) -> UInt8 {
        var best: (d: UInt8, score: Double) = (0x2C, 0)
        for d in candidates {
            let counts = fieldCounts(p, delimiter: d, quote: quote)
            guard !counts.isEmpty else { continue }
            var freq: [Int: Int] = [:]
            for c in counts { freq[c, default: 0] += 1 }
            guard let (mode, n) = freq.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }),
                  mode > 1 else { continue }
            // Consistency first; among equally consistent candidates prefer more fields.
            let score = Double(n) / Double(counts.count) + Double(min(mode, 100)) * 1e-4
            if score > best.score { best = (d, score) }
        }
        return best.d
    }

    /// `'` when it opens fields clearly more often than `"`, else `"`.
    static func sniffQuote(_ p: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var dq = 0, sq = 0
        var prev: UInt8 = 0x0A
        for c in p.prefix(1 << 16) {
            if prev == 0x0A || prev == 0x2C || prev == 0x3B || prev == 0x09 || prev == 0x7C {
                if c == 0x22 { dq += 1 } else if c == 0x27 { sq += 1 }
            }
            prev = c
        }
        return sq > 2 * dq + 2 ? 0x27 : 0x22
    }

    /// Whether the first row is a header (see `HeaderVotes`).
    static func looksLikeHeader(_ p: UnsafeBufferPointer<UInt8>, dialect: CSVDialect, options: ReadOptions) -> Bool {
        let parser = CSVRecordParser(delimiter: dialect.delimiter, quote: dialect.quote)
        var first: [[UInt8]] = []
        var evidence: [TypeEvidence] = []
        var rows = 0
        var scratch: [UInt8] = []
        struct Enough: Error {}
        _ = try? parser.forEachRecord(p) { fields, _ in
            if fields.count == 1 && fields[0].end == fields[0].start { return }
            if rows == 0 {
                for f in fields { parser.value(of: f, in: p, scratch: &scratch) { first.append(Array($0)) } }
                evidence = Array(repeating: TypeEvidence(), count: fields.count)
            } else {
                for (k, f) in fields.enumerated() where k < evidence.count {
                    parser.value(of: f, in: p, scratch: &scratch) { evidence[k].observe($0, nullTokens: options.nullTokens) }
                }
            }
            rows += 1
            if rows > sampleRecords { throw Enough() }
        }
        guard rows >= 2 else { return true }
        var votes = HeaderVotes()
        for (k, ev) in evidence.enumerated() {
            var one = TypeEvidence()
            first[k].withUnsafeBufferPointer { one.observe($0, nullTokens: options.nullTokens) }
            votes.judge(first: one, below: ev)
        }
        return votes.isHeader
    }
}
