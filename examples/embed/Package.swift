// swift-tools-version: 6.1
// An application that embeds VanBan as a library (README "Use as a library").
import PackageDescription

let package = Package(
    name: "EmbedExample",
    dependencies: [.package(name: "VanBan", path: "../..")],
    targets: [.executableTarget(name: "EmbedExample", dependencies: [.product(name: "VanBan", package: "VanBan")])]
)
