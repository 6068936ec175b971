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

    /// Python interpreter of the test-peer venv: $SWIFTLET_VENV or <repo>/.venv.
    static var venvPython: String {
        let venv = ProcessInfo.processInfo.environment["SWIFTLET_VENV"] ?? repoRoot.appendingPathComponent(".venv").path
        return venv + "/bin/python"
    }

    /// Runs `script` with the venv's Python and returns its standard output.
    static func runPython(_ script: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: venvPython)
        p.arguments = ["-c", script]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// True when `a` and `b` agree within `relative` of the larger magnitude (or `absolute`).
func close(_ a: Float, _ b: Float, relative: Float, absolute: Float = 0) -> Bool {
    abs(a - b) <= max(relative * max(abs(a), abs(b)), absolute)
}
