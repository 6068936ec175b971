// Generated from icarous.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ICAROUS_FMS_STATE
///
/// MAVLink enum `ICAROUS_FMS_STATE`. Unknown values are kept, not rejected.
public struct IcarousFmsState: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ICAROUS_FMS_STATE_IDLE
    public static let idle = IcarousFmsState(rawValue: 0)
    /// ICAROUS_FMS_STATE_TAKEOFF
    public static let takeoff = IcarousFmsState(rawValue: 1)
    /// ICAROUS_FMS_STATE_CLIMB
    public static let climb = IcarousFmsState(rawValue: 2)
    /// ICAROUS_FMS_STATE_CRUISE
    public static let cruise = IcarousFmsState(rawValue: 3)
    /// ICAROUS_FMS_STATE_APPROACH
    public static let approach = IcarousFmsState(rawValue: 4)
    /// ICAROUS_FMS_STATE_LAND
    public static let land = IcarousFmsState(rawValue: 5)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ICAROUS_FMS_STATE_IDLE"
        case 1: return "ICAROUS_FMS_STATE_TAKEOFF"
        case 2: return "ICAROUS_FMS_STATE_CLIMB"
        case 3: return "ICAROUS_FMS_STATE_CRUISE"
        case 4: return "ICAROUS_FMS_STATE_APPROACH"
        case 5: return "ICAROUS_FMS_STATE_LAND"
        default: return nil
        }
    }
}

/// ICAROUS_TRACK_BAND_TYPES
///
/// MAVLink enum `ICAROUS_TRACK_BAND_TYPES`. Unknown values are kept, not rejected.
public struct IcarousTrackBandTypes: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// ICAROUS_TRACK_BAND_TYPE_NONE
    public static let icarousTrackBandTypeNone = IcarousTrackBandTypes(rawValue: 0)
    /// ICAROUS_TRACK_BAND_TYPE_NEAR
    public static let icarousTrackBandTypeNear = IcarousTrackBandTypes(rawValue: 1)
    /// ICAROUS_TRACK_BAND_TYPE_RECOVERY
    public static let icarousTrackBandTypeRecovery = IcarousTrackBandTypes(rawValue: 2)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "ICAROUS_TRACK_BAND_TYPE_NONE"
        case 1: return "ICAROUS_TRACK_BAND_TYPE_NEAR"
        case 2: return "ICAROUS_TRACK_BAND_TYPE_RECOVERY"
        default: return nil
        }
    }
}
