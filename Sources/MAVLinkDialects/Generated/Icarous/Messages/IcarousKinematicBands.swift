// Generated from icarous.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Kinematic multi bands (track) output from Daidalus
///
/// MAVLink message `ICAROUS_KINEMATIC_BANDS` (id 42001).
public struct IcarousKinematicBands: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 42001 }
    @inlinable public static var name: StaticString { "ICAROUS_KINEMATIC_BANDS" }
    @inlinable public static var crcExtra: UInt8 { 239 }
    @inlinable public static var minLength: Int { 46 }
    @inlinable public static var maxLength: Int { 46 }

    /// Number of track bands
    public var numBands: Int8
    /// See the TRACK_BAND_TYPES enum.
    /// Values: `IcarousTrackBandTypes`.
    public var type1: IcarousTrackBandTypes
    /// min angle (degrees)
    /// Units: deg.
    public var min1: Float
    /// max angle (degrees)
    /// Units: deg.
    public var max1: Float
    /// See the TRACK_BAND_TYPES enum.
    /// Values: `IcarousTrackBandTypes`.
    public var type2: IcarousTrackBandTypes
    /// min angle (degrees)
    /// Units: deg.
    public var min2: Float
    /// max angle (degrees)
    /// Units: deg.
    public var max2: Float
    /// See the TRACK_BAND_TYPES enum.
    /// Values: `IcarousTrackBandTypes`.
    public var type3: IcarousTrackBandTypes
    /// min angle (degrees)
    /// Units: deg.
    public var min3: Float
    /// max angle (degrees)
    /// Units: deg.
    public var max3: Float
    /// See the TRACK_BAND_TYPES enum.
    /// Values: `IcarousTrackBandTypes`.
    public var type4: IcarousTrackBandTypes
    /// min angle (degrees)
    /// Units: deg.
    public var min4: Float
    /// max angle (degrees)
    /// Units: deg.
    public var max4: Float
    /// See the TRACK_BAND_TYPES enum.
    /// Values: `IcarousTrackBandTypes`.
    public var type5: IcarousTrackBandTypes
    /// min angle (degrees)
    /// Units: deg.
    public var min5: Float
    /// max angle (degrees)
    /// Units: deg.
    public var max5: Float

    public init(numBands: Int8 = 0, type1: IcarousTrackBandTypes = IcarousTrackBandTypes(rawValue: 0), min1: Float = 0, max1: Float = 0, type2: IcarousTrackBandTypes = IcarousTrackBandTypes(rawValue: 0), min2: Float = 0, max2: Float = 0, type3: IcarousTrackBandTypes = IcarousTrackBandTypes(rawValue: 0), min3: Float = 0, max3: Float = 0, type4: IcarousTrackBandTypes = IcarousTrackBandTypes(rawValue: 0), min4: Float = 0, max4: Float = 0, type5: IcarousTrackBandTypes = IcarousTrackBandTypes(rawValue: 0), min5: Float = 0, max5: Float = 0) {
        self.numBands = numBands
        self.type1 = type1
        self.min1 = min1
        self.max1 = max1
        self.type2 = type2
        self.min2 = min2
        self.max2 = max2
        self.type3 = type3
        self.min3 = min3
        self.max3 = max3
        self.type4 = type4
        self.min4 = min4
        self.max4 = max4
        self.type5 = type5
        self.min5 = min5
        self.max5 = max5
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        min1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        max1 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        min2 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        max2 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        min3 = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        max3 = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        min4 = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        max4 = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        min5 = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        max5 = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        numBands = _p.loadUnaligned(fromByteOffset: 40, as: Int8.self)
        type1 = IcarousTrackBandTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)))
        type2 = IcarousTrackBandTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)))
        type3 = IcarousTrackBandTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 43, as: UInt8.self)))
        type4 = IcarousTrackBandTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 44, as: UInt8.self)))
        type5 = IcarousTrackBandTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 45, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: min1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: max1, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: min2, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: max2, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: min3, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: max3, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: min4, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: max4, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: min5, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: max5, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: numBands, toByteOffset: 40, as: Int8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type1.rawValue), toByteOffset: 41, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type2.rawValue), toByteOffset: 42, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type3.rawValue), toByteOffset: 43, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type4.rawValue), toByteOffset: 44, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type5.rawValue), toByteOffset: 45, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("numBands", numBands)
        v.visit("type1", UInt8(truncatingIfNeeded: type1.rawValue))
        v.visit("min1", min1)
        v.visit("max1", max1)
        v.visit("type2", UInt8(truncatingIfNeeded: type2.rawValue))
        v.visit("min2", min2)
        v.visit("max2", max2)
        v.visit("type3", UInt8(truncatingIfNeeded: type3.rawValue))
        v.visit("min3", min3)
        v.visit("max3", max3)
        v.visit("type4", UInt8(truncatingIfNeeded: type4.rawValue))
        v.visit("min4", min4)
        v.visit("max4", max4)
        v.visit("type5", UInt8(truncatingIfNeeded: type5.rawValue))
        v.visit("min5", min5)
        v.visit("max5", max5)
    }
}
