import Foundation
import FlightMath
@testable import Simulation

/// Paths and fixtures shared by the simulation tests.
enum SimFixtures {
    /// The repository root, found from this file's path.
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func vehicleText(_ name: String) throws -> String {
        try String(contentsOf: repoRoot.appendingPathComponent("sim/vehicles/\(name).vehicle"), encoding: .utf8)
    }

    static func airframe(_ name: String) throws -> Airframe {
        try Airframe(fileText: try vehicleText(name), file: "\(name).vehicle")
    }

    static let zurich = GeodeticPosition(latitude: 47.397742, longitude: 8.545594, altitude: 488)
    static let seaLevel = GeodeticPosition(latitude: 45, longitude: 0, altitude: 0)
}

/// True when `a` and `b` agree within `relative` of the larger magnitude (or `absolute`).
func close(_ a: Float, _ b: Float, relative: Float, absolute: Float = 0) -> Bool {
    abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}
