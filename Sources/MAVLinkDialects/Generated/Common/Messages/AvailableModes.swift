// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a flight mode.
///
/// The message can be enumerated to get information for all modes, or requested for a particular mode, using MAV_CMD_REQUEST_MESSAGE.
/// Specify 0 in param2 to request that the message is emitted for all available modes or the specific index for just one mode.
/// The modes must be available/settable for the current vehicle/frame type.
/// Each mode should only be emitted once (even if it is both standard and custom).
/// Note that the current mode should be emitted in CURRENT_MODE, and that if the mode list can change then AVAILABLE_MODES_MONITOR must be emitted on first change and subsequently streamed.
/// See https://mavlink.io/en/services/standard_modes.html
///
/// MAVLink message `AVAILABLE_MODES` (id 435).
public struct AvailableModes: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 435 }
    @inlinable public static var name: StaticString { "AVAILABLE_MODES" }
    @inlinable public static var crcExtra: UInt8 { 134 }
    @inlinable public static var minLength: Int { 46 }
    @inlinable public static var maxLength: Int { 46 }

    /// The total number of available modes for the current vehicle type.
    public var numberModes: UInt8
    /// The current mode index within number_modes, indexed from 1. The index is not guaranteed to be persistent, and may change between reboots or if the set of modes change.
    public var modeIndex: UInt8
    /// Standard mode.
    /// Values: `MAVStandardMode`.
    public var standardMode: MAVStandardMode
    /// A bitfield for use for autopilot-specific flags
    public var customMode: UInt32
    /// Mode properties.
    /// Values: `MAVModeProperty`.
    public var properties: MAVModeProperty
    /// Name of custom mode, with null termination character. Should be omitted for standard modes.
    public var modeName: FixedString<35>

    public init(numberModes: UInt8 = 0, modeIndex: UInt8 = 0, standardMode: MAVStandardMode = MAVStandardMode(rawValue: 0), customMode: UInt32 = 0, properties: MAVModeProperty = MAVModeProperty(rawValue: 0), modeName: FixedString<35> = FixedString()) {
        self.numberModes = numberModes
        self.modeIndex = modeIndex
        self.standardMode = standardMode
        self.customMode = customMode
        self.properties = properties
        self.modeName = modeName
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        customMode = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        properties = MAVModeProperty(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)))
        numberModes = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        modeIndex = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        standardMode = MAVStandardMode(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)))
        modeName = FixedString.load(from: _p, at: 11)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: customMode, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: properties.rawValue), toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: numberModes, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: modeIndex, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: standardMode.rawValue), toByteOffset: 10, as: UInt8.self)
        modeName.store(to: _p, at: 11)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("number_modes", numberModes)
        v.visit("mode_index", modeIndex)
        v.visit("standard_mode", UInt8(truncatingIfNeeded: standardMode.rawValue))
        v.visit("custom_mode", customMode)
        v.visit("properties", UInt32(truncatingIfNeeded: properties.rawValue))
        v.visit("mode_name", modeName)
    }
}
