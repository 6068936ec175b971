// Generated from standard.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// These values define the type of firmware release.  These values indicate the first version or release of this type.  For example the first alpha release would be 64, the second would be 65.
///
/// MAVLink enum `FIRMWARE_VERSION_TYPE`. Unknown values are kept, not rejected.
public struct FirmwareVersionType: RawRepresentable, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// development release
    public static let dev = FirmwareVersionType(rawValue: 0)
    /// alpha release
    public static let alpha = FirmwareVersionType(rawValue: 64)
    /// beta release
    public static let beta = FirmwareVersionType(rawValue: 128)
    /// release candidate
    public static let rc = FirmwareVersionType(rawValue: 192)
    /// official stable release
    public static let official = FirmwareVersionType(rawValue: 255)

    /// The XML name of this value, or nil for a value no definition names.
    public var name: StaticString? {
        switch rawValue {
        case 0: return "FIRMWARE_VERSION_TYPE_DEV"
        case 64: return "FIRMWARE_VERSION_TYPE_ALPHA"
        case 128: return "FIRMWARE_VERSION_TYPE_BETA"
        case 192: return "FIRMWARE_VERSION_TYPE_RC"
        case 255: return "FIRMWARE_VERSION_TYPE_OFFICIAL"
        default: return nil
        }
    }
}

/// Enum used to indicate true or false (also: success or failure, enabled or disabled, active or inactive).
///
/// MAVLink enum `MAV_BOOL` (bitmask). Unknown values are kept, not rejected.
public struct MAVBool: OptionSet, Hashable, Sendable {
    public var rawValue: UInt32
    @inlinable public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// False.
    public static let `false`: MAVBool = []
    /// True.
    public static let `true` = MAVBool(rawValue: 1)
}

/// Bitmask of (optional) autopilot capabilities (64 bit). If a bit is set, the autopilot supports this capability.
///
/// MAVLink enum `MAV_PROTOCOL_CAPABILITY` (bitmask). Unknown values are kept, not rejected.
public struct MAVProtocolCapability: OptionSet, Hashable, Sendable {
    public var rawValue: UInt64
    @inlinable public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// Autopilot supports the MISSION_ITEM float message type.
    /// Note that MISSION_ITEM is deprecated, and autopilots should use MISSION_ITEM_INT instead.
    public static let missionFloat = MAVProtocolCapability(rawValue: 1)
    /// Autopilot supports the new param float message type.
    /// Deprecated.
    public static let paramFloat = MAVProtocolCapability(rawValue: 2)
    /// Autopilot supports MISSION_ITEM_INT scaled integer message type.
    /// Note that this flag must always be set if missions are supported, because missions must always use MISSION_ITEM_INT (rather than MISSION_ITEM, which is deprecated).
    public static let missionInt = MAVProtocolCapability(rawValue: 4)
    /// Autopilot supports COMMAND_INT scaled integer message type.
    public static let commandInt = MAVProtocolCapability(rawValue: 8)
    /// Parameter protocol uses byte-wise encoding of parameter values into param_value (float) fields: https://mavlink.io/en/services/parameter.html#parameter-encoding.
    /// Note that either this flag or MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_C_CAST should be set if the parameter protocol is supported.
    public static let paramEncodeBytewise = MAVProtocolCapability(rawValue: 16)
    /// Autopilot supports the File Transfer Protocol v1: https://mavlink.io/en/services/ftp.html.
    public static let ftp = MAVProtocolCapability(rawValue: 32)
    /// Autopilot supports the SET_ATTITUDE_TARGET message (for commanding attitude from an offboard controller).
    public static let setAttitudeTarget = MAVProtocolCapability(rawValue: 64)
    /// Autopilot supports the SET_POSITION_TARGET_LOCAL_NED message (for commanding position and velocity targets in local NED frame).
    public static let setPositionTargetLocalNed = MAVProtocolCapability(rawValue: 128)
    /// Autopilot supports the SET_POSITION_TARGET_GLOBAL_INT message (for commanding position and velocity targets in global scaled integers).
    public static let setPositionTargetGlobalInt = MAVProtocolCapability(rawValue: 256)
    /// Autopilot supports terrain protocol / data handling.
    public static let terrain = MAVProtocolCapability(rawValue: 512)
    /// Reserved for future use.
    public static let reserved3 = MAVProtocolCapability(rawValue: 1024)
    /// Autopilot supports the MAV_CMD_DO_FLIGHTTERMINATION command (flight termination).
    public static let flightTermination = MAVProtocolCapability(rawValue: 2048)
    /// Autopilot supports onboard compass calibration.
    public static let compassCalibration = MAVProtocolCapability(rawValue: 4096)
    /// Autopilot supports MAVLink version 2.
    public static let mavlink2 = MAVProtocolCapability(rawValue: 8192)
    /// Autopilot supports mission fence protocol.
    public static let missionFence = MAVProtocolCapability(rawValue: 16384)
    /// Autopilot supports mission rally point protocol.
    public static let missionRally = MAVProtocolCapability(rawValue: 32768)
    /// Reserved for future use.
    public static let reserved2 = MAVProtocolCapability(rawValue: 65536)
    /// Parameter protocol uses C-cast of parameter values to set the param_value (float) fields: https://mavlink.io/en/services/parameter.html#parameter-encoding.
    /// Note that either this flag or MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_BYTEWISE should be set if the parameter protocol is supported.
    public static let paramEncodeCCast = MAVProtocolCapability(rawValue: 131072)
    /// This component implements/is a gimbal manager. This means the GIMBAL_MANAGER_INFORMATION, and other messages can be requested.
    public static let componentImplementsGimbalManager = MAVProtocolCapability(rawValue: 262144)
    /// Component supports locking control to a particular GCS independent of its system (via MAV_CMD_REQUEST_OPERATOR_CONTROL).
    public static let componentAcceptsGcsControl = MAVProtocolCapability(rawValue: 524288)
    /// Autopilot has a connected gripper. MAVLink Grippers would set MAV_TYPE_GRIPPER instead.
    public static let gripper = MAVProtocolCapability(rawValue: 1048576)
}
