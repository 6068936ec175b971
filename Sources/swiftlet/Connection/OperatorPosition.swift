import ArgumentParser
import FlightMath
import GroundStation

/// The operator's own position from gpsd, for `goto here`, `mission plan --home here` and the
/// dashboard; no gpsd or no fix is a clear error within the timeout.
enum OperatorPosition {
    static func fix(gpsd: String, timeout: Double = 1) throws -> OperatorFix {
        let parts = gpsd.split(separator: ":", maxSplits: 1).map(String.init)
        let host = parts.first ?? "localhost", port = parts.count > 1 ? parts[1] : "2947"
        do {
            let client = try GpsdClient(host: host, port: port)
            return try client.waitForFix(timeoutSeconds: timeout)
        } catch {
            throw CLIError("operator position from gpsd at \(gpsd): \(error)")
        }
    }

    /// Horizontal distance between two WGS-84 points, metres.
    static func distance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        WGS84.distance(from: GeodeticPosition(latitude: lat1, longitude: lon1, altitude: 0),
                       to: GeodeticPosition(latitude: lat2, longitude: lon2, altitude: 0)) ?? .infinity
    }
}
