import Foundation
import Testing
import WortRecipe

/// How a second dataset's file is found: `--dataset`/datasets.json names first, then
/// locations, then a name that is itself a local file (the TUI's union names its file so).
@Test func aNameThatIsAFileResolvesBesideTheRecipeThenHere() throws {
    let dir = NSTemporaryDirectory() + "wort-resolver-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    FileManager.default.createFile(atPath: dir + "/more.csv", contents: Data("a\n1\n".utf8))

    let beside = DatasetResolver(recipeDirectory: dir)
    #expect(try beside.resolve(name: "more.csv", location: nil).get() == dir + "/more.csv")
    #expect(try beside.resolve(name: dir + "/more.csv", location: nil).get() == dir + "/more.csv")
    // A mapping wins over the file of that name.
    let mapped = DatasetResolver(mapping: ["more.csv": "/elsewhere.csv"], recipeDirectory: dir)
    #expect(try mapped.resolve(name: "more.csv", location: nil).get() == "/elsewhere.csv")
    // Not a file anywhere: the message says how to name it.
    guard case .failure(let f) = beside.resolve(name: "votes", location: nil) else {
        Issue.record("an unknown name resolved"); return
    }
    #expect(f.message.contains("--dataset votes=FILE"))
}
