// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Data for filling the OpenDroneID Authentication message. The Authentication Message defines a field that can provide a means of authenticity for the identity of the UAS (Unmanned Aircraft System). The Authentication message can have two different formats. For data page 0, the fields PageCount, Length and TimeStamp are present and AuthData is only 17 bytes. For data page 1 through 15, PageCount, Length and TimeStamp are not present and the size of AuthData is 23 bytes.
///
/// MAVLink message `OPEN_DRONE_ID_AUTHENTICATION` (id 12902).
public struct OpenDroneIdAuthentication: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 12902 }
    @inlinable public static var name: StaticString { "OPEN_DRONE_ID_AUTHENTICATION" }
    @inlinable public static var crcExtra: UInt8 { 140 }
    @inlinable public static var minLength: Int { 53 }
    @inlinable public static var maxLength: Int { 53 }

    /// System ID (0 for broadcast).
    public var targetSystem: UInt8
    /// Component ID (0 for broadcast).
    public var targetComponent: UInt8
    /// Only used for drone ID data received from other UAs. See detailed description at https://mavlink.io/en/services/opendroneid.html.
    public var idOrMac: FixedArray<20, UInt8>
    /// Indicates the type of authentication.
    /// Values: `MAVOdidAuthType`.
    public var authenticationType: MAVOdidAuthType
    /// Allowed range is 0 - 15.
    public var dataPage: UInt8
    /// This field is only present for page 0. Allowed range is 0 - 15. See the description of struct ODID_Auth_data at https://github.com/opendroneid/opendroneid-core-c/blob/master/libopendroneid/opendroneid.h.
    public var lastPageIndex: UInt8
    /// This field is only present for page 0. Total bytes of authentication_data from all data pages. See the description of struct ODID_Auth_data at https://github.com/opendroneid/opendroneid-core-c/blob/master/libopendroneid/opendroneid.h.
    /// Units: bytes.
    public var length: UInt8
    /// This field is only present for page 0. 32 bit Unix Timestamp in seconds since 00:00:00 01/01/2019.
    /// Units: s.
    public var timestamp: UInt32
    /// Opaque authentication data. For page 0, the size is only 17 bytes. For other pages, the size is 23 bytes. Shall be filled with nulls in the unused portion of the field.
    public var authenticationData: FixedArray<23, UInt8>

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, idOrMac: FixedArray<20, UInt8> = FixedArray(repeating: 0), authenticationType: MAVOdidAuthType = MAVOdidAuthType(rawValue: 0), dataPage: UInt8 = 0, lastPageIndex: UInt8 = 0, length: UInt8 = 0, timestamp: UInt32 = 0, authenticationData: FixedArray<23, UInt8> = FixedArray(repeating: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.idOrMac = idOrMac
        self.authenticationType = authenticationType
        self.dataPage = dataPage
        self.lastPageIndex = lastPageIndex
        self.length = length
        self.timestamp = timestamp
        self.authenticationData = authenticationData
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        idOrMac = FixedArray.load(from: _p, at: 6)
        authenticationType = MAVOdidAuthType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
        dataPage = _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)
        lastPageIndex = _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)
        length = _p.loadUnaligned(fromByteOffset: 29, as: UInt8.self)
        authenticationData = FixedArray.load(from: _p, at: 30)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timestamp, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        idOrMac.store(to: _p, at: 6)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: authenticationType.rawValue), toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: dataPage, toByteOffset: 27, as: UInt8.self)
        _p.storeBytes(of: lastPageIndex, toByteOffset: 28, as: UInt8.self)
        _p.storeBytes(of: length, toByteOffset: 29, as: UInt8.self)
        authenticationData.store(to: _p, at: 30)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("id_or_mac", idOrMac)
        v.visit("authentication_type", UInt8(truncatingIfNeeded: authenticationType.rawValue))
        v.visit("data_page", dataPage)
        v.visit("last_page_index", lastPageIndex)
        v.visit("length", length)
        v.visit("timestamp", timestamp)
        v.visit("authentication_data", authenticationData)
    }
}
