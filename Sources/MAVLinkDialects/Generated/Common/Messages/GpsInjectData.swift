// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for injecting into the onboard GPS (used for DGPS)
///
/// MAVLink message `GPS_INJECT_DATA` (id 123).
public struct GpsInjectData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 123 }
    @inlinable public static var name: StaticString { "GPS_INJECT_DATA" }
    @inlinable public static var crcExtra: UInt8 { 250 }
    @inlinable public static var minLength: Int { 113 }
    @inlinable public static var maxLength: Int { 113 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Data length
    /// Units: bytes.
    public var len: UInt8
    /// Raw data (110 is enough for 12 satellites of RTCMv2)
    public var data: FixedArray<110, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, len: UInt8 = 0, data: FixedArray<110, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.len = len
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        len = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 3)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: len, toByteOffset: 2, as: UInt8.self)
        data.store(to: _p, at: 3)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("len", len)
        v.visit("data", data)
    }
}
