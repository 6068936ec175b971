// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Airspeed auto-calibration.
///
/// MAVLink message `AIRSPEED_AUTOCAL` (id 174).
public struct AirspeedAutocal: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 174 }
    @inlinable public static var name: StaticString { "AIRSPEED_AUTOCAL" }
    @inlinable public static var crcExtra: UInt8 { 167 }
    @inlinable public static var minLength: Int { 48 }
    @inlinable public static var maxLength: Int { 48 }

    /// GPS velocity north.
    /// Units: m/s.
    public var vx: Float
    /// GPS velocity east.
    /// Units: m/s.
    public var vy: Float
    /// GPS velocity down.
    /// Units: m/s.
    public var vz: Float
    /// Differential pressure.
    /// Units: Pa.
    public var diffPressure: Float
    /// Estimated to true airspeed ratio.
    public var eas2tas: Float
    /// Airspeed ratio.
    public var ratio: Float
    /// EKF state x.
    public var stateX: Float
    /// EKF state y.
    public var stateY: Float
    /// EKF state z.
    public var stateZ: Float
    /// EKF Pax.
    public var pax: Float
    /// EKF Pby.
    public var pby: Float
    /// EKF Pcz.
    public var pcz: Float

    public init(vx: Float = 0, vy: Float = 0, vz: Float = 0, diffPressure: Float = 0, eas2tas: Float = 0, ratio: Float = 0, stateX: Float = 0, stateY: Float = 0, stateZ: Float = 0, pax: Float = 0, pby: Float = 0, pcz: Float = 0) {
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.diffPressure = diffPressure
        self.eas2tas = eas2tas
        self.ratio = ratio
        self.stateX = stateX
        self.stateY = stateY
        self.stateZ = stateZ
        self.pax = pax
        self.pby = pby
        self.pcz = pcz
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        vx = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        vy = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        vz = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        diffPressure = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        eas2tas = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        ratio = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        stateX = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        stateY = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        stateZ = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        pax = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        pby = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        pcz = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: vx, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: vy, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: vz, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: diffPressure, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: eas2tas, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: ratio, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: stateX, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: stateY, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: stateZ, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: pax, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: pby, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: pcz, toByteOffset: 44, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("vx", vx)
        v.visit("vy", vy)
        v.visit("vz", vz)
        v.visit("diff_pressure", diffPressure)
        v.visit("EAS2TAS", eas2tas)
        v.visit("ratio", ratio)
        v.visit("state_x", stateX)
        v.visit("state_y", stateY)
        v.visit("state_z", stateZ)
        v.visit("Pax", pax)
        v.visit("Pby", pby)
        v.visit("Pcz", pcz)
    }
}
