import FlightCore
import Foundation
import Simulation

/// Where the simulator's vehicle models, scenarios and the airframe parameter files live.
///
/// Looked up in `$SWIFTLET_DATA`, then the current folder and its parents, then the folders above
/// the running executable (a build inside the repository), so `swiftlet sitl` works from a clone.
public struct DataFiles: Sendable {
    /// The folder holding `sim/` and `Firmware/airframes/`.
    public let root: String

    public var vehicles: String { root + "/sim/vehicles" }
    public var scenarios: String { root + "/sim/scenarios" }
    public var airframes: String { root + "/Firmware/airframes" }

    /// The airframe parameter file of each simulator vehicle model.
    public static let airframeFiles = ["quad250": "quad_250_racer", "quad450": "quad_450", "hexa550": "hexa_550"]

    public init(root: String) { self.root = root }

    public struct NotFound: Error, CustomStringConvertible {
        public var description: String {
            "cannot find the simulator data (sim/vehicles, Firmware/airframes): run from the Swiftlet folder or set SWIFTLET_DATA"
        }
    }

    /// Finds the data folder.
    public static func locate() throws(NotFound) -> DataFiles {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["SWIFTLET_DATA"] { candidates.append(URL(fileURLWithPath: env)) }
        var dir = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for _ in 0..<6 { candidates.append(dir); dir.deleteLastPathComponent() }
        dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 { candidates.append(dir); dir.deleteLastPathComponent() }
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent("sim/vehicles").path) {
            return DataFiles(root: c.path)
        }
        throw NotFound()
    }

    /// The parameter table for a vehicle model: defaults overlaid with its airframe file.
    public func airframeParameters(for vehicle: String) throws(AirframeFileError) -> ParameterTable {
        var table = ParameterTable()
        guard let name = Self.airframeFiles[vehicle] else {
            throw AirframeFileError(file: vehicle, line: 0, reason: "no airframe parameter file for vehicle '\(vehicle)' (known: \(Self.airframeFiles.keys.sorted().joined(separator: ", ")))")
        }
        let path = airframes + "/\(name).params"
        try AirframeFile.apply(try AirframeFile.read(atPath: path), to: &table, file: path)
        return table
    }
}
