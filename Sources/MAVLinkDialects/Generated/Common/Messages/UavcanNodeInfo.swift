// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// General information describing a particular UAVCAN node.
/// Please refer to the definition of the UAVCAN service "uavcan.protocol.GetNodeInfo" for the background information.
/// This message should be emitted by the system whenever a new node appears online, or an existing node reboots.
/// The message may also be explicitly requested using MAV_CMD_REQUEST_MESSAGE.
/// It is also not prohibited to emit this message unconditionally at a low frequency.
/// The DroneCAN specification is available at https://dronecan.github.io/Specification/1._Introduction/.
///
/// MAVLink message `UAVCAN_NODE_INFO` (id 311).
public struct UavcanNodeInfo: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 311 }
    @inlinable public static var name: StaticString { "UAVCAN_NODE_INFO" }
    @inlinable public static var crcExtra: UInt8 { 95 }
    @inlinable public static var minLength: Int { 116 }
    @inlinable public static var maxLength: Int { 116 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Time since the start-up of the node.
    /// Units: s.
    public var uptimeSec: UInt32
    /// Node name string. For example, "sapog.px4.io".
    public var name: FixedString<80>
    /// Hardware major version number.
    public var hwVersionMajor: UInt8
    /// Hardware minor version number.
    public var hwVersionMinor: UInt8
    /// Hardware unique 128-bit ID.
    public var hwUniqueId: FixedArray<16, UInt8>
    /// Software major version number.
    public var swVersionMajor: UInt8
    /// Software minor version number.
    public var swVersionMinor: UInt8
    /// Version control system (VCS) revision identifier (e.g. git short commit hash). 0 if unknown.
    public var swVcsCommit: UInt32

    public init(timeUsec: UInt64 = 0, uptimeSec: UInt32 = 0, name: FixedString<80> = FixedString(), hwVersionMajor: UInt8 = 0, hwVersionMinor: UInt8 = 0, hwUniqueId: FixedArray<16, UInt8> = FixedArray(repeating: 0), swVersionMajor: UInt8 = 0, swVersionMinor: UInt8 = 0, swVcsCommit: UInt32 = 0) {
        self.timeUsec = timeUsec
        self.uptimeSec = uptimeSec
        self.name = name
        self.hwVersionMajor = hwVersionMajor
        self.hwVersionMinor = hwVersionMinor
        self.hwUniqueId = hwUniqueId
        self.swVersionMajor = swVersionMajor
        self.swVersionMinor = swVersionMinor
        self.swVcsCommit = swVcsCommit
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        uptimeSec = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        swVcsCommit = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        name = FixedString.load(from: _p, at: 16)
        hwVersionMajor = _p.loadUnaligned(fromByteOffset: 96, as: UInt8.self)
        hwVersionMinor = _p.loadUnaligned(fromByteOffset: 97, as: UInt8.self)
        hwUniqueId = FixedArray.load(from: _p, at: 98)
        swVersionMajor = _p.loadUnaligned(fromByteOffset: 114, as: UInt8.self)
        swVersionMinor = _p.loadUnaligned(fromByteOffset: 115, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: uptimeSec, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: swVcsCommit, toByteOffset: 12, as: UInt32.self)
        name.store(to: _p, at: 16)
        _p.storeBytes(of: hwVersionMajor, toByteOffset: 96, as: UInt8.self)
        _p.storeBytes(of: hwVersionMinor, toByteOffset: 97, as: UInt8.self)
        hwUniqueId.store(to: _p, at: 98)
        _p.storeBytes(of: swVersionMajor, toByteOffset: 114, as: UInt8.self)
        _p.storeBytes(of: swVersionMinor, toByteOffset: 115, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("uptime_sec", uptimeSec)
        v.visit("name", name)
        v.visit("hw_version_major", hwVersionMajor)
        v.visit("hw_version_minor", hwVersionMinor)
        v.visit("hw_unique_id", hwUniqueId)
        v.visit("sw_version_major", swVersionMajor)
        v.visit("sw_version_minor", swVersionMinor)
        v.visit("sw_vcs_commit", swVcsCommit)
    }
}
