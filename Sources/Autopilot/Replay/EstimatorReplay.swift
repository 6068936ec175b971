import FlightCore
import FlightMath

/// Reruns Swiftlet's estimator over a flight log's sensor samples, through the entry points the
/// flight stack uses (`Estimator.predict` for every IMU sample, `Estimator.fuse` for the others,
/// slow sensors before the IMU sample of the same time), with the configuration the stack uses.
///
/// The replayed estimate is sampled every `outputInterval` µs of IMU time once the estimator has
/// set its origin. Sans-I/O: the caller times the run.
public struct EstimatorReplay: Sendable {
    /// The replayed estimate, in the estimator's own NED frame (`origin`).
    public var track = RecordedTrack(source: "replay")
    /// Validity of the solution at each `track.position` sample.
    public var validity: [NavigationState.Validity] = []
    /// Largest innovation test ratio of each measurement over the replay.
    public var maxTestRatios = InnovationTestRatios()
    /// Status at the end of the replay.
    public var finalStatus = EstimatorStatus()
    /// Samples fed, IMU and the others.
    public var samplesProcessed = 0
    /// Time of the first output with the whole solution valid (nil: never).
    public var firstFullyValid: UInt64?
    /// The estimator's configuration (the stack's).
    public let config: EstimatorConfig

    public init(config: EstimatorConfig = EstimatorConfig()) { self.config = config }

    /// Replays `flight`, sampling the estimate every `outputInterval` µs.
    public mutating func run(_ flight: RecordedFlight, outputInterval: UInt64 = 20_000) {
        var estimator = Estimator(config: config)
        var nextOutput: UInt64 = 0
        for sample in flight.samples {
            samplesProcessed += 1
            switch sample {
            case .gnss(let g): estimator.fuse(g)
            case .baro(let b): estimator.fuse(b)
            case .mag(let m): estimator.fuse(m)
            case .imu(let s):
                estimator.predict(s)
                let status = estimator.status
                let r = status.testRatios
                if status.aligned {
                    maxTestRatios.gnssHorizontalPosition = max(maxTestRatios.gnssHorizontalPosition, r.gnssHorizontalPosition)
                    maxTestRatios.gnssVerticalPosition = max(maxTestRatios.gnssVerticalPosition, r.gnssVerticalPosition)
                    maxTestRatios.gnssVelocity = max(maxTestRatios.gnssVelocity, r.gnssVelocity)
                    maxTestRatios.baroHeight = max(maxTestRatios.baroHeight, r.baroHeight)
                    maxTestRatios.magnetometer = max(maxTestRatios.magnetometer, r.magnetometer)
                }
                let t = s.time.micros
                guard t >= nextOutput else { continue }
                let nav = estimator.navigationState
                guard let origin = nav.origin else { continue }
                nextOutput = t + outputInterval
                if track.origin == nil { track.origin = origin }
                track.position.append(t, nav.position)
                track.velocity.append(t, nav.velocity)
                track.attitude.append(t, nav.attitude)
                validity.append(nav.validity)
                if firstFullyValid == nil && nav.validity.contains(.all) { firstFullyValid = t }
            }
        }
        finalStatus = estimator.status
    }
}
