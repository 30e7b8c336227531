import Testing

@Test func placeholderUntilCLIExists() { #expect(1 + 1 == 2) }
