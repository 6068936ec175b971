// swift-tools-version: 6.1
// libFuzzer targets for the MAVLink codec and every file reader, kept out of the main package so
// CI's ordinary build is not instrumented. Build and run them with scripts/fuzz, which passes
// `-sanitize=fuzzer,address -parse-as-library` and uses its own scratch path (.build-fuzz).
import PackageDescription

let package = Package(
    name: "SwiftletFuzz",
    dependencies: [.package(name: "Swiftlet", path: "..")],
    targets: [
        .executableTarget(name: "SwiftletFuzz", dependencies: [
            .product(name: "MAVLink", package: "Swiftlet"),
            .product(name: "FlightCore", package: "Swiftlet"),
            .product(name: "VehicleServices", package: "Swiftlet"),
            .product(name: "Simulation", package: "Swiftlet"),
            .product(name: "GroundStation", package: "Swiftlet"),
            .product(name: "Autopilot", package: "Swiftlet"),
        ]),
    ]
)
