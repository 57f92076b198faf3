// swift-tools-version: 6.1
// VanBan — Vietnamese official documents (NĐ 30/2020, HD 36/VPTW, HD 05/VPTW) from JSON to PDF.
// Licensed under the Apache License, Version 2.0 (LICENSE); the bundled fonts under the SIL Open Font
// License 1.1 (fonts/OFL.txt) and the other data files under the licences beside them.
import PackageDescription

let package = Package(
    name: "VanBan",
    products: [
        .library(name: "VanBan", targets: ["VanBan"]),
        .library(name: "VanBanServer", targets: ["VanBanServer"]),
        .executable(name: "vanban", targets: ["vanban"]),
        .executable(name: "vanban-serve", targets: ["vanban-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // The HTTP service (docs/deployment.md); no traits: no swift-configuration, no full Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // System-library shims (apt providers; see README "Set-up").
        .systemLibrary(name: "CHarfBuzz", path: "Sources/CHarfBuzz", pkgConfig: "harfbuzz",
                       providers: [.apt(["libharfbuzz-dev"]), .brew(["harfbuzz"])]),
        .systemLibrary(name: "CFreeType", path: "Sources/CFreeType", pkgConfig: "freetype2",
                       providers: [.apt(["libfreetype-dev"]), .brew(["freetype"])]),
        .systemLibrary(name: "CCairo", path: "Sources/CCairo", pkgConfig: "cairo",
                       providers: [.apt(["libcairo2-dev"]), .brew(["cairo"])]),
        // zlib's inflate for the .xlsx data of `vanban merge` (docs/merge.md).
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),

        // decode → resolve → layout → render (docs/architecture.md)
        .target(name: "VanBanModel"),
        .target(name: "VanBanText", dependencies: ["VanBanModel", "CHarfBuzz"]),
        // Profiles (layouts/*.json), their store and the thể thức checks.
        .target(name: "VanBanProfile", dependencies: ["VanBanModel"]),
        // The laid-out pages: what layout makes and rendering draws.
        .target(name: "VanBanPages", dependencies: ["VanBanModel"]),
        .target(name: "VanBanLayout", dependencies: ["VanBanModel", "VanBanText", "VanBanProfile", "VanBanPages"]),
        .target(name: "VanBanRender", dependencies: ["VanBanPages", "VanBanText", "CCairo", "CFreeType"]),
        .target(name: "VanBan", dependencies: ["VanBanModel", "VanBanText", "VanBanProfile", "VanBanPages", "VanBanLayout", "VanBanRender"]),
        // `vanban serve`: the HTTP service over the same engine.
        .target(name: "VanBanServer", dependencies: [
            "VanBan",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // What both programs share: resources, diagnostics output, atomic writes.
        .target(name: "VanBanCommandLine", dependencies: [
            "VanBan",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The CLI does not link the HTTP stack: `vanban serve` runs `vanban-serve` (cold start).
        .executableTarget(name: "vanban", dependencies: [
            "VanBan", "VanBanCommandLine", "CZlib",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "vanban-serve", dependencies: [
            "VanBan", "VanBanCommandLine", "VanBanServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),

        // `make bench`: timings stay out of the test suite (DESIGN.md §8).
        .executableTarget(name: "VanBanBench", dependencies: ["VanBan", "VanBanPages", "VanBanTestSupport"], path: "Benchmarks/VanBanBench"),

        // libFuzzer target (docs/fuzzing.md); a plain build replays inputs given as files.
        .target(name: "CFuzzDriver", path: "Fuzz/CFuzzDriver"),
        .executableTarget(name: "VanBanFuzz", dependencies: ["VanBan", "CFuzzDriver"], path: "Fuzz/VanBanFuzz"),

        // Tests: real fonts, real HarfBuzz, real Cairo, real poppler (docs/architecture.md, "Tests").
        .target(name: "VanBanTestSupport", dependencies: ["VanBan", "VanBanText", "VanBanLayout", "VanBanPages", "CCairo"],
                path: "Tests/VanBanTestSupport"),
        .testTarget(name: "VanBanModelTests", dependencies: ["VanBanModel"]),
        .testTarget(name: "VanBanTextTests", dependencies: ["VanBanText", "VanBanTestSupport"]),
        .testTarget(name: "VanBanProfileTests", dependencies: ["VanBanProfile", "VanBan", "VanBanTestSupport"]),
        .testTarget(name: "VanBanLayoutTests", dependencies: [
            "VanBanLayout", "VanBanProfile", "VanBanPages", "VanBanText", "VanBanTestSupport",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "VanBanRenderTests", dependencies: ["VanBanRender", "VanBan", "VanBanPages", "VanBanTestSupport"],
                    exclude: ["Goldens", "Scripts"]),
        .testTarget(name: "VanBanServerTests", dependencies: [
            "VanBanServer", "VanBan", "VanBanTestSupport", "vanban", "vanban-serve",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        // The façade and the programs as users run them.
        .testTarget(name: "VanBanTests", dependencies: ["VanBan", "VanBanLayout", "VanBanProfile", "VanBanPages", "VanBanTestSupport", "VanBanCommandLine",
                                                        "vanban", "vanban-serve"]),
    ],
    swiftLanguageModes: [.v6]
)
