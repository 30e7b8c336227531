// swift-tools-version:6.0
import PackageDescription

// Dependencies point down only: wort -> WortTerminal -> WortTUI -> WortIO -> WortCore, and
// wort -> WortRecipe/WortProfile -> WortIO -> WortCore.
let package = Package(
    name: "Wort",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "wort", targets: ["wort"]),
        .library(name: "WortCore", targets: ["WortCore"]),
        .library(name: "WortIO", targets: ["WortIO"]),
        .library(name: "WortRecipe", targets: ["WortRecipe"]),
        .library(name: "WortProfile", targets: ["WortProfile"]),
        .library(name: "WortExport", targets: ["WortExport"]),
        .library(name: "WortTUI", targets: ["WortTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Recipes downloaded from DataBrew as YAML.
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // Hashes, HMAC and AES-GCM-SIV for the sensitive-data steps (CRYPTOGRAPHIC_HASH,
        // DETERMINISTIC_ENCRYPT); AES-GCM-SIV lives in _CryptoExtras.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "WortCore"),
        // Parquet codecs from Debian libraries (scripts/ensure-deps installs them); the zlib
        // module is CWortZlib because ZIPFoundation already has one named CZlib.
        .systemLibrary(name: "CSnappy", path: "Sources/CSnappy", providers: [.apt(["libsnappy-dev"])]),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd", providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CWortZlib", path: "Sources/CWortZlib", providers: [.apt(["zlib1g-dev"])]),
        // OpenSSL's libcrypto for per-cell hashing (scripts/ensure-deps installs libssl-dev).
        .systemLibrary(name: "CWortCrypto", path: "Sources/CWortCrypto", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "WortIO",
            dependencies: [
                "WortCore", "CSnappy", "CZstd", "CWortZlib",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .target(
            name: "WortRecipe",
            dependencies: [
                "WortCore", "WortIO", "WortProfile", "CWortCrypto",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]),
        // Recipes as DuckDB SQL, Spark SQL and PySpark programs (`wort recipe export`).
        .target(name: "WortExport", dependencies: ["WortCore", "WortIO", "WortRecipe"]),
        // Column statistics, sensitive-data detectors, profile reports.
        .target(name: "WortProfile", dependencies: ["WortCore", "WortIO"]),
        // The interactive grid, pure: state, actions, update, render to a ScreenBuffer. No ncurses.
        .target(name: "WortTUI", dependencies: ["WortCore", "WortIO", "WortProfile", "WortRecipe"]),
        // ncursesw (wide characters) for the thin terminal adapter only.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "WortTerminal", dependencies: ["WortTUI", "CNcursesw"]),
        // glibc's mallopt for the executable (see Wort.main).
        .systemLibrary(name: "CWortMalloc", path: "Sources/CWortMalloc"),
        .executableTarget(
            name: "wort",
            dependencies: [
                "WortCore", "WortIO", "WortProfile", "WortRecipe", "WortExport", "WortTerminal", "WortTUI", "CWortMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Helpers shared by the test targets.
        .target(name: "WortTestSupport", dependencies: ["WortRecipe", "WortIO"], path: "Tests/WortTestSupport"),
        .testTarget(name: "WortCoreTests", dependencies: ["WortCore", "WortTestSupport"]),
        .testTarget(
            name: "WortIOTests",
            dependencies: [
                "WortIO", "WortCore", "WortTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),  // builds .xlsx fixtures
            ]),
        .testTarget(name: "WortProfileTests", dependencies: ["WortProfile", "WortCore", "WortIO", "WortTestSupport"]),
        .testTarget(name: "WortTUITests", dependencies: ["WortTUI", "WortCore", "WortIO", "WortProfile", "WortRecipe", "WortTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "WortRecipeTests", dependencies: ["WortRecipe", "WortCore", "WortIO", "WortTestSupport"], exclude: ["Golden"]),
        // Exports checked by running them: DuckDB and PySpark (from PyPI) against `wort run`.
        .testTarget(name: "WortExportTests", dependencies: ["WortExport", "WortRecipe", "WortCore", "WortIO", "WortTestSupport"],
                    exclude: ["Differential"]),
        // Runs the built `wort` binary end to end; depends on no module on purpose.
        .testTarget(name: "WortCLITests", dependencies: []),
    ]
)
