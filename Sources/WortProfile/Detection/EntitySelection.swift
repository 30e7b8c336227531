import WortCore

/// Which entity types to look for: a set over `EntityCatalog.all`.
public struct EntitySelection: Sendable, Equatable {
    /// Bit `i` set: `EntityCatalog.all[i]` is selected.
    var bits: UInt64

    init(bits: UInt64) { self.bits = bits }

    public static let all = EntitySelection(bits: (1 << UInt64(EntityCatalog.all.count)) - 1)
    public static let none = EntitySelection(bits: 0)

    public init(_ entities: [EntityType]) {
        var b: UInt64 = 0
        for e in entities { if let i = EntityCatalog.index(of: e) { b |= 1 << UInt64(i) } }
        bits = b
    }

    /// A comma-separated list of entity names and group names (`USA_ALL`, `ALL`, ...),
    /// case-insensitive. An unknown name is a usage error that names it and lists the
    /// valid names.
    public init(parsing list: String) throws {
        var b: UInt64 = 0
        for raw in list.split(separator: ",", omittingEmptySubsequences: true) {
            let given = String(raw.filter { $0 != " " && $0 != "\t" })
            let name = given.uppercased()
            if name.isEmpty { continue }
            if let group = EntityCatalog.groups[name] {
                b |= EntitySelection(group).bits
            } else if let i = EntityCatalog.index(of: EntityType(name)) {
                b |= 1 << UInt64(i)
            } else {
                throw WortError.usage(
                    "unknown entity type '\(given)'",
                    hint: "use one of: \(EntityCatalog.validNames.joined(separator: ", "))")
            }
        }
        if b == 0 { throw WortError.usage("no entity type given", hint: "use one of: \(EntityCatalog.validNames.joined(separator: ", "))") }
        bits = b
    }

    public func contains(_ e: EntityType) -> Bool {
        guard let i = EntityCatalog.index(of: e) else { return false }
        return bits & (1 << UInt64(i)) != 0
    }

    @inline(__always) func contains(index i: Int) -> Bool { bits & (1 << UInt64(i)) != 0 }

    /// The selected entities, in catalog order.
    public var entities: [EntityType] {
        EntityCatalog.all.enumerated().filter { contains(index: $0.offset) }.map(\.element)
    }
}

extension EntitySelection {
    /// Every name `init(parsing:)` accepts: the entity types, then the groups.
    public static var validNames: [String] { EntityCatalog.validNames }
}
