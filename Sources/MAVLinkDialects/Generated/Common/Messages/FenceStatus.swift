// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of geo-fencing. Sent in extended status stream when fencing enabled.
///
/// MAVLink message `FENCE_STATUS` (id 162).
public struct FenceStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 162 }
    @inlinable public static var name: StaticString { "FENCE_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 189 }
    @inlinable public static var minLength: Int { 8 }
    @inlinable public static var maxLength: Int { 9 }

    /// Breach status (0 if currently inside fence, 1 if outside).
    public var breachStatus: UInt8
    /// Number of fence breaches.
    public var breachCount: UInt16
    /// Last breach type.
    /// Values: `FenceBreach`.
    public var breachType: FenceBreach
    /// Time (since boot) of last breach.
    /// Units: ms.
    public var breachTime: UInt32
    /// Active action to prevent fence breach
    /// Values: `FenceMitigate`.
    /// MAVLink 2 extension field.
    public var breachMitigation: FenceMitigate

    public init(breachStatus: UInt8 = 0, breachCount: UInt16 = 0, breachType: FenceBreach = FenceBreach(rawValue: 0), breachTime: UInt32 = 0, breachMitigation: FenceMitigate = FenceMitigate(rawValue: 0)) {
        self.breachStatus = breachStatus
        self.breachCount = breachCount
        self.breachType = breachType
        self.breachTime = breachTime
        self.breachMitigation = breachMitigation
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        breachTime = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        breachCount = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        breachStatus = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        breachType = FenceBreach(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)))
        breachMitigation = FenceMitigate(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: breachTime, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: breachCount, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: breachStatus, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: breachType.rawValue), toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: breachMitigation.rawValue), toByteOffset: 8, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("breach_status", breachStatus)
        v.visit("breach_count", breachCount)
        v.visit("breach_type", UInt8(truncatingIfNeeded: breachType.rawValue))
        v.visit("breach_time", breachTime)
        v.visit("breach_mitigation", UInt8(truncatingIfNeeded: breachMitigation.rawValue))
    }
}
