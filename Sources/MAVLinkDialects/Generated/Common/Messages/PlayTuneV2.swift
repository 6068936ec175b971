// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Play vehicle tone/tune (buzzer). Supported tunes can be determined using SUPPORTED_TUNES. Supersedes message PLAY_TUNE.
///
/// MAVLink message `PLAY_TUNE_V2` (id 400).
public struct PlayTuneV2: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 400 }
    @inlinable public static var name: StaticString { "PLAY_TUNE_V2" }
    @inlinable public static var crcExtra: UInt8 { 110 }
    @inlinable public static var minLength: Int { 254 }
    @inlinable public static var maxLength: Int { 254 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Tune format
    /// Values: `TuneFormat`.
    public var format: TuneFormat
    /// Tune definition as a NULL-terminated string.
    public var tune: FixedString<248>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, format: TuneFormat = TuneFormat(rawValue: 0), tune: FixedString<248> = FixedString()) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.format = format
        self.tune = tune
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        format = TuneFormat(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        tune = FixedString.load(from: _p, at: 6)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: format.rawValue), toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        tune.store(to: _p, at: 6)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("format", UInt32(truncatingIfNeeded: format.rawValue))
        v.visit("tune", tune)
    }
}
