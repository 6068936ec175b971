// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// A message containing logged data (see also MAV_CMD_LOGGING_START)
///
/// MAVLink message `LOGGING_DATA` (id 266).
public struct LoggingData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 266 }
    @inlinable public static var name: StaticString { "LOGGING_DATA" }
    @inlinable public static var crcExtra: UInt8 { 193 }
    @inlinable public static var minLength: Int { 255 }
    @inlinable public static var maxLength: Int { 255 }

    /// system ID of the target
    public var targetSystem: UInt8
    /// component ID of the target
    public var targetComponent: UInt8
    /// sequence number (can wrap)
    public var sequence: UInt16
    /// data length
    /// Units: bytes.
    public var length: UInt8
    /// offset into data where first message starts. This can be used for recovery, when a previous message got lost (set to UINT8_MAX if no start exists).
    /// Units: bytes.
    public var firstMessageOffset: UInt8
    /// logged data
    public var data: FixedArray<249, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, sequence: UInt16 = 0, length: UInt8 = 0, firstMessageOffset: UInt8 = 0, data: FixedArray<249, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.sequence = sequence
        self.length = length
        self.firstMessageOffset = firstMessageOffset
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        sequence = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        length = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        firstMessageOffset = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 6)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: sequence, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: length, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: firstMessageOffset, toByteOffset: 5, as: UInt8.self)
        data.store(to: _p, at: 6)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("sequence", sequence)
        v.visit("length", length)
        v.visit("first_message_offset", firstMessageOffset)
        v.visit("data", data)
    }
}
