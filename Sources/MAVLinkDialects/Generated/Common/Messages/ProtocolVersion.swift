// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Version and capability of protocol version. This message can be requested with MAV_CMD_REQUEST_MESSAGE and is used as part of the handshaking to establish which MAVLink version should be used on the network. Every node should respond to a request for PROTOCOL_VERSION to enable the handshaking. Library implementers should consider adding this into the default decoding state machine to allow the protocol core to respond directly.
///
/// MAVLink message `PROTOCOL_VERSION` (id 300). Deprecated.
public struct ProtocolVersion: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 300 }
    @inlinable public static var name: StaticString { "PROTOCOL_VERSION" }
    @inlinable public static var crcExtra: UInt8 { 217 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// Currently active MAVLink version number * 100: v1.0 is 100, v2.0 is 200, etc.
    public var version: UInt16
    /// Minimum MAVLink version supported
    public var minVersion: UInt16
    /// Maximum MAVLink version supported (set to the same value as version by default)
    public var maxVersion: UInt16
    /// The first 8 bytes (not characters printed in hex!) of the git hash.
    public var specVersionHash: FixedArray<8, UInt8>
    /// The first 8 bytes (not characters printed in hex!) of the git hash.
    public var libraryVersionHash: FixedArray<8, UInt8>

    public init(version: UInt16 = 0, minVersion: UInt16 = 0, maxVersion: UInt16 = 0, specVersionHash: FixedArray<8, UInt8> = FixedArray(repeating: 0), libraryVersionHash: FixedArray<8, UInt8> = FixedArray(repeating: 0)) {
        self.version = version
        self.minVersion = minVersion
        self.maxVersion = maxVersion
        self.specVersionHash = specVersionHash
        self.libraryVersionHash = libraryVersionHash
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        version = _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)
        minVersion = _p.loadUnaligned(fromByteOffset: 2, as: UInt16.self)
        maxVersion = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        specVersionHash = FixedArray.load(from: _p, at: 6)
        libraryVersionHash = FixedArray.load(from: _p, at: 14)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: version, toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: minVersion, toByteOffset: 2, as: UInt16.self)
        _p.storeBytes(of: maxVersion, toByteOffset: 4, as: UInt16.self)
        specVersionHash.store(to: _p, at: 6)
        libraryVersionHash.store(to: _p, at: 14)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("version", version)
        v.visit("min_version", minVersion)
        v.visit("max_version", maxVersion)
        v.visit("spec_version_hash", specVersionHash)
        v.visit("library_version_hash", libraryVersionHash)
    }
}
