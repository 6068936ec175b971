// Generated from standard.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Version and capability of autopilot software. This should be emitted in response to a request with MAV_CMD_REQUEST_MESSAGE.
///
/// MAVLink message `AUTOPILOT_VERSION` (id 148).
public struct AutopilotVersion: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 148 }
    @inlinable public static var name: StaticString { "AUTOPILOT_VERSION" }
    @inlinable public static var crcExtra: UInt8 { 178 }
    @inlinable public static var minLength: Int { 60 }
    @inlinable public static var maxLength: Int { 78 }

    /// Bitmap of capabilities
    /// Values: `MAVProtocolCapability`.
    public var capabilities: MAVProtocolCapability
    /// Firmware version number.
    /// The field must be encoded as 4 bytes, where each byte (shown from MSB to LSB) is part of a semantic version: (major) (minor) (patch) (FIRMWARE_VERSION_TYPE).
    public var flightSwVersion: UInt32
    /// Middleware version number
    public var middlewareSwVersion: UInt32
    /// Operating system version number
    public var osSwVersion: UInt32
    /// HW / board version (last 8 bits should be silicon ID, if any). The first 16 bits of this field specify a board type from an enumeration stored at https://github.com/PX4/PX4-Bootloader/blob/master/board_types.txt and with extensive additions at https://github.com/ArduPilot/ardupilot/blob/master/Tools/AP_Bootloader/board_types.txt
    public var boardVersion: UInt32
    /// Custom version field, commonly the first 8 bytes of the git hash. This is not an unique identifier, but should allow to identify the commit using the main version number even for very large code bases.
    public var flightCustomVersion: FixedArray<8, UInt8>
    /// Custom version field, commonly the first 8 bytes of the git hash. This is not an unique identifier, but should allow to identify the commit using the main version number even for very large code bases.
    public var middlewareCustomVersion: FixedArray<8, UInt8>
    /// Custom version field, commonly the first 8 bytes of the git hash. This is not an unique identifier, but should allow to identify the commit using the main version number even for very large code bases.
    public var osCustomVersion: FixedArray<8, UInt8>
    /// ID of the board vendor
    public var vendorId: UInt16
    /// ID of the product
    public var productId: UInt16
    /// UID if provided by hardware (see uid2)
    public var uid: UInt64
    /// UID if provided by hardware (supersedes the uid field. If this is non-zero, use this field, otherwise use uid)
    /// MAVLink 2 extension field.
    public var uid2: FixedArray<18, UInt8>

    public init(capabilities: MAVProtocolCapability = MAVProtocolCapability(rawValue: 0), flightSwVersion: UInt32 = 0, middlewareSwVersion: UInt32 = 0, osSwVersion: UInt32 = 0, boardVersion: UInt32 = 0, flightCustomVersion: FixedArray<8, UInt8> = FixedArray(repeating: 0), middlewareCustomVersion: FixedArray<8, UInt8> = FixedArray(repeating: 0), osCustomVersion: FixedArray<8, UInt8> = FixedArray(repeating: 0), vendorId: UInt16 = 0, productId: UInt16 = 0, uid: UInt64 = 0, uid2: FixedArray<18, UInt8> = FixedArray(repeating: 0)) {
        self.capabilities = capabilities
        self.flightSwVersion = flightSwVersion
        self.middlewareSwVersion = middlewareSwVersion
        self.osSwVersion = osSwVersion
        self.boardVersion = boardVersion
        self.flightCustomVersion = flightCustomVersion
        self.middlewareCustomVersion = middlewareCustomVersion
        self.osCustomVersion = osCustomVersion
        self.vendorId = vendorId
        self.productId = productId
        self.uid = uid
        self.uid2 = uid2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        capabilities = MAVProtocolCapability(rawValue: UInt64(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)))
        uid = _p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        flightSwVersion = _p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        middlewareSwVersion = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        osSwVersion = _p.loadUnaligned(fromByteOffset: 24, as: UInt32.self)
        boardVersion = _p.loadUnaligned(fromByteOffset: 28, as: UInt32.self)
        vendorId = _p.loadUnaligned(fromByteOffset: 32, as: UInt16.self)
        productId = _p.loadUnaligned(fromByteOffset: 34, as: UInt16.self)
        flightCustomVersion = FixedArray.load(from: _p, at: 36)
        middlewareCustomVersion = FixedArray.load(from: _p, at: 44)
        osCustomVersion = FixedArray.load(from: _p, at: 52)
        uid2 = FixedArray.load(from: _p, at: 60)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt64(truncatingIfNeeded: capabilities.rawValue), toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: uid, toByteOffset: 8, as: UInt64.self)
        _p.storeBytes(of: flightSwVersion, toByteOffset: 16, as: UInt32.self)
        _p.storeBytes(of: middlewareSwVersion, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: osSwVersion, toByteOffset: 24, as: UInt32.self)
        _p.storeBytes(of: boardVersion, toByteOffset: 28, as: UInt32.self)
        _p.storeBytes(of: vendorId, toByteOffset: 32, as: UInt16.self)
        _p.storeBytes(of: productId, toByteOffset: 34, as: UInt16.self)
        flightCustomVersion.store(to: _p, at: 36)
        middlewareCustomVersion.store(to: _p, at: 44)
        osCustomVersion.store(to: _p, at: 52)
        uid2.store(to: _p, at: 60)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("capabilities", UInt64(truncatingIfNeeded: capabilities.rawValue))
        v.visit("flight_sw_version", flightSwVersion)
        v.visit("middleware_sw_version", middlewareSwVersion)
        v.visit("os_sw_version", osSwVersion)
        v.visit("board_version", boardVersion)
        v.visit("flight_custom_version", flightCustomVersion)
        v.visit("middleware_custom_version", middlewareCustomVersion)
        v.visit("os_custom_version", osCustomVersion)
        v.visit("vendor_id", vendorId)
        v.visit("product_id", productId)
        v.visit("uid", uid)
        v.visit("uid2", uid2)
    }
}
