import Foundation

/// A local east/north plane about an origin (WGS-84 radii of curvature at the origin), good to
/// centimetres over the few kilometres a plan spans. East and north in metres.
public struct LocalFrame: Sendable {
    public let origin: GeoPoint
    let metresPerRadianNorth: Double, metresPerRadianEast: Double

    public init(origin: GeoPoint) {
        self.origin = origin
        let a = 6_378_137.0, f = 1 / 298.257223563, e2 = f * (2 - f)
        let phi = origin.latitude * .pi / 180, s = sin(phi)
        let w = 1 - e2 * s * s
        metresPerRadianNorth = a * (1 - e2) / (w * w.squareRoot())
        metresPerRadianEast = a / w.squareRoot() * cos(phi)
    }

    /// (east, north) metres of `p` from the origin.
    public func local(_ p: GeoPoint) -> (east: Double, north: Double) {
        ((p.longitude - origin.longitude) * .pi / 180 * metresPerRadianEast,
         (p.latitude - origin.latitude) * .pi / 180 * metresPerRadianNorth)
    }

    /// The point `east`/`north` metres from the origin.
    public func geo(east: Double, north: Double) -> GeoPoint {
        GeoPoint(latitude: origin.latitude + north / metresPerRadianNorth * 180 / .pi,
                 longitude: origin.longitude + east / metresPerRadianEast * 180 / .pi)
    }

    /// Horizontal distance between two points, metres (flat-earth about the origin).
    public func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let p = local(a), q = local(b)
        return ((p.east - q.east) * (p.east - q.east) + (p.north - q.north) * (p.north - q.north)).squareRoot()
    }
}
