import FlightCore
import VehicleServices

/// The vehicle's three plans as it holds them: what `PlanFile` saves and restores.
public struct StoredPlans: Sendable {
    /// The mission (PX4 numbering: item 0 is the first mission item, no home item).
    public var mission: MissionPlan
    /// The geofence items (`MAV_CMD_NAV_FENCE_*`).
    public var fence: MissionPlan
    /// The rally points (`MAV_CMD_NAV_RALLY_POINT`).
    public var rally: MissionPlan

    public init(mission: MissionPlan = MissionPlan(), fence: MissionPlan = MissionPlan(), rally: MissionPlan = MissionPlan()) {
        self.mission = mission; self.fence = fence; self.rally = rally
    }

    /// The plan of `kind`.
    public subscript(kind: PlanKind) -> MissionPlan {
        get {
            switch kind {
            case .mission: mission
            case .fence: fence
            case .rally: rally
            }
        }
        set {
            switch kind {
            case .mission: mission = newValue
            case .fence: fence = newValue
            case .rally: rally = newValue
            }
        }
    }

    /// The plans `vehicle` holds now.
    public init(of vehicle: some VehicleModel) {
        self.init(mission: vehicle.plan(.mission), fence: vehicle.plan(.fence), rally: vehicle.plan(.rally))
    }
}

/// Why a saved plan file cannot be used (the whole file is refused, never half of it).
public struct PlanFileError: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// The file format of the vehicle's saved plans (`plans.dat` in the state folder), in the spirit
/// of PX4's dataman and ArduPilot's EEPROM mission storage: the plans exactly as the vehicle holds
/// them, in a small versioned binary file with a checksum.
///
/// Why binary rather than a QGC `.plan` or `QGC WPL 110` text: the items must come back bit for
/// bit (every `Float` parameter, NaN payloads included, and the 1e-7° integer coordinates) so that
/// `MISSION_ITEM_INT` and the plan's `opaque_id` after a restart equal those before it, and a
/// damaged or truncated file must be recognised as such: a text plan cut at a line end still
/// parses as a shorter plan. To read one, ask the vehicle (`swiftlet mission download`).
///
/// Layout, little-endian:
/// - 8-byte header: `"SWPL"`, format version (UInt16, now 1), 2 reserved zero bytes;
/// - three sections, mission, fence and rally in that order, each: plan kind (`MAV_MISSION_TYPE`,
///   UInt8), a zero byte, item count (UInt16), then per item 32 bytes: command (UInt16), frame
///   (UInt8), autocontinue (UInt8, 0/1), param1…param4 (Float32 bit patterns), latitude and
///   longitude (Int32, 1e-7 degrees or the raw x/y of a local frame), altitude (Float32);
/// - CRC-32 (ISO/zlib, `ISOCRC32`) of everything before it (UInt32).
///
/// The `opaque_id` is not stored: it is a function of the items (`PlanIdentity`), so equal items
/// give the same id. Neither is the current mission item (see `VehicleStateStore`).
public enum PlanFile {
    /// The format version this build writes and reads.
    public static let version: UInt16 = 1
    static let magic: [UInt8] = Array("SWPL".utf8)
    static let itemSize = 32

    /// The file contents for `plans`.
    public static func bytes(of plans: StoredPlans) -> [UInt8] {
        var out = magic
        put(version, into: &out); put(UInt16(0), into: &out)
        for kind in PlanKind.allCases {
            let plan = plans[kind]
            out.append(kind.rawValue); out.append(0)
            put(UInt16(truncatingIfNeeded: plan.count), into: &out)
            for i in 0..<plan.count {
                let item = plan[i]
                put(item.commandNumber, into: &out)
                out.append(item.frameNumber); out.append(item.autocontinue ? 1 : 0)
                for p in [item.param1, item.param2, item.param3, item.param4] { put(p.bitPattern, into: &out) }
                put(UInt32(bitPattern: item.latE7), into: &out); put(UInt32(bitPattern: item.lonE7), into: &out)
                put(item.altitude.bitPattern, into: &out)
            }
        }
        put(checksum(out[...]), into: &out)
        return out
    }

    /// The plans in `bytes`; throws, naming the problem, for anything but a whole file of this version.
    public static func plans(from bytes: [UInt8]) throws(PlanFileError) -> StoredPlans {
        guard bytes.count >= 8 + 4 else { throw PlanFileError("\(bytes.count) bytes: too short for a plan file (truncated?)") }
        guard Array(bytes[0..<4]) == magic else { throw PlanFileError("not a Swiftlet plan file (no SWPL header)") }
        let fileVersion = uint16(bytes, 4)
        guard fileVersion == version else {
            throw PlanFileError("format version \(fileVersion), this build reads version \(version)")
        }
        let body = bytes[0..<(bytes.count - 4)]
        let stored = uint32(bytes, bytes.count - 4)
        guard checksum(body) == stored else { throw PlanFileError("checksum mismatch: the file is damaged or truncated") }
        var plans = StoredPlans()
        var at = 8
        for kind in PlanKind.allCases {
            guard at + 4 <= body.count, bytes[at] == kind.rawValue else {
                throw PlanFileError("the \(kind) section is missing")
            }
            let count = Int(uint16(bytes, at + 2))
            at += 4
            guard count <= MissionPlan.defaultCapacity else {
                throw PlanFileError("\(count) \(kind) items, more than the \(MissionPlan.defaultCapacity) a plan holds")
            }
            guard at + count * itemSize <= body.count else { throw PlanFileError("the \(kind) section is cut short") }
            var plan = MissionPlan()
            for _ in 0..<count {
                let item = MissionItem(command: uint16(bytes, at), frame: bytes[at + 2],
                                       param1: float(bytes, at + 4), param2: float(bytes, at + 8),
                                       param3: float(bytes, at + 12), param4: float(bytes, at + 16),
                                       latE7: Int32(bitPattern: uint32(bytes, at + 20)), lonE7: Int32(bitPattern: uint32(bytes, at + 24)),
                                       altitude: float(bytes, at + 28), autocontinue: bytes[at + 3] != 0)
                do throws(MissionRejection) { try plan.append(item) } catch {
                    throw PlanFileError("the \(kind) plan is full")
                }
                at += itemSize
            }
            plans[kind] = plan
        }
        guard at == body.count else { throw PlanFileError("\(body.count - at) unexpected bytes after the rally section") }
        return plans
    }

    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var crc = ISOCRC32()
        bytes.withUnsafeBytes { crc.add($0) }
        return crc.value
    }

    static func put<T: FixedWidthInteger>(_ value: T, into out: inout [UInt8]) {
        for k in 0..<(T.bitWidth / 8) { out.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
    }

    static func uint16(_ b: [UInt8], _ at: Int) -> UInt16 { UInt16(b[at]) | UInt16(b[at + 1]) << 8 }

    static func uint32(_ b: [UInt8], _ at: Int) -> UInt32 {
        UInt32(b[at]) | UInt32(b[at + 1]) << 8 | UInt32(b[at + 2]) << 16 | UInt32(b[at + 3]) << 24
    }

    static func float(_ b: [UInt8], _ at: Int) -> Float { Float(bitPattern: uint32(b, at)) }
}
