import Foundation

/// Simple plan patterns and the takeoff/return/land wrapping.
public enum PatternPlanner {
    /// An orbit: `pointsPerTurn` waypoints per turn around `center` at `radius` metres and
    /// `altitude` metres above home, `turns` turns, clockwise seen from above, starting north of
    /// the centre; with `faceCenter`, a `DO_SET_ROI_LOCATION` at the centre first.
    public static func orbit(center: GeoPoint, radius: Double, altitude: Double, pointsPerTurn: Int = 12,
                             turns: Double = 1, faceCenter: Bool = true) -> [PlanItem] {
        let f = LocalFrame(origin: center)
        var out: [PlanItem] = []
        if faceCenter {
            out.append(PlanItem(command: 195, latitude: center.latitude, longitude: center.longitude, altitude: 0))
        }
        let n = max(3, pointsPerTurn)
        let total = max(1, Int((Double(n) * turns).rounded()))
        for k in 0...total {
            let a = 2 * Double.pi * Double(k) / Double(n)
            let g = f.geo(east: radius * sin(a), north: radius * cos(a))
            out.append(PlanItem(command: PlanCommand.waypoint, latitude: g.latitude, longitude: g.longitude, altitude: altitude))
        }
        if faceCenter { out.append(PlanItem(command: 197, frame: PlanFrame.mission)) }   // DO_SET_ROI_NONE
        return out
    }

    /// How the mission ends.
    public enum Ending: String, Sendable, CaseIterable { case none, rtl, land }

    /// `body` with a `NAV_TAKEOFF` to `takeoffAltitude` first (when given) and a return-to-launch
    /// or a land at the last waypoint at the end.
    public static func wrap(_ body: [PlanItem], takeoffAltitude: Double?, ending: Ending) -> [PlanItem] {
        var out: [PlanItem] = []
        if let alt = takeoffAltitude {
            out.append(PlanItem(command: PlanCommand.takeoff, latitude: 0, longitude: 0, altitude: alt, param4: .nan))
        }
        out += body
        switch ending {
        case .none: break
        case .rtl: out.append(PlanItem(command: PlanCommand.returnToLaunch, frame: PlanFrame.mission))
        case .land:
            let last = body.last(where: \.hasPosition)
            out.append(PlanItem(command: PlanCommand.land, latitude: last?.latitude ?? 0, longitude: last?.longitude ?? 0,
                                altitude: 0, param4: .nan))
        }
        return out
    }
}
