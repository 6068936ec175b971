import CGPS
#if canImport(Glibc)
import Glibc
#endif

/// The operator's own position, as gpsd reports it.
public struct OperatorFix: Sendable, Equatable {
    /// WGS-84 latitude and longitude, degrees.
    public var latitude: Double
    public var longitude: Double
    /// Altitude above mean sea level, metres (nil for a 2-D fix).
    public var altitudeMSL: Double?
    /// 2 for a 2-D fix, 3 for a 3-D fix.
    public var mode: Int
    public var satellitesUsed: Int
}

/// Why the operator's position could not be had.
public enum GpsdError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotConnect(host: String, port: String, reason: String)
    case streamFailed(reason: String)
    case noFix(afterSeconds: Double)
    case connectionLost

    public var description: String {
        switch self {
        case .cannotConnect(let host, let port, let reason):
            return "no gpsd at \(host):\(port) (\(reason)); start gpsd or pass --gpsd HOST:PORT"
        case .streamFailed(let reason): return "gpsd refused to stream reports: \(reason)"
        case .noFix(let s): return "gpsd is running but reported no position fix within \(s) s"
        case .connectionLost: return "the connection to gpsd was lost"
        }
    }
}

/// A session with gpsd through libgps: open, stream, wait for a fix, close.
///
/// Every wait is bounded: with no gpsd the open fails at once, and with no fix `waitForFix`
/// returns `.noFix` when its timeout runs out, never hanging.
public final class GpsdClient {
    private var data = gps_data_t()
    private var isOpen = false
    public let host: String
    public let port: String

    /// Connects to gpsd and asks it to stream reports.
    public init(host: String = "localhost", port: String = "2947") throws(GpsdError) {
        self.host = host; self.port = port
        if gps_open(host, port, &data) != 0 {
            throw .cannotConnect(host: host, port: port, reason: String(cString: gps_errstr(errno)))
        }
        isOpen = true
        if gps_stream(&data, UInt32(WATCH_ENABLE | WATCH_JSON), nil) != 0 {
            let reason = String(cString: gps_errstr(errno))
            gps_close(&data); isOpen = false
            throw .streamFailed(reason: reason)
        }
    }

    deinit { if isOpen { gps_close(&data) } }

    /// Reads reports until one carries a 2-D or 3-D fix, or `timeoutSeconds` pass.
    public func waitForFix(timeoutSeconds: Double = 1.0) throws(GpsdError) -> OperatorFix {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int64(timeoutSeconds * 1000)))
        while clock.now < deadline {
            let remaining = clock.now.duration(to: deadline)
            let micros = max(1, Int32(clamping: remaining.components.seconds * 1_000_000
                                      + remaining.components.attoseconds / 1_000_000_000_000))
            guard gps_waiting(&data, micros) else { continue }
            if gps_read(&data, nil, 0) < 0 { throw .connectionLost }
            let mode = Int(data.fix.mode)
            // Only a report that carried a position counts (a SKY or GSA-driven report can say "3D"
            // before any position arrived, leaving the fields at 0 or NaN).
            let hasPosition = data.set & UInt64(LATLON_SET) != 0
            if mode >= Int(MODE_2D), hasPosition, data.fix.latitude.isFinite, data.fix.longitude.isFinite,
               data.fix.latitude != 0 || data.fix.longitude != 0 {
                let alt = mode >= Int(MODE_3D) && data.fix.altMSL.isFinite ? data.fix.altMSL : nil
                return OperatorFix(latitude: data.fix.latitude, longitude: data.fix.longitude,
                                   altitudeMSL: alt, mode: mode, satellitesUsed: Int(data.satellites_used))
            }
        }
        throw .noFix(afterSeconds: timeoutSeconds)
    }
}
