// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send Status of each log block that autopilot board might have sent.
///
/// MAVLink message `REMOTE_LOG_BLOCK_STATUS` (id 185).
public struct RemoteLogBlockStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 185 }
    @inlinable public static var name: StaticString { "REMOTE_LOG_BLOCK_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 186 }
    @inlinable public static var minLength: Int { 7 }
    @inlinable public static var maxLength: Int { 7 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Log data block sequence number.
    public var seqno: UInt32
    /// Log data block status.
    /// Values: `MAVRemoteLogDataBlockStatuses`.
    public var status: MAVRemoteLogDataBlockStatuses

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, seqno: UInt32 = 0, status: MAVRemoteLogDataBlockStatuses = MAVRemoteLogDataBlockStatuses(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.seqno = seqno
        self.status = status
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seqno = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        status = MAVRemoteLogDataBlockStatuses(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: seqno, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 6, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("seqno", seqno)
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
    }
}
