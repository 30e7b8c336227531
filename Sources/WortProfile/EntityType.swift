/// A kind of sensitive data, named as DataBrew names it where DataBrew has the type
/// (`EMAIL`, `USA_SSN`, ...), else Wort's own name (`IBAN`, `KR_RRN`, ...).
public struct EntityType: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ name: String) { rawValue = name }
    public var description: String { rawValue }
    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }
}
