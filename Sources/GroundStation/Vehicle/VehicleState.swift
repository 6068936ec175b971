import MAVLink
import MAVLinkDialects

/// What a ground station knows about one vehicle, folded from its telemetry (sans I/O).
///
/// The first non-GCS heartbeat picks the vehicle (or the caller fixes `systemID`); messages from
/// other systems are ignored. Values are nil until first heard. Positions are WGS-84 degrees,
/// altitudes metres (MSL, or relative to home where named), speeds m/s, attitude radians.
public struct VehicleState: Sendable {
    public var systemID: UInt8?
    public private(set) var componentID: UInt8 = 1
    public private(set) var autopilot: AutopilotFamily?
    public private(set) var vehicleType: MAVType?
    public private(set) var heartbeat: Heartbeat?
    /// Time of the last heartbeat from the vehicle (caller's clock).
    public private(set) var lastHeartbeat: Duration?
    public private(set) var heartbeatsHeard = 0
    public private(set) var latitude: Double?, longitude: Double?
    public private(set) var altitudeMSL: Double?, relativeAltitude: Double?
    /// Ground speed and climb rate, m/s; heading, degrees.
    public private(set) var groundSpeed: Double?, climbRate: Double?, heading: Double?
    /// Roll, pitch, yaw, radians (body FRD relative to NED).
    public private(set) var roll: Double?, pitch: Double?, yaw: Double?
    public private(set) var gpsFix: GpsFixType?
    public private(set) var satellites: Int?
    /// Battery voltage (V), current (A) and charge remaining (%, 0–100).
    public private(set) var batteryVolts: Double?, batteryAmps: Double?, batteryPercent: Int?
    public private(set) var landedState: MAVLandedState?
    /// `MISSION_CURRENT`: current item, total items, state and plan identity.
    public private(set) var missionCurrent: MissionCurrent?
    public private(set) var lastItemReached: Int?
    public private(set) var home: (latitude: Double, longitude: Double, altitudeMSL: Double)?
    /// `AUTOPILOT_VERSION.capabilities` (`MAV_PROTOCOL_CAPABILITY` bits) once heard.
    public private(set) var capabilities: UInt64?
    /// Latest STATUSTEXT lines, oldest first (at most `statusTextLimit`).
    public private(set) var statusTexts: [(severity: MAVSeverity, text: String)] = []
    public var statusTextLimit = 8
    /// Frames received from the vehicle and sequence gaps seen (link quality).
    public private(set) var framesReceived = 0, framesLost = 0
    var lastSequence: UInt8?

    public init(systemID: UInt8? = nil) { self.systemID = systemID }

    /// True when the heartbeat says armed.
    public var armed: Bool { heartbeat?.baseMode.contains(.safetyArmed) ?? false }

    /// The mode the heartbeat reports, named for the autopilot family.
    public var mode: VehicleMode? {
        guard let hb = heartbeat, let family = autopilot else { return nil }
        return FlightModeTable.mode(of: hb, family: family)
    }

    /// True once the vehicle reports a 3D GNSS fix and a global position.
    public var hasPosition: Bool { (gpsFix.map { $0.rawValue >= 3 } ?? false) && latitude != nil }

    /// Percentage of frames lost on the way from the vehicle (sequence gaps), 0–100.
    public var linkLossPercent: Double {
        let total = framesReceived + framesLost
        return total == 0 ? 0 : Double(framesLost) * 100 / Double(total)
    }

    /// Folds one frame in.
    public mutating func receive(frame: MAVLinkFrame, at now: Duration) {
        guard let message = Common.Message(frame: frame) else { return }
        if case .heartbeat(let hb) = message, systemID == nil {
            guard hb.type != .gcs, AutopilotFamily(autopilot: hb.autopilot.rawValue) != nil else { return }
            systemID = frame.systemID
        }
        guard frame.systemID == systemID else { return }
        if frame.componentID == componentID {
            // Loss from sequence gaps of the autopilot component (other components count their own).
            framesReceived += 1
            if let last = lastSequence { framesLost += Int(frame.sequence &- last &- 1) }
            lastSequence = frame.sequence
        }
        receive(message, componentID: frame.componentID, at: now)
    }

    mutating func receive(_ message: Common.Message, componentID: UInt8, at now: Duration) {
        switch message {
        case .heartbeat(let hb):
            guard hb.type != .gcs, let family = AutopilotFamily(autopilot: hb.autopilot.rawValue) else { return }
            heartbeat = hb; autopilot = family; vehicleType = hb.type; self.componentID = componentID
            lastHeartbeat = now; heartbeatsHeard += 1
        case .globalPositionInt(let g):
            // 0, 0 is what vehicles send before they have a global position: not a place.
            guard g.lat != 0 || g.lon != 0 else { break }
            latitude = Double(g.lat) * 1e-7; longitude = Double(g.lon) * 1e-7
            altitudeMSL = Double(g.alt) * 1e-3; relativeAltitude = Double(g.relativeAlt) * 1e-3
            if g.hdg != UInt16.max { heading = Double(g.hdg) / 100 }
        case .vfrHud(let v):
            groundSpeed = Double(v.groundspeed); climbRate = Double(v.climb)
        case .attitude(let a):
            roll = Double(a.roll); pitch = Double(a.pitch); yaw = Double(a.yaw)
        case .gpsRawInt(let g):
            gpsFix = g.fixType
            if g.satellitesVisible != UInt8.max { satellites = Int(g.satellitesVisible) }
        case .sysStatus(let s):
            if s.voltageBattery != UInt16.max { batteryVolts = Double(s.voltageBattery) / 1000 }
            if s.currentBattery >= 0 { batteryAmps = Double(s.currentBattery) / 100 }
            if s.batteryRemaining >= 0 { batteryPercent = Int(s.batteryRemaining) }
        case .batteryStatus(let b):
            if b.batteryRemaining >= 0 { batteryPercent = Int(b.batteryRemaining) }
            if b.currentBattery >= 0 { batteryAmps = Double(b.currentBattery) / 100 }
        case .extendedSysState(let e):
            landedState = e.landedState
        case .missionCurrent(let m):
            missionCurrent = m
        case .missionItemReached(let r):
            lastItemReached = Int(r.seq)
        case .homePosition(let h):
            home = (Double(h.latitude) * 1e-7, Double(h.longitude) * 1e-7, Double(h.altitude) * 1e-3)
        case .autopilotVersion(let v):
            capabilities = v.capabilities.rawValue
        case .statustext(let t):
            statusTexts.append((t.severity, t.text.string))
            if statusTexts.count > statusTextLimit { statusTexts.removeFirst(statusTexts.count - statusTextLimit) }
        default:
            break
        }
    }
}
