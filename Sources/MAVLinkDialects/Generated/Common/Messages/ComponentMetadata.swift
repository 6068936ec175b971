// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Component metadata message, which may be requested using MAV_CMD_REQUEST_MESSAGE.
///
/// This contains the MAVLink FTP URI and CRC for the component's general metadata file.
/// The file must be hosted on the component, and may be xz compressed.
/// The file CRC can be used for file caching.
///
/// The general metadata file can be read to get the locations of other metadata files (COMP_METADATA_TYPE) and translations, which may be hosted either on the vehicle or the internet.
/// For more information see: https://mavlink.io/en/services/component_information.html.
///
/// Note: Camera components should use CAMERA_INFORMATION instead, and autopilots may use both this message and AUTOPILOT_VERSION.
///
/// MAVLink message `COMPONENT_METADATA` (id 397).
public struct ComponentMetadata: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 397 }
    @inlinable public static var name: StaticString { "COMPONENT_METADATA" }
    @inlinable public static var crcExtra: UInt8 { 182 }
    @inlinable public static var minLength: Int { 108 }
    @inlinable public static var maxLength: Int { 108 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// CRC32 of the general metadata file.
    public var fileCrc: UInt32
    /// MAVLink FTP URI for the general metadata file (COMP_METADATA_TYPE_GENERAL), which may be compressed with xz. The file contains general component metadata, and may contain URI links for additional metadata (see COMP_METADATA_TYPE). The information is static from boot, and may be generated at compile time. The string needs to be zero terminated.
    public var uri: FixedString<100>

    public init(timeBootMs: UInt32 = 0, fileCrc: UInt32 = 0, uri: FixedString<100> = FixedString()) {
        self.timeBootMs = timeBootMs
        self.fileCrc = fileCrc
        self.uri = uri
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        fileCrc = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        uri = FixedString.load(from: _p, at: 8)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: fileCrc, toByteOffset: 4, as: UInt32.self)
        uri.store(to: _p, at: 8)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("file_crc", fileCrc)
        v.visit("uri", uri)
    }
}
