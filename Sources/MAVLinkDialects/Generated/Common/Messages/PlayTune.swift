// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control vehicle tone generation (buzzer).
///
/// MAVLink message `PLAY_TUNE` (id 258).
public struct PlayTune: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 258 }
    @inlinable public static var name: StaticString { "PLAY_TUNE" }
    @inlinable public static var crcExtra: UInt8 { 187 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 232 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// tune in board specific format
    public var tune: FixedString<30>
    /// tune extension (appended to tune)
    /// MAVLink 2 extension field.
    public var tune2: FixedString<200>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, tune: FixedString<30> = FixedString(), tune2: FixedString<200> = FixedString()) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.tune = tune
        self.tune2 = tune2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        tune = FixedString.load(from: _p, at: 2)
        tune2 = FixedString.load(from: _p, at: 32)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 1, as: UInt8.self)
        tune.store(to: _p, at: 2)
        tune2.store(to: _p, at: 32)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("tune", tune)
        v.visit("tune2", tune2)
    }
}
