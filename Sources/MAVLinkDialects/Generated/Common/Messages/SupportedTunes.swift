// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Tune formats supported by vehicle, i.e. via PLAY_TUNE_V2. This should be emitted as response to MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `SUPPORTED_TUNES` (id 401).
public struct SupportedTunes: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 401 }
    @inlinable public static var name: StaticString { "SUPPORTED_TUNES" }
    @inlinable public static var crcExtra: UInt8 { 183 }
    @inlinable public static var minLength: Int { 6 }
    @inlinable public static var maxLength: Int { 6 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Bitfield of supported tune formats.
    /// Values: `TuneFormat`.
    public var format: TuneFormat

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, format: TuneFormat = TuneFormat(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.format = format
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        format = TuneFormat(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: format.rawValue), toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("format", UInt32(truncatingIfNeeded: format.rawValue))
    }
}
