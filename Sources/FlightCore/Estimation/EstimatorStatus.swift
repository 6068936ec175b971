/// Why part of the solution is not good.
public enum SolutionIssue: UInt8, Sendable {
    case none = 0
    /// Stationary alignment has not finished.
    case aligning = 1
    /// No GNSS origin yet, or GNSS lost for longer than the dead-reckoning limit.
    case noGnss = 2
    /// GNSS measurements are being rejected by the innovation gate.
    case gnssInconsistent = 3
    /// The estimate's uncertainty is above the limit.
    case uncertaintyTooLarge = 4
    /// Heading is not yet known (no magnetometer and not enough GNSS manoeuvring).
    case headingUnknown = 5
    /// No height measurement (barometer or GNSS) has been fused recently.
    case noHeightSource = 6
}

/// Innovation test ratios of the latest fusion of each measurement: innovation² / (gate² ·
/// innovation variance); values above 1 were rejected. Zero when not fused yet.
public struct InnovationTestRatios: Sendable, Equatable {
    public var gnssHorizontalPosition: Float = 0
    public var gnssVerticalPosition: Float = 0
    public var gnssVelocity: Float = 0
    public var baroHeight: Float = 0
    public var magnetometer: Float = 0
    public init() {}
}

/// Health of the estimator: what telemetry (`ESTIMATOR_STATUS`, `EKF_STATUS_REPORT`) and arming checks read.
public struct EstimatorStatus: Sendable {
    /// Stationary alignment done: attitude states initialised.
    public var aligned = false
    /// The NED origin has been set from GNSS.
    public var originSet = false
    /// Heading is from the magnetometer or aligned to GNSS velocity.
    public var headingAligned = false
    /// The magnetometer is being fused (false when disabled or declared bad).
    public var usingMagnetometer = false
    /// Test ratios per sensor.
    public var testRatios = InnovationTestRatios()
    /// Why attitude (tilt), horizontal velocity, horizontal position and height are not good
    /// (`.none` when they are). Heading is in `headingAligned`.
    public var attitudeIssue: SolutionIssue = .aligning
    public var velocityIssue: SolutionIssue = .aligning
    public var positionIssue: SolutionIssue = .aligning
    public var heightIssue: SolutionIssue = .aligning
    /// Standard deviations: tilt (rad), heading (rad), horizontal velocity (m/s), horizontal position (m).
    public var tiltStd: Float = 0
    public var headingStd: Float = 0
    public var velocityStd: Float = 0
    public var positionStd: Float = 0
    /// Counts of yaw resets from GNSS velocity, and of position/velocity resets to GNSS.
    public var yawResets = 0
    public var gnssResets = 0
    /// The accelerometer disagrees with both height sensors (`EstimatorConfig.badAccelerometerTime`,
    /// `Estimator.checkVerticalConsistency`):
    /// set when declared, for `badAccelerometerProbation` seconds; the filter restarts its vertical
    /// solution and accelerometer bias meanwhile. Counted in `badAccelerometerDeclarations`.
    public var badVerticalAccelerometer = false
    public var badAccelerometerDeclarations = 0
    /// The filter can be flown on: aligned, and no sensor declared bad (what the commander's
    /// estimator-failure failsafe and pre-arm check read, with the attitude validity).
    public var healthy: Bool { aligned && !badVerticalAccelerometer }
    /// Measurements rejected by the gates since start.
    public var rejectedMeasurements = 0
    /// Sensor samples processed at the fusion horizon since start (accepted or not).
    public var gnssFusions = 0, baroFusions = 0, magFusions = 0
    /// Filter intervals predicted at the fusion horizon since start.
    public var filterPredictions = 0
    public init() {}
}
