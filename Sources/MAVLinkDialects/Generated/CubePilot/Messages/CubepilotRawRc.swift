// Generated from cubepilot.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Raw RC Data
///
/// MAVLink message `CUBEPILOT_RAW_RC` (id 50001).
public struct CubepilotRawRc: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 50001 }
    @inlinable public static var name: StaticString { "CUBEPILOT_RAW_RC" }
    @inlinable public static var crcExtra: UInt8 { 246 }
    @inlinable public static var minLength: Int { 32 }
    @inlinable public static var maxLength: Int { 32 }

    /// rc_raw
    public var rcRaw: FixedArray<32, UInt8>

    public init(rcRaw: FixedArray<32, UInt8> = FixedArray(repeating: 0)) {
        self.rcRaw = rcRaw
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        rcRaw = FixedArray.load(from: _p, at: 0)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        rcRaw.store(to: _p, at: 0)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("rc_raw", rcRaw)
    }
}
