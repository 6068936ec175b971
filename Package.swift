// swift-tools-version: 6.1
// Swiftlet: a UAV flight stack in Swift. See docs/ARCHITECTURE.md for the module map and the
// dependency rule: FlightMath, FlightCore, MAVLink, MAVLinkDialects, VehicleServices and ULog use the
// Swift standard library only, so they also build with Embedded Swift for Cortex-M.
import PackageDescription

/// Targets that must compile with Embedded Swift: no Foundation, no existentials on hot paths.
/// They are optimised even in debug builds, so the test suite's simulated flights run hundreds of
/// times faster than real time (debug code is ~40x slower, and flights are most of the suite).
let coreSettings: [SwiftSetting] = [.enableExperimentalFeature("Extern"), .unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "Swiftlet",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "swiftlet", targets: ["swiftlet"]),
        .executable(name: "mavlink-generate", targets: ["MAVLinkGenerate"]),
        .library(name: "FlightMath", targets: ["FlightMath"]),
        .library(name: "FlightCore", targets: ["FlightCore"]),
        .library(name: "MAVLink", targets: ["MAVLink", "MAVLinkDialects"]),
        // For Fuzz/ (libFuzzer targets over the codec and the file readers; see scripts/fuzz).
        .library(name: "VehicleServices", targets: ["VehicleServices"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "GroundStation", targets: ["GroundStation"]),
        .library(name: "Autopilot", targets: ["Autopilot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // MARK: Embedded-safe core (standard library only)
        .target(name: "FlightMath", swiftSettings: coreSettings, linkerSettings: [.linkedLibrary("m")]),
        .target(name: "FlightCore", dependencies: ["FlightMath"], exclude: ["Estimation/derivation"],
                swiftSettings: coreSettings),
        .target(name: "MAVLink", swiftSettings: coreSettings),
        .target(name: "MAVLinkDialects", dependencies: ["MAVLink"], swiftSettings: coreSettings),
        .target(name: "VehicleServices", dependencies: ["FlightCore", "MAVLinkDialects"], swiftSettings: coreSettings),
        .target(name: "ULog", swiftSettings: coreSettings),

        // MARK: Host tools and edges
        .target(name: "MAVLinkGenerator"),
        .executableTarget(name: "MAVLinkGenerate", dependencies: ["MAVLinkGenerator"]),
        .systemLibrary(name: "CSerialPort", pkgConfig: "libserialport",
                       providers: [.apt(["libserialport-dev"])]),
        .systemLibrary(name: "CGPS", pkgConfig: "libgps", providers: [.apt(["libgps-dev"])]),
        .target(name: "Transport", dependencies: [
            "MAVLink", "CSerialPort",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(name: "Simulation", dependencies: ["FlightMath"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "GroundStation", dependencies: ["FlightCore", "MAVLinkDialects", "Transport", "CGPS"]),
        .target(name: "Autopilot", dependencies: ["FlightCore", "VehicleServices", "Simulation", "Transport", "ULog"]),
        .executableTarget(name: "swiftlet", dependencies: [
            "GroundStation", "Autopilot", "Transport", "MAVLinkDialects",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // MARK: Tests
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FlightMathTests", dependencies: ["FlightMath"]),
        .testTarget(name: "FlightCoreTests", dependencies: ["TestSupport", "FlightCore", "Autopilot"]),
        .testTarget(name: "MAVLinkTests", dependencies: ["TestSupport", "MAVLink", "MAVLinkDialects", "MAVLinkGenerator", "GroundStation"]),
        .testTarget(name: "TransportTests", dependencies: ["TestSupport", "Transport", "MAVLinkDialects"], exclude: ["Fixtures"]),
        .testTarget(name: "GroundStationTests", dependencies: ["TestSupport", "GroundStation", "VehicleServices", "FlightCore", "FlightMath"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation"]),
        .testTarget(name: "SwiftletCLITests", dependencies: ["TestSupport", "GroundStation"]),
        .testTarget(name: "AutopilotTests", dependencies: ["TestSupport", "Autopilot", "FlightCore", "Simulation", "GroundStation", "VehicleServices",
                                                          "MAVLink", "MAVLinkDialects", "ULog"]),
        .testTarget(name: "VehicleServicesTests", dependencies: ["VehicleServices", "FlightCore", "MAVLinkDialects"],
                    exclude: ["Peers"]),
    ]
)
