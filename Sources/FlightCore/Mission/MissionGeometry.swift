/// Converts plan coordinates (latitude/longitude × 1e7 and an altitude in an item's frame) into the
/// estimator's local NED frame.
///
/// Relative altitudes are measured from `home`; absolute ones from mean sea level. The estimator's
/// origin altitude and `home.altitude` are taken to be in the same datum (GNSS altitude, AMSL).
public struct MissionGeometry: Sendable {
    /// The local frame of the estimate (its origin is the estimator origin).
    public let plane: LocalTangentPlane
    /// Home, degrees and metres AMSL.
    public let home: GeodeticPosition

    public init(origin: GeodeticPosition, home: GeodeticPosition) {
        plane = LocalTangentPlane(origin: origin); self.home = home
    }

    /// Altitude above mean sea level, metres, of an altitude given in `frame`.
    public func altitudeAMSL(_ altitude: Float, frame: MissionFrame?) -> Double {
        (frame?.isRelativeToHome ?? true) ? home.altitude + Double(altitude) : Double(altitude)
    }

    /// The NED position (metres from the estimator origin) of a plan location.
    public func position(latE7: Int32, lonE7: Int32, altitude: Float, frame: MissionFrame?) -> Vector3 {
        let p = GeodeticPosition(latitude: Double(latE7) * 1e-7, longitude: Double(lonE7) * 1e-7,
                                 altitude: altitudeAMSL(altitude, frame: frame))
        return plane.ned(of: p).vector
    }

    /// The NED position of an item's location.
    public func position(of item: MissionItem) -> Vector3 {
        position(latE7: item.latE7, lonE7: item.lonE7, altitude: item.altitude, frame: item.frame)
    }

    /// The down coordinate (metres NED from the estimator origin) of `altitude` given in `frame`,
    /// vertically above or below `point` (metres NED): for items whose location is "here".
    public func down(ofAltitude altitude: Float, frame: MissionFrame?, above point: Vector3) -> Float {
        var p = geodetic(of: point)
        p.altitude = altitudeAMSL(altitude, frame: frame)
        return Float(plane.ned(of: p).down)
    }

    /// Home's NED position, metres from the estimator origin.
    public var homePosition: Vector3 { plane.ned(of: home).vector }

    /// The geodetic position of a NED point.
    public func geodetic(of position: Vector3) -> GeodeticPosition {
        plane.geodetic(of: NEDOffset(north: Double(position.x), east: Double(position.y), down: Double(position.z)))
    }
}
