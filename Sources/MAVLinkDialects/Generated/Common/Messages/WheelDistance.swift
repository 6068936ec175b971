// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Cumulative distance traveled for each reported wheel.
///
/// MAVLink message `WHEEL_DISTANCE` (id 9000).
public struct WheelDistance: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 9000 }
    @inlinable public static var name: StaticString { "WHEEL_DISTANCE" }
    @inlinable public static var crcExtra: UInt8 { 113 }
    @inlinable public static var minLength: Int { 137 }
    @inlinable public static var maxLength: Int { 137 }

    /// Timestamp (synced to UNIX time or since system boot).
    /// Units: us.
    public var timeUsec: UInt64
    /// Number of wheels reported.
    public var count: UInt8
    /// Distance reported by individual wheel encoders. Forward rotations increase values, reverse rotations decrease them. Not all wheels will necessarily have wheel encoders; the mapping of encoders to wheel positions must be agreed/understood by the endpoints.
    /// Units: m.
    public var distance: FixedArray<16, Double>

    public init(timeUsec: UInt64 = 0, count: UInt8 = 0, distance: FixedArray<16, Double> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.count = count
        self.distance = distance
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        distance = FixedArray.load(from: _p, at: 8)
        count = _p.loadUnaligned(fromByteOffset: 136, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        distance.store(to: _p, at: 8)
        _p.storeBytes(of: count, toByteOffset: 136, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("count", count)
        v.visit("distance", distance)
    }
}
