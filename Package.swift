// swift-tools-version:6.0
import PackageDescription

// Dependencies point down only: wort -> WortIO -> WortCore.
// WortProfile, WortRecipe, WortTUI and WortTerminal join this graph with their issues.
let package = Package(
    name: "Wort",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wort", targets: ["wort"]),
        .library(name: "WortCore", targets: ["WortCore"]),
        .library(name: "WortIO", targets: ["WortIO"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "WortCore"),
        .target(name: "WortIO", dependencies: ["WortCore"]),
        .executableTarget(
            name: "wort",
            dependencies: [
                "WortCore", "WortIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "WortCoreTests", dependencies: ["WortCore"]),
        .testTarget(name: "WortIOTests", dependencies: ["WortIO", "WortCore"]),
        // Runs the built `wort` binary end to end; depends on no module on purpose.
        .testTarget(name: "WortCLITests", dependencies: []),
    ]
)
