// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Transmitter (remote ID system) is enabled and ready to start sending location and other required information. This is streamed by transmitter. A flight controller uses it as a condition to arm.
///
/// MAVLink message `OPEN_DRONE_ID_ARM_STATUS` (id 12918).
public struct OpenDroneIdArmStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12918 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_ARM_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 139 }
    @inlinable public static var minLength: Int { 51 }
    @inlinable public static var maxLength: Int { 51 }

    /// Status level indicating if arming is allowed.
    /// Values: `MAVOdidArmStatus`.
    public var status: MAVOdidArmStatus
    /// Text error message, should be empty if status is good to arm. Fill with nulls in unused portion.
    public var error: FixedString<50>

    public init(status: MAVOdidArmStatus = MAVOdidArmStatus(rawValue: 0), error: FixedString<50> = FixedString()) {
        self.status = status
        self.error = error
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        status = MAVOdidArmStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)))
        error = FixedString.load(from: _p, at: 1)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 0, as: UInt8.self)
        error.store(to: _p, at: 1)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("error", error)
    }
}
