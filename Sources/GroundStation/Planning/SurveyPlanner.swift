import Foundation

/// A camera: sensor size in millimetres, lens focal length in millimetres, image size in pixels.
/// The image's width is laid across the flight direction (landscape, as QGC's default).
public struct CameraSpec: Equatable, Sendable {
    public var sensorWidth: Double, sensorHeight: Double
    public var focalLength: Double
    public var imageWidth: Int, imageHeight: Int
    public init(sensorWidth: Double, sensorHeight: Double, focalLength: Double, imageWidth: Int, imageHeight: Int) {
        self.sensorWidth = sensorWidth; self.sensorHeight = sensorHeight; self.focalLength = focalLength
        self.imageWidth = imageWidth; self.imageHeight = imageHeight
    }
    /// Sony RX100 III-like 1" sensor: 13.2 × 8.8 mm, 8.8 mm lens, 5472 × 3648 px.
    public static let oneInch = CameraSpec(sensorWidth: 13.2, sensorHeight: 8.8, focalLength: 8.8, imageWidth: 5472, imageHeight: 3648)
}

/// How the survey starts and stops the camera.
public enum CameraTrigger: String, Sendable, CaseIterable {
    /// `MAV_CMD_DO_SET_CAM_TRIGG_DIST` (206) with the trigger distance, 0 to stop.
    case distance
    /// `MAV_CMD_IMAGE_START_CAPTURE` (2000) with an interval from distance ÷ speed, `IMAGE_STOP_CAPTURE` (2001).
    case imageCapture
}

/// A lawnmower survey over a polygon: the geometry derived from camera and overlaps, and the items.
public struct SurveyPlanner: Sendable {
    /// Survey area, vertices in degrees (convex polygons are covered exactly; a concave one is
    /// covered over each line's outermost crossings).
    public var polygon: [GeoPoint]
    public var camera: CameraSpec
    /// Flight altitude above home, metres.
    public var altitude: Double
    /// Overlap between consecutive images along a line, and between lines, percent.
    public var frontOverlap: Double, sideOverlap: Double
    /// Line direction, degrees clockwise from north; nil picks the heading with the fewest lines.
    public var heading: Double?
    /// Straight run added before and after each line so the vehicle is steady over the area, metres.
    public var turnaround: Double
    public var trigger: CameraTrigger
    /// Ground speed for `imageCapture` intervals, m/s.
    public var speed: Double

    public init(polygon: [GeoPoint], camera: CameraSpec, altitude: Double, frontOverlap: Double = 70,
                sideOverlap: Double = 60, heading: Double? = nil, turnaround: Double = 10,
                trigger: CameraTrigger = .distance, speed: Double = 5) {
        self.polygon = polygon; self.camera = camera; self.altitude = altitude
        self.frontOverlap = frontOverlap; self.sideOverlap = sideOverlap; self.heading = heading
        self.turnaround = turnaround; self.trigger = trigger; self.speed = speed
    }

    /// Altitude, metres, that gives a ground sampling distance `gsd` (centimetres per pixel).
    public static func altitude(forGSD gsd: Double, camera: CameraSpec) -> Double {
        gsd / 100 * camera.focalLength * Double(camera.imageWidth) / camera.sensorWidth
    }

    /// Ground sampling distance at the survey altitude, centimetres per pixel.
    public var gsd: Double { altitude * camera.sensorWidth / (camera.focalLength * Double(camera.imageWidth)) * 100 }
    /// Ground footprint of one image across and along the track, metres.
    public var footprintAcross: Double { altitude * camera.sensorWidth / camera.focalLength }
    public var footprintAlong: Double { altitude * camera.sensorHeight / camera.focalLength }
    /// Distance between adjacent lines, metres.
    public var lineSpacing: Double { footprintAcross * (1 - sideOverlap / 100) }
    /// Distance flown between images, metres.
    public var triggerDistance: Double { footprintAlong * (1 - frontOverlap / 100) }

