// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// RTCM message for injecting into the onboard GPS (used for DGPS)
///
/// MAVLink message `GPS_RTCM_DATA` (id 233).
public struct GpsRtcmData: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 233 }
    @inlinable public static var name: StaticString { "GPS_RTCM_DATA" }
    @inlinable public static var crcExtra: UInt8 { 35 }
    @inlinable public static var minLength: Int { 182 }
    @inlinable public static var maxLength: Int { 182 }

    /// LSB: 1 means message is fragmented, next 2 bits are the fragment ID, the remaining 5 bits are used for the sequence ID. Messages are only to be flushed to the GPS when the entire message has been reconstructed on the autopilot. The fragment ID specifies which order the fragments should be assembled into a buffer, while the sequence ID is used to detect a mismatch between different buffers. The buffer is considered fully reconstructed when either all 4 fragments are present, or all the fragments before the first fragment with a non full payload is received. This management is used to ensure that normal GPS operation doesn't corrupt RTCM data, and to recover from a unreliable transport delivery order.
    public var flags: UInt8
    /// data length
    /// Units: bytes.
    public var len: UInt8
    /// RTCM message (may be fragmented)
    public var data: FixedArray<180, UInt8>

    public init(flags: UInt8 = 0, len: UInt8 = 0, data: FixedArray<180, UInt8> = FixedArray(repeating: 0)) {
        self.flags = flags
        self.len = len
        self.data = data
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        flags = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        len = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        data = FixedArray.load(from: _p, at: 2)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: flags, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: len, toByteOffset: 1, as: UInt8.self)
        data.store(to: _p, at: 2)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("flags", flags)
        v.visit("len", len)
        v.visit("data", data)
    }
}
