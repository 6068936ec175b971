import Foundation

/// Loading vehicle and scenario files from disk (the only part of Simulation that uses Foundation).
public enum SimulationFiles {
    /// The text of the file at `path`, or an error naming it.
    static func read(_ path: String) throws(SimulationFileError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw SimulationFileError(file: path, line: 0, field: "file", message: "cannot be read (\(error.localizedDescription))")
        }
    }

    /// The airframe in the `.vehicle` file at `path`.
    public static func airframe(atPath path: String) throws(SimulationFileError) -> Airframe {
        try Airframe(fileText: try read(path), file: path)
    }

    /// The vehicle `name` from the directory `vehiclesDirectory` (e.g. `<repo>/sim/vehicles`).
    public static func airframe(named name: String, in vehiclesDirectory: String) throws(SimulationFileError) -> Airframe {
        try airframe(atPath: vehiclesDirectory + "/" + name + ".vehicle")
    }

    /// The scenario in the `.scenario` file at `path`.
    public static func scenario(atPath path: String) throws(SimulationFileError) -> Scenario {
        try Scenario(fileText: try read(path), file: path)
    }
}
