// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Reports results of completed compass calibration. Sent until MAG_CAL_ACK received.
///
/// MAVLink message `MAG_CAL_REPORT` (id 192).
public struct MagCalReport: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 192 }
    @inlinable public static var name: StaticString { "MAG_CAL_REPORT" }
    @inlinable public static var crcExtra: UInt8 { 36 }
    @inlinable public static var minLength: Int { 44 }
    @inlinable public static var maxLength: Int { 54 }

    /// Compass being calibrated.
    public var compassId: UInt8
    /// Bitmask of compasses being calibrated.
    public var calMask: UInt8
    /// Calibration Status.
    /// Values: `MagCalStatus`.
    public var calStatus: MagCalStatus
    /// 0=requires a MAV_CMD_DO_ACCEPT_MAG_CAL, 1=saved to parameters.
    public var autosaved: UInt8
    /// RMS milligauss residuals.
    /// Units: mgauss.
    public var fitness: Float
    /// X offset.
    public var ofsX: Float
    /// Y offset.
    public var ofsY: Float
    /// Z offset.
    public var ofsZ: Float
    /// X diagonal (matrix 11).
    public var diagX: Float
    /// Y diagonal (matrix 22).
    public var diagY: Float
    /// Z diagonal (matrix 33).
    public var diagZ: Float
    /// X off-diagonal (matrix 12 and 21).
    public var offdiagX: Float
    /// Y off-diagonal (matrix 13 and 31).
    public var offdiagY: Float
    /// Z off-diagonal (matrix 32 and 23).
    public var offdiagZ: Float
    /// Confidence in orientation (higher is better).
    /// MAVLink 2 extension field.
    public var orientationConfidence: Float
    /// orientation before calibration.
    /// Values: `MAVSensorOrientation`.
    /// MAVLink 2 extension field.
    public var oldOrientation: MAVSensorOrientation
    /// orientation after calibration.
    /// Values: `MAVSensorOrientation`.
    /// MAVLink 2 extension field.
    public var newOrientation: MAVSensorOrientation
    /// field radius correction factor
    /// MAVLink 2 extension field.
    public var scaleFactor: Float

    public init(compassId: UInt8 = 0, calMask: UInt8 = 0, calStatus: MagCalStatus = MagCalStatus(rawValue: 0), autosaved: UInt8 = 0, fitness: Float = 0, ofsX: Float = 0, ofsY: Float = 0, ofsZ: Float = 0, diagX: Float = 0, diagY: Float = 0, diagZ: Float = 0, offdiagX: Float = 0, offdiagY: Float = 0, offdiagZ: Float = 0, orientationConfidence: Float = 0, oldOrientation: MAVSensorOrientation = MAVSensorOrientation(rawValue: 0), newOrientation: MAVSensorOrientation = MAVSensorOrientation(rawValue: 0), scaleFactor: Float = 0) {
        self.compassId = compassId
        self.calMask = calMask
        self.calStatus = calStatus
        self.autosaved = autosaved
        self.fitness = fitness
        self.ofsX = ofsX
        self.ofsY = ofsY
        self.ofsZ = ofsZ
        self.diagX = diagX
        self.diagY = diagY
        self.diagZ = diagZ
        self.offdiagX = offdiagX
        self.offdiagY = offdiagY
        self.offdiagZ = offdiagZ
        self.orientationConfidence = orientationConfidence
        self.oldOrientation = oldOrientation
        self.newOrientation = newOrientation
        self.scaleFactor = scaleFactor
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        fitness = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        ofsX = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        ofsY = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        ofsZ = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        diagX = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        diagY = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        diagZ = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        offdiagX = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        offdiagY = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        offdiagZ = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        compassId = _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)
        calMask = _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)
        calStatus = MagCalStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)))
        autosaved = _p.loadUnaligned(fromByteOffset: 43, as: UInt8.self)
        orientationConfidence = _p.loadUnaligned(fromByteOffset: 44, as: Float.self)
        oldOrientation = MAVSensorOrientation(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 48, as: UInt8.self)))
        newOrientation = MAVSensorOrientation(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 49, as: UInt8.self)))
        scaleFactor = _p.loadUnaligned(fromByteOffset: 50, as: Float.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: fitness, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: ofsX, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: ofsY, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: ofsZ, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: diagX, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: diagY, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: diagZ, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: offdiagX, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: offdiagY, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: offdiagZ, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: compassId, toByteOffset: 40, as: UInt8.self)
        _p.storeBytes(of: calMask, toByteOffset: 41, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: calStatus.rawValue), toByteOffset: 42, as: UInt8.self)
        _p.storeBytes(of: autosaved, toByteOffset: 43, as: UInt8.self)
        _p.storeBytes(of: orientationConfidence, toByteOffset: 44, as: Float.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: oldOrientation.rawValue), toByteOffset: 48, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: newOrientation.rawValue), toByteOffset: 49, as: UInt8.self)
        _p.storeBytes(of: scaleFactor, toByteOffset: 50, as: Float.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("compass_id", compassId)
        v.visit("cal_mask", calMask)
        v.visit("cal_status", UInt8(truncatingIfNeeded: calStatus.rawValue))
        v.visit("autosaved", autosaved)
        v.visit("fitness", fitness)
        v.visit("ofs_x", ofsX)
        v.visit("ofs_y", ofsY)
        v.visit("ofs_z", ofsZ)
        v.visit("diag_x", diagX)
        v.visit("diag_y", diagY)
        v.visit("diag_z", diagZ)
        v.visit("offdiag_x", offdiagX)
        v.visit("offdiag_y", offdiagY)
        v.visit("offdiag_z", offdiagZ)
        v.visit("orientation_confidence", orientationConfidence)
        v.visit("old_orientation", UInt8(truncatingIfNeeded: oldOrientation.rawValue))
        v.visit("new_orientation", UInt8(truncatingIfNeeded: newOrientation.rawValue))
        v.visit("scale_factor", scaleFactor)
    }
}
