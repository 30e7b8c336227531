import Testing
@testable import WortProfile

@Test func entityTypesCompareByName() {
    #expect(EntityType("EMAIL") < EntityType("USA_SSN"))
    #expect(EntityType(rawValue: "EMAIL") == EntityType("EMAIL"))
}