    /// One survey line: entry and exit over the area (east, north metres in the planner's frame).
    public struct Line: Sendable { public var start: (Double, Double); public var end: (Double, Double) }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case polygonTooSmall, badNumbers(String)
        public var description: String {
            switch self {
            case .polygonTooSmall: "survey polygon needs at least 3 distinct vertices"
            case .badNumbers(let why): "survey: \(why)"
            }
        }
    }

    func check() throws(Problem) {
        guard polygon.count >= 3 else { throw .polygonTooSmall }
        guard altitude > 0, camera.focalLength > 0, camera.sensorWidth > 0, camera.sensorHeight > 0, camera.imageWidth > 0 else {
            throw .badNumbers("altitude, focal length, sensor and image sizes must be positive")
        }
        guard (0..<100).contains(frontOverlap), (0..<100).contains(sideOverlap) else { throw .badNumbers("overlaps must be in 0..<100 %") }
        guard turnaround >= 0 else { throw .badNumbers("turnaround must be ≥ 0") }
    }

    var frame: LocalFrame {
        let n = Double(polygon.count)
        return LocalFrame(origin: GeoPoint(latitude: polygon.map(\.latitude).reduce(0, +) / n,
                                           longitude: polygon.map(\.longitude).reduce(0, +) / n))
    }

    /// The lines for a heading (degrees clockwise from north), in flying order (alternating direction).
    public func lines(heading: Double) -> [Line] {
        let f = frame
        let pts = polygon.map { f.local($0) }
        let t = heading * .pi / 180
        let d = (sin(t), cos(t))            // along the line (east, north)
        let p = (cos(t), -sin(t))           // across: 90° to the right
        let across = pts.map { $0.east * p.0 + $0.north * p.1 }
        guard let lo = across.min(), let hi = across.max(), hi > lo else { return [] }
        let width = hi - lo
        let count = max(1, Int((width / lineSpacing).rounded(.up)))
        let first = lo + (width - Double(count - 1) * lineSpacing) / 2
        var result: [Line] = []
        for k in 0..<count {
            let offset = first + Double(k) * lineSpacing
            var along: [Double] = []
            for i in pts.indices {
                let a = pts[i], b = pts[(i + 1) % pts.count]
                let ca = across[i], cb = across[(i + 1) % pts.count]
                guard (ca - offset) * (cb - offset) <= 0, ca != cb else { continue }
                let s = (offset - ca) / (cb - ca)
                let e = a.east + s * (b.east - a.east), n = a.north + s * (b.north - a.north)
                along.append(e * d.0 + n * d.1)
            }
            guard let amin = along.min(), let amax = along.max() else { continue }
            var (s0, s1) = (amin, amax)
            if k % 2 == 1 { swap(&s0, &s1) }
            result.append(Line(start: (offset * p.0 + s0 * d.0, offset * p.1 + s0 * d.1),
                               end: (offset * p.0 + s1 * d.0, offset * p.1 + s1 * d.1)))
        }
        return result
    }

    /// The heading used: the fixed one, or among whole degrees 0..<180 the one with the fewest
    /// lines (ties: the narrowest extent across the lines, then the smallest angle).
    public func chosenHeading() -> Double {
        if let h = heading { return h }
        let pts = polygon.map { frame.local($0) }
        var best = (0.0, Int.max, Double.infinity)
        for deg in 0..<180 {
            let t = Double(deg) * .pi / 180
            let across = pts.map { $0.east * cos(t) - $0.north * sin(t) }
            let width = (across.max() ?? 0) - (across.min() ?? 0)
            let count = lines(heading: Double(deg)).count
            if count < best.1 || (count == best.1 && width < best.2 - 1e-6) { best = (Double(deg), count, width) }
        }
        return best.0
    }

    /// The survey's mission items: per line a turnaround lead-in, entry and exit waypoints and a
    /// turnaround run-out; the camera starts at the first entry and stops after the last exit.
    public func items() throws(Problem) -> [PlanItem] {
        try check()
        let f = frame
        let h = chosenHeading()
        let ls = lines(heading: h)
        guard !ls.isEmpty else { throw .polygonTooSmall }
        var out: [PlanItem] = []
        func waypoint(_ e: Double, _ n: Double) {
            let g = f.geo(east: e, north: n)
            out.append(PlanItem(command: PlanCommand.waypoint, latitude: g.latitude, longitude: g.longitude, altitude: altitude))
        }
        for (k, line) in ls.enumerated() {
            let dx = line.end.0 - line.start.0, dy = line.end.1 - line.start.1
            let len = max(hypot(dx, dy), 1e-9), ux = dx / len, uy = dy / len
            if turnaround > 0 { waypoint(line.start.0 - ux * turnaround, line.start.1 - uy * turnaround) }
            waypoint(line.start.0, line.start.1)
            if k == 0 { out.append(startCamera) }
            waypoint(line.end.0, line.end.1)
            if k == ls.count - 1 { out.append(stopCamera) }
            if turnaround > 0 { waypoint(line.end.0 + ux * turnaround, line.end.1 + uy * turnaround) }
        }
        return out
    }

    var startCamera: PlanItem {
        switch trigger {
        case .distance:
            return PlanItem(command: PlanCommand.doSetCameraTriggerDistance, frame: PlanFrame.mission,
                            param1: Float(triggerDistance), param3: 1)
        case .imageCapture:
            return PlanItem(command: PlanCommand.imageStartCapture, frame: PlanFrame.mission,
                            param2: Float(triggerDistance / speed))
        }
    }

    var stopCamera: PlanItem {
        switch trigger {
        case .distance: return PlanItem(command: PlanCommand.doSetCameraTriggerDistance, frame: PlanFrame.mission)
        case .imageCapture: return PlanItem(command: PlanCommand.imageStopCapture, frame: PlanFrame.mission)
        }
    }
}
