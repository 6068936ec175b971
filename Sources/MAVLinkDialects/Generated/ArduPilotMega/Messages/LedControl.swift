// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control vehicle LEDs.
///
/// MAVLink message `LED_CONTROL` (id 186).
public struct LedControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 186 }
    @inlinable public static var name: StaticString { "LED_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 72 }
    @inlinable public static var minLength: Int { 29 }
    @inlinable public static var maxLength: Int { 29 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Instance (LED instance to control or 255 for all LEDs).
    public var instance: UInt8
    /// Pattern (see LED_PATTERN_ENUM).
    public var pattern: UInt8
    /// Custom Byte Length.
    public var customLen: UInt8
    /// Custom Bytes.
    public var customBytes: FixedArray<24, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, instance: UInt8 = 0, pattern: UInt8 = 0, customLen: UInt8 = 0, customBytes: FixedArray<24, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.instance = instance
        self.pattern = pattern
        self.customLen = customLen
        self.customBytes = customBytes
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        instance = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        pattern = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        customLen = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        customBytes = FixedArray.load(from: _p, at: 5)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: instance, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: pattern, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: customLen, toByteOffset: 4, as: UInt8.self)
        customBytes.store(to: _p, at: 5)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("instance", instance)
        v.visit("pattern", pattern)
        v.visit("custom_len", customLen)
        v.visit("custom_bytes", customBytes)
    }
}
