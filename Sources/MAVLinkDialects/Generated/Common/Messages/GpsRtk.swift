// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// RTK GPS data. Gives information on the relative baseline calculation the GPS is reporting
///
/// MAVLink message `GPS_RTK` (id 127).
public struct GpsRtk: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 127 }
    @inlinable public static var name: StaticString { "GPS_RTK" }
    @inlinable public static var crcExtra: UInt8 { 25 }
    @inlinable public static var minLength: Int { 35 }
    @inlinable public static var maxLength: Int { 35 }

    /// Time since boot of last baseline message received.
    /// Units: ms.
    public var timeLastBaselineMs: UInt32
    /// Identification of connected RTK receiver.
    public var rtkReceiverId: UInt8
    /// GPS Week Number of last baseline
    public var wn: UInt16
    /// GPS Time of Week of last baseline
    /// Units: ms.
    public var tow: UInt32
    /// GPS-specific health report for RTK data.
    public var rtkHealth: UInt8
    /// Rate of baseline messages being received by GPS
    /// Units: Hz.
    public var rtkRate: UInt8
    /// Current number of sats used for RTK calculation.
    public var nsats: UInt8
    /// Coordinate system of baseline
    /// Values: `RtkBaselineCoordinateSystem`.
    public var baselineCoordsType: RtkBaselineCoordinateSystem
    /// Current baseline in ECEF x or NED north component.
    /// Units: mm.
    public var baselineAMm: Int32
    /// Current baseline in ECEF y or NED east component.
    /// Units: mm.
    public var baselineBMm: Int32
    /// Current baseline in ECEF z or NED down component.
    /// Units: mm.
    public var baselineCMm: Int32
    /// Current estimate of baseline accuracy.
    public var accuracy: UInt32
    /// Current number of integer ambiguity hypotheses.
    public var iarNumHypotheses: Int32

    public init(timeLastBaselineMs: UInt32 = 0, rtkReceiverId: UInt8 = 0, wn: UInt16 = 0, tow: UInt32 = 0, rtkHealth: UInt8 = 0, rtkRate: UInt8 = 0, nsats: UInt8 = 0, baselineCoordsType: RtkBaselineCoordinateSystem = RtkBaselineCoordinateSystem(rawValue: 0), baselineAMm: Int32 = 0, baselineBMm: Int32 = 0, baselineCMm: Int32 = 0, accuracy: UInt32 = 0, iarNumHypotheses: Int32 = 0) {
        self.timeLastBaselineMs = timeLastBaselineMs
        self.rtkReceiverId = rtkReceiverId
        self.wn = wn
        self.tow = tow
        self.rtkHealth = rtkHealth
        self.rtkRate = rtkRate
        self.nsats = nsats
        self.baselineCoordsType = baselineCoordsType
        self.baselineAMm = baselineAMm
        self.baselineBMm = baselineBMm
        self.baselineCMm = baselineCMm
        self.accuracy = accuracy
        self.iarNumHypotheses = iarNumHypotheses
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeLastBaselineMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        tow = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        baselineAMm = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        baselineBMm = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        baselineCMm = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        accuracy = _p.loadUnaligned(fromByteOffset: 20, as: UInt32.self)
        iarNumHypotheses = _p.loadUnaligned(fromByteOffset: 24, as: Int32.self)
        wn = _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)
        rtkReceiverId = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        rtkHealth = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        rtkRate = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
        nsats = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        baselineCoordsType = RtkBaselineCoordinateSystem(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeLastBaselineMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: tow, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: baselineAMm, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: baselineBMm, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: baselineCMm, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: accuracy, toByteOffset: 20, as: UInt32.self)
        _p.storeBytes(of: iarNumHypotheses, toByteOffset: 24, as: Int32.self)
        _p.storeBytes(of: wn, toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: rtkReceiverId, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: rtkHealth, toByteOffset: 31, as: UInt8.self)
        _p.storeBytes(of: rtkRate, toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: nsats, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: baselineCoordsType.rawValue), toByteOffset: 34, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_last_baseline_ms", timeLastBaselineMs)
        v.visit("rtk_receiver_id", rtkReceiverId)
        v.visit("wn", wn)
        v.visit("tow", tow)
        v.visit("rtk_health", rtkHealth)
        v.visit("rtk_rate", rtkRate)
        v.visit("nsats", nsats)
        v.visit("baseline_coords_type", UInt8(truncatingIfNeeded: baselineCoordsType.rawValue))
        v.visit("baseline_a_mm", baselineAMm)
        v.visit("baseline_b_mm", baselineBMm)
        v.visit("baseline_c_mm", baselineCMm)
        v.visit("accuracy", accuracy)
        v.visit("iar_num_hypotheses", iarNumHypotheses)
    }
}
