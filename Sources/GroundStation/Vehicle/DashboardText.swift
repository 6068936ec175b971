import FlightMath
import Foundation
import MAVLinkDialects

/// The text of `swiftlet watch`: a full screen of the vehicle's state, or one summary line, built
/// from a `VehicleState` (no I/O; the caller draws it).
public enum DashboardText {
    /// The operator's own position (gpsd), for distance and bearing to the vehicle.
    public struct Operator: Sendable {
        public var latitude: Double, longitude: Double
        public init(latitude: Double, longitude: Double) { self.latitude = latitude; self.longitude = longitude }
    }

    static func f(_ v: Double?, _ format: String, _ missing: String = "—") -> String {
        v.map { String(format: format, $0) } ?? missing
    }

    /// Distance (m) and bearing (degrees from north) from the operator to the vehicle.
    public static func fromOperator(_ op: Operator, to s: VehicleState) -> (distance: Double, bearing: Double)? {
        guard let lat = s.latitude, let lon = s.longitude else { return nil }
        let a = GeodeticPosition(latitude: op.latitude, longitude: op.longitude, altitude: 0)
        let b = GeodeticPosition(latitude: lat, longitude: lon, altitude: 0)
        guard let d = WGS84.distance(from: a, to: b) else { return nil }
        let ned = LocalTangentPlane(origin: a).ned(of: b)
        var bearing = atan2(ned.east, ned.north) * 180 / .pi
        if bearing < 0 { bearing += 360 }
        return (d, bearing)
    }

    static func fixName(_ fix: GpsFixType?) -> String {
        guard let fix else { return "—" }
        let names = ["no GPS", "no fix", "2D", "3D", "DGPS", "RTK float", "RTK fixed", "static", "PPP"]
        return Int(fix.rawValue) < names.count ? names[Int(fix.rawValue)] : "fix \(fix.rawValue)"
    }

    static func landed(_ l: MAVLandedState?) -> String {
        guard let l else { return "—" }
        return ["undefined", "on ground", "in air", "taking off", "landing"][min(Int(l.rawValue), 4)]
    }

    /// The full-screen lines, each at most `width` characters.
    public static func screen(_ s: VehicleState, link: String, now: Duration, operatorFix: Operator?, width: Int = 80) -> [String] {
        let age = s.lastHeartbeat.map { now - $0 }
        let linkState = age.map { $0 > .seconds(3) ? "LOST (\(Int(Double($0.components.seconds))) s)" : "ok" } ?? "waiting for a vehicle"
        var lines: [String] = []
        lines.append("Swiftlet watch — \(link) — vehicle \(s.systemID.map(String.init) ?? "?") (\(s.autopilot?.rawValue ?? "?"))")
        lines.append(String(repeating: "─", count: min(width, 78)))
        lines.append("Mode      \(s.mode?.name ?? "—")   \(s.armed ? "ARMED" : "disarmed")   \(landed(s.landedState))")
        lines.append("Link      \(linkState), \(String(format: "%.1f", s.linkLossPercent)) % lost, \(s.framesReceived) frames")
        lines.append("GNSS      \(fixName(s.gpsFix)), \(s.satellites.map(String.init) ?? "—") satellites")
        lines.append("Battery   \(f(s.batteryVolts, "%.2f V"))  \(f(s.batteryAmps, "%.1f A"))  \(s.batteryPercent.map { "\($0) %" } ?? "—")")
        lines.append("Position  \(f(s.latitude, "%.7f")), \(f(s.longitude, "%.7f"))")
        lines.append("Altitude  \(f(s.relativeAltitude, "%.1f m")) above home, \(f(s.altitudeMSL, "%.1f m")) MSL")
        lines.append("Speed     \(f(s.groundSpeed, "%.1f m/s")) ground, \(f(s.climbRate, "%+.1f m/s")) climb, heading \(f(s.heading, "%.0f°"))")
        lines.append("Attitude  roll \(f(s.roll.map { $0 * 180 / .pi }, "%+.1f°"))  pitch \(f(s.pitch.map { $0 * 180 / .pi }, "%+.1f°"))  yaw \(f(s.yaw.map { $0 * 180 / .pi }, "%+.1f°"))")
        if let m = s.missionCurrent {
            let home = s.autopilot == .ardupilot ? 1 : 0
            let total = max(0, Int(m.total) - home), current = Int(m.seq) - home + 1
            let states = ["unknown", "no mission", "not started", "active", "paused", "complete"]
            let name = Int(m.missionState.rawValue) < states.count ? states[Int(m.missionState.rawValue)] : "?"
            let barWidth = 20, filled = total > 0 ? min(barWidth, max(0, (current - 1) * barWidth / total)) : 0
            lines.append("Mission   [\(String(repeating: "#", count: filled))\(String(repeating: "-", count: barWidth - filled))] item \(total == 0 ? 0 : current)/\(total), \(name)")
        } else {
            lines.append("Mission   —")
        }
        if let op = operatorFix, let d = fromOperator(op, to: s) {
            lines.append("Operator  vehicle \(String(format: "%.0f m", d.distance)) away, bearing \(String(format: "%03.0f°", d.bearing))")
        } else {
            lines.append("Operator  \(operatorFix == nil ? "no position (gpsd)" : "—")")
        }
        lines.append("Messages")
        for t in s.statusTexts.suffix(5) { lines.append("  \(t.text)") }
        return lines.map { $0.count > width ? String($0.prefix(width)) : $0 }
    }

    /// One line for logs and pipes.
    public static func line(_ s: VehicleState, now: Duration) -> String {
        var parts = ["t=\(String(format: "%.1f", Double(now.components.seconds) + Double(now.components.attoseconds) * 1e-18))s"]
        parts.append("mode=\(s.mode?.name ?? "?")")
        parts.append(s.armed ? "armed" : "disarmed")
        parts.append("fix=\(fixName(s.gpsFix).replacingOccurrences(of: " ", with: "_"))/\(s.satellites ?? 0)")
        parts.append("alt=\(f(s.relativeAltitude, "%.1f", "?"))m")
        parts.append("gs=\(f(s.groundSpeed, "%.1f", "?"))m/s")
        parts.append("bat=\(s.batteryPercent.map(String.init) ?? "?")%")
        if let m = s.missionCurrent { parts.append("item=\(m.seq)/\(m.total)") }
        parts.append("loss=\(String(format: "%.1f", s.linkLossPercent))%")
        return parts.joined(separator: " ")
    }
}
