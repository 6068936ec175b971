// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Basic component information data. Should be requested using MAV_CMD_REQUEST_MESSAGE on startup, or when required.
///
/// MAVLink message `COMPONENT_INFORMATION_BASIC` (id 396).
public struct ComponentInformationBasic: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 396 }
    @inlinable public static var name: StaticString { "COMPONENT_INFORMATION_BASIC" }
    @inlinable public static var crcExtra: UInt8 { 50 }
    @inlinable public static var minLength: Int { 160 }
    @inlinable public static var maxLength: Int { 160 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Component capability flags
    /// Values: `MAVProtocolCapability`.
    public var capabilities: MAVProtocolCapability
    /// Date of manufacture as a UNIX Epoch time (since 1.1.1970) in seconds.
    /// Units: s.
    public var timeManufactureS: UInt32
    /// Name of the component vendor. Needs to be zero terminated. The field is optional and can be empty/all zeros.
    public var vendorName: FixedString<32>
    /// Name of the component model. Needs to be zero terminated. The field is optional and can be empty/all zeros.
    public var modelName: FixedString<32>
    /// Software version. The recommended format is SEMVER: 'major.minor.patch'  (any format may be used). The field must be zero terminated if it has a value. The field is optional and can be empty/all zeros.
    public var softwareVersion: FixedString<24>
    /// Hardware version. The recommended format is SEMVER: 'major.minor.patch'  (any format may be used). The field must be zero terminated if it has a value. The field is optional and can be empty/all zeros.
    public var hardwareVersion: FixedString<24>
    /// Hardware serial number. The field must be zero terminated if it has a value. The field is optional and can be empty/all zeros.
    public var serialNumber: FixedString<32>

    public init(timeBootMs: UInt32 = 0, capabilities: MAVProtocolCapability = MAVProtocolCapability(rawValue: 0), timeManufactureS: UInt32 = 0, vendorName: FixedString<32> = FixedString(), modelName: FixedString<32> = FixedString(), softwareVersion: FixedString<24> = FixedString(), hardwareVersion: FixedString<24> = FixedString(), serialNumber: FixedString<32> = FixedString()) {
        self.timeBootMs = timeBootMs
        self.capabilities = capabilities
        self.timeManufactureS = timeManufactureS
        self.vendorName = vendorName
        self.modelName = modelName
        self.softwareVersion = softwareVersion
        self.hardwareVersion = hardwareVersion
        self.serialNumber = serialNumber
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        capabilities = MAVProtocolCapability(rawValue: UInt64(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)))
        timeBootMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        timeManufactureS = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        vendorName = FixedString.load(from: _p, at: 16)
        modelName = FixedString.load(from: _p, at: 48)
        softwareVersion = FixedString.load(from: _p, at: 80)
        hardwareVersion = FixedString.load(from: _p, at: 104)
        serialNumber = FixedString.load(from: _p, at: 128)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt64(truncatingIfNeeded: capabilities.rawValue), toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeBootMs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: timeManufactureS, toByteOffset: 12, as: UInt32.self)
        vendorName.store(to: _p, at: 16)
        modelName.store(to: _p, at: 48)
        softwareVersion.store(to: _p, at: 80)
        hardwareVersion.store(to: _p, at: 104)
        serialNumber.store(to: _p, at: 128)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("capabilities", UInt64(truncatingIfNeeded: capabilities.rawValue))
        v.visit("time_manufacture_s", timeManufactureS)
        v.visit("vendor_name", vendorName)
        v.visit("model_name", modelName)
        v.visit("software_version", softwareVersion)
        v.visit("hardware_version", hardwareVersion)
        v.visit("serial_number", serialNumber)
    }
}
