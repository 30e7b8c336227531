import WortCore
import WortProfile

/// `entityTypeFilter` (MASK_*, CRYPTOGRAPHIC_HASH, DETERMINISTIC_ENCRYPT): apply the step
/// only to the parts of a cell where Wort's sensitive-data detectors find one of the
/// listed entity types (`["USA_ALL"]`, `["EMAIL","PHONE_NUMBER"]`), leaving the rest of
/// the text as it was. A cell with no finding is unchanged. Only confident findings count
/// (`SensitiveText.confidentScore`), so a bare number is not masked as a maybe-licence.
/// A step's positions (MASK_RANGE's start/stop) count within each found entity.
enum EntityTypeFilter {
    /// Checks the parameter; records a problem for an unknown entity name.
    static func check(_ context: inout StepContext) -> Bool {
        guard let raw = context.raw("entityTypeFilter") else { return true }
        return selection(raw, &context) != nil
    }

    static func selection(_ raw: String, _ context: inout StepContext) -> EntitySelection? {
        let names = ParameterValue.stringList(raw) ?? (raw.hasPrefix("[") ? nil : [raw])
        guard let names, !names.isEmpty else {
            context.problem("entityTypeFilter", "expected a JSON list of entity types like [\"USA_ALL\"], not \(raw)")
            return nil
        }
        for n in names where (try? EntitySelection(parsing: n)) == nil {
            context.problem("entityTypeFilter", "unknown entity type '\(n)'" + NameSuggestion.hint(for: n, among: EntitySelection.validNames))
            return nil
        }
        do {
            return try EntitySelection(parsing: names.joined(separator: ","))
        } catch let e as WortError {
            context.problem("entityTypeFilter", e.message)
            return nil
        } catch {
            context.problem("entityTypeFilter", "\(error)")
            return nil
        }
    }

    /// `transform` applied to each found entity of a cell instead of the whole cell.
    static func restrict(_ transform: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool,
                         to entities: EntitySelection) -> @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool {
        { bytes, out in
            let found = SensitiveText.findings(in: bytes, entities: entities).filter { $0.score >= SensitiveText.confidentScore }
            guard !found.isEmpty else { out.append(contentsOf: bytes); return true }
            let offsets = byteOffsets(bytes)
            var at = 0
            for f in found {
                let s = offsets[min(f.start, offsets.count - 1)], e = offsets[min(f.end, offsets.count - 1)]
                guard s >= at, e > s else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<s]))
                var part: [UInt8] = []
                if transform(UnsafeBufferPointer(rebasing: bytes[s..<e]), &part) { out += part }
                at = e
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at...]))
            return true
        }
    }

    /// Byte offset of each code point, plus the end (findings count code points).
    static func byteOffsets(_ b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(b.count + 1)
        for (i, x) in b.enumerated() where x & 0xC0 != 0x80 { out.append(i) }
        out.append(b.count)
        return out
    }
}
