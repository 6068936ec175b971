// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a block of log data to remote location.
///
/// MAVLink message `REMOTE_LOG_DATA_BLOCK` (id 184).
public struct RemoteLogDataBlock: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 184 }
    @inlinable public static var name: StaticString { "REMOTE_LOG_DATA_BLOCK" }
    @inlinable public static var crcExtra: UInt8 { 159 }
    @inlinable public static var minLength: Int { 206 }
    @inlinable public static var maxLength: Int { 206 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Log data block sequence number.
    /// Values: `MAVRemoteLogDataBlockCommands`.
    public var seqno: MAVRemoteLogDataBlockCommands
    /// Log data block.
    public var data: FixedArray<200, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, seqno: MAVRemoteLogDataBlockCommands = MAVRemoteLogDataBlockCommands(rawValue: 0), data: FixedArray<200, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.seqno = seqno
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        seqno = MAVRemoteLogDataBlockCommands(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 6)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt32(truncatingIfNeeded: seqno.rawValue), toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        data.store(to: _p, at: 6)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("seqno", UInt32(truncatingIfNeeded: seqno.rawValue))
        v.visit("data", data)
    }
}
