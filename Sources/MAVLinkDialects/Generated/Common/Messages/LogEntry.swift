// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reply to LOG_REQUEST_LIST
///
/// MAVLink message `LOG_ENTRY` (id 118).
public struct LogEntry: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 118 }
    @inlinable public static var name: StaticString { "LOG_ENTRY" }
    @inlinable public static var crcExtra: UInt8 { 56 }
    @inlinable public static var minLength: Int { 14 }
    @inlinable public static var maxLength: Int { 14 }

    /// Log id
    public var id: UInt16
    /// Total number of logs
    public var numLogs: UInt16
    /// High log number
    public var lastLogNum: UInt16
    /// UTC timestamp of log since 1970, or 0 if not available
    /// Units: s.
    public var timeUtc: UInt32
    /// Size of the log (may be approximate)
    /// Units: bytes.
    public var size: UInt32

    public init(id: UInt16 = 0, numLogs: UInt16 = 0, lastLogNum: UInt16 = 0, timeUtc: UInt32 = 0, size: UInt32 = 0) {
        self.id = id
        self.numLogs = numLogs
        self.lastLogNum = lastLogNum
        self.timeUtc = timeUtc
        self.size = size
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUtc = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        size = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        id = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        numLogs = _p.loadUnaligned(fromByteOffset: 10, as: UInt16.self)
        lastLogNum = _p.loadUnaligned(fromByteOffset: 12, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUtc, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: size, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: id, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: numLogs, toByteOffset: 10, as: UInt16.self)
        _p.storeBytes(of: lastLogNum, toByteOffset: 12, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("id", id)
        v.visit("num_logs", numLogs)
        v.visit("last_log_num", lastLogNum)
        v.visit("time_utc", timeUtc)
        v.visit("size", size)
    }
}
