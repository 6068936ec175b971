// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reports progress of compass calibration.
///
/// MAVLink message `MAG_CAL_PROGRESS` (id 191).
public struct MagCalProgress: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 191 }
    @inlinable public static var name: StaticString { "MAG_CAL_PROGRESS" }
    @inlinable public static var crcExtra: UInt8 { 92 }
    @inlinable public static var minLength: Int { 27 }
    @inlinable public static var maxLength: Int { 27 }

    /// Compass being calibrated.
    public var compassId: UInt8
    /// Bitmask of compasses being calibrated.
    public var calMask: UInt8
    /// Calibration Status.
    /// Values: `MagCalStatus`.
    public var calStatus: MagCalStatus
    /// Attempt number.
    public var attempt: UInt8
    /// Completion percentage.
    /// Units: %.
    public var completionPct: UInt8
    /// Bitmask of sphere sections (see http://en.wikipedia.org/wiki/Geodesic_grid).
    public var completionMask: FixedArray<10, UInt8>
    /// Body frame direction vector for display.
    public var directionX: Float
    /// Body frame direction vector for display.
    public var directionY: Float
    /// Body frame direction vector for display.
    public var directionZ: Float

    public init(compassId: UInt8 = 0, calMask: UInt8 = 0, calStatus: MagCalStatus = MagCalStatus(rawValue: 0), attempt: UInt8 = 0, completionPct: UInt8 = 0, completionMask: FixedArray<10, UInt8> = FixedArray(repeating: 0), directionX: Float = 0, directionY: Float = 0, directionZ: Float = 0) {
        self.compassId = compassId
        self.calMask = calMask
        self.calStatus = calStatus
        self.attempt = attempt
        self.completionPct = completionPct
        self.completionMask = completionMask
        self.directionX = directionX
        self.directionY = directionY
        self.directionZ = directionZ
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        directionX = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        directionY = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        directionZ = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        compassId = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        calMask = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        calStatus = MagCalStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)))
        attempt = _p.loadUnaligned(fromByteOffset: 15, as: UInt8.self)
        completionPct = _p.loadUnaligned(fromByteOffset: 16, as: UInt8.self)
        completionMask = FixedArray.load(from: _p, at: 17)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: directionX, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: directionY, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: directionZ, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: compassId, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: calMask, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: calStatus.rawValue), toByteOffset: 14, as: UInt8.self)
        _p.storeBytes(of: attempt, toByteOffset: 15, as: UInt8.self)
        _p.storeBytes(of: completionPct, toByteOffset: 16, as: UInt8.self)
        completionMask.store(to: _p, at: 17)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("compass_id", compassId)
        v.visit("cal_mask", calMask)
        v.visit("cal_status", UInt8(truncatingIfNeeded: calStatus.rawValue))
        v.visit("attempt", attempt)
        v.visit("completion_pct", completionPct)
        v.visit("completion_mask", completionMask)
        v.visit("direction_x", directionX)
        v.visit("direction_y", directionY)
        v.visit("direction_z", directionZ)
    }
}
