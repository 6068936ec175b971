// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Component information message, which may be requested using MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `COMPONENT_INFORMATION` (id 395). Deprecated.
public struct ComponentInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 395 }
    @inlinable public static var name: StaticString { "COMPONENT_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 0 }
    @inlinable public static var minLength: Int { 212 }
    @inlinable public static var maxLength: Int { 212 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// CRC32 of the general metadata file (general_metadata_uri).
    public var generalMetadataFileCrc: UInt32
    /// MAVLink FTP URI for the general metadata file (COMP_METADATA_TYPE_GENERAL), which may be compressed with xz. The file contains general component metadata, and may contain URI links for additional metadata (see COMP_METADATA_TYPE). The information is static from boot, and may be generated at compile time. The string needs to be zero terminated.
    public var generalMetadataUri: FixedString<100>
    /// CRC32 of peripherals metadata file (peripherals_metadata_uri).
    public var peripheralsMetadataFileCrc: UInt32
    /// (Optional) MAVLink FTP URI for the peripherals metadata file (COMP_METADATA_TYPE_PERIPHERALS), which may be compressed with xz. This contains data about "attached components" such as UAVCAN nodes. The peripherals are in a separate file because the information must be generated dynamically at runtime. The string needs to be zero terminated.
    public var peripheralsMetadataUri: FixedString<100>

    public init(timeBootMs: UInt32 = 0, generalMetadataFileCrc: UInt32 = 0, generalMetadataUri: FixedString<100> = FixedString(), peripheralsMetadataFileCrc: UInt32 = 0, peripheralsMetadataUri: FixedString<100> = FixedString()) {
        self.timeBootMs = timeBootMs
        self.generalMetadataFileCrc = generalMetadataFileCrc
        self.generalMetadataUri = generalMetadataUri
        self.peripheralsMetadataFileCrc = peripheralsMetadataFileCrc
        self.peripheralsMetadataUri = peripheralsMetadataUri
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        generalMetadataFileCrc = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        peripheralsMetadataFileCrc = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        generalMetadataUri = FixedString.load(from: _p, at: 12)
        peripheralsMetadataUri = FixedString.load(from: _p, at: 112)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: generalMetadataFileCrc, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: peripheralsMetadataFileCrc, toByteOffset: 8, as: UInt32.self)
        generalMetadataUri.store(to: _p, at: 12)
        peripheralsMetadataUri.store(to: _p, at: 112)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("general_metadata_file_crc", generalMetadataFileCrc)
        v.visit("general_metadata_uri", generalMetadataUri)
        v.visit("peripherals_metadata_file_crc", peripheralsMetadataFileCrc)
        v.visit("peripherals_metadata_uri", peripheralsMetadataUri)
    }
}
