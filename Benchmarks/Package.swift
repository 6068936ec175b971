// swift-tools-version: 6.1
// Benchmarks for Swiftlet, kept out of the main package so CI's cold build stays lean.
// Run them with scripts/bench-mavlink (and the other scripts/bench-* as they come).
import PackageDescription

let package = Package(
    name: "SwiftletBenchmarks",
    dependencies: [.package(name: "Swiftlet", path: "..")],
    targets: [
        .executableTarget(name: "MAVLinkBench", dependencies: [.product(name: "MAVLink", package: "Swiftlet")],
                          swiftSettings: [.unsafeFlags(["-Ounchecked", "-wmo"])]),
    ]
)
