// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sharec",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sharec", targets: ["sharec"]),
        .library(name: "SharecCore", targets: ["SharecCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Yams brings libyaml as its CYaml module; the spec reader composes libyaml's events itself.
        .target(
            name: "SharecCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "sharec",
            dependencies: [
                "SharecCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers both test targets share: locating the repository, running tools, golden files.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "SharecCoreTests",
            dependencies: ["SharecCore", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "sharecTests",
            dependencies: ["TestSupport"]
        ),
    ]
)
