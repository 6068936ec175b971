// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// ESC information for higher rate streaming. Recommended streaming rate is ~10 Hz. Information that changes more slowly is sent in ESC_INFO. It should typically only be streamed on high-bandwidth links (i.e. to a companion computer).
///
/// MAVLink message `ESC_STATUS` (id 291).
public struct EscStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 291 }
    @inlinable public static var name: StaticString { "ESC_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 10 }
    @inlinable public static var minLength: Int { 57 }
    @inlinable public static var maxLength: Int { 57 }

    /// Index of the first ESC in this message (ESC are indexed in motor order). minValue = 0, maxValue = 60, increment = 4.
    public var index: UInt8
    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Reported motor RPM from each ESC (negative for reverse rotation).
    /// Units: rpm.
    public var rpm: FixedArray<4, Int32>
    /// Voltage measured from each ESC.
    /// Units: V.
    public var voltage: FixedArray<4, Float>
    /// Current measured from each ESC.
    /// Units: A.
    public var current: FixedArray<4, Float>

    public init(index: UInt8 = 0, timeUsec: UInt64 = 0, rpm: FixedArray<4, Int32> = FixedArray(repeating: 0), voltage: FixedArray<4, Float> = FixedArray(repeating: 0), current: FixedArray<4, Float> = FixedArray(repeating: 0)) {
        self.index = index
        self.timeUsec = timeUsec
        self.rpm = rpm
        self.voltage = voltage
        self.current = current
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        rpm = FixedArray.load(from: _p, at: 8)
        voltage = FixedArray.load(from: _p, at: 24)
        current = FixedArray.load(from: _p, at: 40)
        index = _p.loadUnaligned(fromByteOffset: 56, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        rpm.store(to: _p, at: 8)
        voltage.store(to: _p, at: 24)
        current.store(to: _p, at: 40)
        _p.storeBytes(of: index, toByteOffset: 56, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("index", index)
        v.visit("time_usec", timeUsec)
        v.visit("rpm", rpm)
        v.visit("voltage", voltage)
        v.visit("current", current)
    }
}
