// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// File transfer protocol message: https://mavlink.io/en/services/ftp.html.
///
/// MAVLink message `FILE_TRANSFER_PROTOCOL` (id 110).
public struct FileTransferProtocol: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 110 }
    @inlinable public static var name: StaticString { "FILE_TRANSFER_PROTOCOL" }
    @inlinable public static var crcExtra: UInt8 { 84 }
    @inlinable public static var minLength: Int { 254 }
    @inlinable public static var maxLength: Int { 254 }

    /// Network ID (0 for broadcast)
    public var targetNetwork: UInt8
    /// System ID (0 for broadcast)
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast)
    public var targetComponent: UInt8
    /// Variable length payload. The content/format of this block is defined in https://mavlink.io/en/services/ftp.html. The length is defined by the remaining message length when subtracting the header and other fields. See also MAV_FTP_OPCODE and MAV_FTP_ERR.
    public var payload: FixedArray<251, UInt8>

    public init(targetNetwork: UInt8 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, payload: FixedArray<251, UInt8> = FixedArray(repeating: 0)) {
        self.targetNetwork = targetNetwork
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.payload = payload
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetNetwork = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        payload = FixedArray.load(from: _p, at: 3)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetNetwork, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 2, as: UInt8.self)
        payload.store(to: _p, at: 3)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_network", targetNetwork)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("payload", payload)
    }
}
