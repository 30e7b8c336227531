import Testing
@testable import WortIO

@Test func dashMeansStdin() {
    #expect(InputSource(argument: "-") == .stdin)
    #expect(InputSource(argument: "a.csv") == .file("a.csv"))
}
