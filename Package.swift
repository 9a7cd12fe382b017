// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sectrack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sectrack", targets: ["sectrack"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Storage", targets: ["Storage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "CSHA256"),
        .target(name: "Extraction"),
        .target(name: "Storage", dependencies: ["CSQLite", "CSHA256", "Extraction"]),
        .executableTarget(
            name: "sectrack",
            dependencies: [
                "Extraction",
                "Storage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"], exclude: ["Fixtures"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Extraction"], exclude: ["Fixtures"]),
        .testTarget(name: "sectrackTests", dependencies: ["sectrack"]),
    ]
)
