// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of compassmot calibration.
///
/// MAVLink message `COMPASSMOT_STATUS` (id 177).
public struct CompassmotStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 177 }
    @inlinable public static var name: StaticString { "COMPASSMOT_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 240 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 20 }

    /// Throttle.
    /// Units: d%.
    public var throttle: UInt16
    /// Current.
    /// Units: A.
    public var current: Float
    /// Interference.
    /// Units: %.
    public var interference: UInt16
    /// Motor Compensation X.
    public var compensationX: Float
    /// Motor Compensation Y.
    public var compensationY: Float
    /// Motor Compensation Z.
    public var compensationZ: Float

    public init(throttle: UInt16 = 0, current: Float = 0, interference: UInt16 = 0, compensationX: Float = 0, compensationY: Float = 0, compensationZ: Float = 0) {
        self.throttle = throttle
        self.current = current
        self.interference = interference
        self.compensationX = compensationX
        self.compensationY = compensationY
        self.compensationZ = compensationZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        current = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        compensationX = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        compensationY = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        compensationZ = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        throttle = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        interference = _p.loadUnaligned(fromByteOffset: 18, as: UInt16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: current, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: compensationX, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: compensationY, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: compensationZ, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: throttle, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: interference, toByteOffset: 18, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("throttle", throttle)
        v.visit("current", current)
        v.visit("interference", interference)
        v.visit("CompensationX", compensationX)
        v.visit("CompensationY", compensationY)
        v.visit("CompensationZ", compensationZ)
    }
}
