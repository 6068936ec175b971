/// One mission, fence or rally item as MAVLink carries it in `MISSION_ITEM_INT`.
///
/// For global frames `x`/`y` are latitude/longitude in degrees × 1e7 (WGS-84) and `z` the altitude
/// in metres in the datum the frame names (MSL, above home, above terrain). For local frames `x`/`y`
/// are metres × 1e4 as `MISSION_ITEM_INT` defines them. `param1`…`param4` mean what `MAV_CMD` says.
public struct PlanItem: Equatable, Sendable {
    /// `MAV_CMD` number.
    public var command: UInt16
    /// `MAV_FRAME` number.
    public var frame: UInt8
    /// True for the item the vehicle should start from (only meaningful in files).
    public var current: Bool
    /// Continue with the next item once this one is done.
    public var autocontinue: Bool
    public var param1: Float, param2: Float, param3: Float, param4: Float
    /// Latitude, degrees × 1e7 (global frames), or local x, metres × 1e4.
    public var x: Int32
    /// Longitude, degrees × 1e7 (global frames), or local y, metres × 1e4.
    public var y: Int32
    /// Altitude, metres (frame datum), or local z.
    public var z: Float

    public init(command: UInt16, frame: UInt8 = PlanFrame.globalRelativeAltitude, current: Bool = false,
                autocontinue: Bool = true, param1: Float = 0, param2: Float = 0, param3: Float = 0,
                param4: Float = 0, x: Int32 = 0, y: Int32 = 0, z: Float = 0) {
        self.command = command; self.frame = frame; self.current = current; self.autocontinue = autocontinue
        self.param1 = param1; self.param2 = param2; self.param3 = param3; self.param4 = param4
        self.x = x; self.y = y; self.z = z
    }

    /// An item at a geodetic position given in degrees.
    public init(command: UInt16, frame: UInt8 = PlanFrame.globalRelativeAltitude,
                latitude: Double, longitude: Double, altitude: Double,
                param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0) {
        self.init(command: command, frame: frame, param1: param1, param2: param2, param3: param3,
                  param4: param4, x: PlanItem.degreesE7(latitude), y: PlanItem.degreesE7(longitude),
                  z: Float(altitude))
    }

    /// Latitude, degrees (global frames).
    public var latitude: Double { Double(x) * 1e-7 }
    /// Longitude, degrees (global frames).
    public var longitude: Double { Double(y) * 1e-7 }

    /// True when the frame puts latitude/longitude in `x`/`y`.
    public var isGlobal: Bool { PlanFrame.isGlobal(frame) }
    /// True when the item names a place (global frame and a non-zero position).
    public var hasPosition: Bool { isGlobal && (x != 0 || y != 0) }

    /// Degrees → degrees × 1e7, rounded to nearest (clamped to the Int32 range).
    public static func degreesE7(_ degrees: Double) -> Int32 {
        let v = (degrees * 1e7).rounded()
        return Int32(max(Double(Int32.min), min(Double(Int32.max), v.isFinite ? v : 0)))
    }

    /// Equality that treats two NaN parameters as equal (NaN means "default" in MAVLink).
    public func isSame(as other: PlanItem) -> Bool {
        func eq(_ a: Float, _ b: Float) -> Bool { a == b || (a.isNaN && b.isNaN) }
        return command == other.command && frame == other.frame && autocontinue == other.autocontinue
            && eq(param1, other.param1) && eq(param2, other.param2) && eq(param3, other.param3)
            && eq(param4, other.param4) && x == other.x && y == other.y && eq(z, other.z)
    }
}

/// `MAV_FRAME` numbers used by plans.
public enum PlanFrame {
    public static let global: UInt8 = 0
    public static let localNED: UInt8 = 1
    public static let mission: UInt8 = 2
    public static let globalRelativeAltitude: UInt8 = 3
    public static let localENU: UInt8 = 4
    public static let globalInt: UInt8 = 5
    public static let globalRelativeAltitudeInt: UInt8 = 6
    public static let localOffsetNED: UInt8 = 7
    public static let globalTerrainAltitude: UInt8 = 10
    public static let globalTerrainAltitudeInt: UInt8 = 11

    /// True for frames whose x/y are latitude/longitude.
    public static func isGlobal(_ frame: UInt8) -> Bool {
        [global, globalRelativeAltitude, globalInt, globalRelativeAltitudeInt,
         globalTerrainAltitude, globalTerrainAltitudeInt].contains(frame)
    }
}

/// `MAV_CMD` numbers the planner and validator name.
public enum PlanCommand {
    public static let waypoint: UInt16 = 16
    public static let loiterUnlimited: UInt16 = 17
    public static let loiterTurns: UInt16 = 18
    public static let loiterTime: UInt16 = 19
    public static let returnToLaunch: UInt16 = 20
    public static let land: UInt16 = 21
    public static let takeoff: UInt16 = 22
    public static let doJump: UInt16 = 177
    public static let doChangeSpeed: UInt16 = 178
    public static let doSetCameraTriggerDistance: UInt16 = 206
    public static let imageStartCapture: UInt16 = 2000
    public static let imageStopCapture: UInt16 = 2001
    public static let fenceReturnPoint: UInt16 = 5000
    public static let fencePolygonVertexInclusion: UInt16 = 5001
    public static let fencePolygonVertexExclusion: UInt16 = 5002
    public static let fenceCircleInclusion: UInt16 = 5003
    public static let fenceCircleExclusion: UInt16 = 5004
    public static let rallyPoint: UInt16 = 5100

    /// True for commands that fly to the item's position.
    public static func isNavigation(_ command: UInt16) -> Bool {
        [waypoint, loiterUnlimited, loiterTurns, loiterTime, land, takeoff, 31 /* LOITER_TO_ALT */,
         82 /* SPLINE_WAYPOINT */, 84 /* VTOL_TAKEOFF */, 85 /* VTOL_LAND */].contains(command)
    }
}

extension Array where Element == PlanItem {
    /// The items with every `DO_JUMP` target (param1) renumbered by `delta`.
    ///
    /// QGC `.plan` and `QGC WPL 110` files, and ArduPilot on the wire, number the home position as
    /// sequence 0 and the first mission item as 1; the plan model, PX4 and Swiftlet number the first
    /// mission item 0. Reading a file shifts by -1, writing one (or uploading to ArduPilot) by +1.
    public func shiftingJumpTargets(by delta: Int) -> [PlanItem] {
        map { item in
            guard item.command == PlanCommand.doJump, item.param1.isFinite else { return item }
            var jump = item
            jump.param1 += Float(delta)
            return jump
        }
    }
}
