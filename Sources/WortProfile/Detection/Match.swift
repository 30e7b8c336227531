/// How well one value matches an entity's pattern.
/// `weak`: the shape fits but alone it says little (a bare 9-digit number for an SSN, a
/// capitalised word for a name); `strong`: a form only this entity is written in, or a
/// passed check digit.
enum Match {
    static let none: UInt8 = 0
    static let weak: UInt8 = 1
    static let strong: UInt8 = 2
}
