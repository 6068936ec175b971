import Autopilot
import FlightCore
import FlightMath
import Foundation
import Simulation

/// Builds simulated vehicles from the repository's data files, as `swiftlet sitl` does.
enum SITLFixtures {
    static let repoRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// A vehicle flying `scenario` (a file in sim/scenarios), moved to `origin` when one is given
    /// (as `swiftlet fly` places the vehicle at a plan's home).
    static func vehicle(_ name: String = "quad450", scenario: String = "calm", seed: UInt64 = 1,
                        origin: GeodeticPosition? = nil, sensorSpecs: SensorSpecs = .pixhawkClass) throws -> SITLVehicle {
        let data = DataFiles(root: repoRoot.path)
        var scenario = try SimulationFiles.scenario(atPath: data.scenarios + "/\(scenario).scenario")
        if let origin { scenario.origin = origin }
        return try vehicle(name, scenario: scenario, seed: seed, sensorSpecs: sensorSpecs)
    }

    /// A vehicle flying `scenario` (built in the test, e.g. from scenario-file text).
    static func vehicle(_ name: String = "quad450", scenario: Scenario, seed: UInt64,
                        sensorSpecs: SensorSpecs = .pixhawkClass) throws -> SITLVehicle {
        let data = DataFiles(root: repoRoot.path)
        let airframe = try SimulationFiles.airframe(named: name, in: data.vehicles)
        return try SITLVehicle(airframe: airframe, scenario: scenario, seed: seed, parameters: try data.airframeParameters(for: name),
                               sensorSpecs: sensorSpecs)
    }

    /// A mission item at `north`/`east` metres from `origin`, `altitude` m above home.
    static func waypoint(_ origin: GeodeticPosition, north: Double, east: Double, altitude: Float,
                         command: MissionCommand = .navWaypoint) -> MissionItem {
        let p = LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: north, east: east, down: 0))
        return MissionItem(command, latE7: Int32((p.latitude * 1e7).rounded()), lonE7: Int32((p.longitude * 1e7).rounded()),
                           altitude: altitude)
    }
}
