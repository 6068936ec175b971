// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ESC information for lower rate streaming. Recommended streaming rate 1Hz. See ESC_STATUS for higher-rate ESC data.
///
/// MAVLink message `ESC_INFO` (id 290).
public struct EscInfo: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 290 }
    @inlinable public static var name: StaticString { "ESC_INFO" }
    @inlinable public static var crcExtra: UInt8 { 251 }
    @inlinable public static var minLength: Int { 46 }
    @inlinable public static var maxLength: Int { 46 }

    /// Index of the first ESC in this message (ESC are indexed in motor order). minValue = 0, maxValue = 60, increment = 4.
    public var index: UInt8
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Counter of data packets received.
    public var counter: UInt16
    /// Total number of ESCs in all messages of this type. Message fields with an index higher than this should be ignored because they contain invalid data.
    public var count: UInt8
    /// Connection type protocol for all ESC.
    /// Values: `EscConnectionType`.
    public var connectionType: EscConnectionType
    /// Information regarding online/offline status of each ESC.
    public var info: UInt8
    /// Bitmap of ESC failure flags.
    /// Values: `EscFailureFlags`.
    public var failureFlags: FixedArray<4, UInt16>
    /// Number of reported errors by each ESC since boot.
    public var errorCount: FixedArray<4, UInt32>
    /// Temperature of each ESC. INT16_MAX: if data not supplied by ESC.
    /// Units: cdegC.
    public var temperature: FixedArray<4, Int16>

    public init(index: UInt8 = 0, timeUsec: UInt64 = 0, counter: UInt16 = 0, count: UInt8 = 0, connectionType: EscConnectionType = EscConnectionType(rawValue: 0), info: UInt8 = 0, failureFlags: FixedArray<4, UInt16> = FixedArray(repeating: 0), errorCount: FixedArray<4, UInt32> = FixedArray(repeating: 0), temperature: FixedArray<4, Int16> = FixedArray(repeating: 0)) {
        self.index = index
        self.timeUsec = timeUsec
        self.counter = counter
        self.count = count
        self.connectionType = connectionType
        self.info = info
        self.failureFlags = failureFlags
        self.errorCount = errorCount
        self.temperature = temperature
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        errorCount = FixedArray.load(from: _p, at: 8)
        counter = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        failureFlags = FixedArray.load(from: _p, at: 26)
        temperature = FixedArray.load(from: _p, at: 34)
        index = _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)
        count = _p.loadUnaligned(fromByteOffset: 43, as: UInt8.self)
        connectionType = EscConnectionType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 44, as: UInt8.self)))
        info = _p.loadUnaligned(fromByteOffset: 45, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        errorCount.store(to: _p, at: 8)
        _p.storeBytes(of: counter, toByteOffset: 24, as: UInt16.self)
        failureFlags.store(to: _p, at: 26)
        temperature.store(to: _p, at: 34)
        _p.storeBytes(of: index, toByteOffset: 42, as: UInt8.self)
        _p.storeBytes(of: count, toByteOffset: 43, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: connectionType.rawValue), toByteOffset: 44, as: UInt8.self)
        _p.storeBytes(of: info, toByteOffset: 45, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("index", index)
        v.visit("time_usec", timeUsec)
        v.visit("counter", counter)
        v.visit("count", count)
        v.visit("connection_type", UInt8(truncatingIfNeeded: connectionType.rawValue))
        v.visit("info", info)
        v.visit("failure_flags", failureFlags)
        v.visit("error_count", errorCount)
        v.visit("temperature", temperature)
    }
}
