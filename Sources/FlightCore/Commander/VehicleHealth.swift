/// What the commander looks at each step: the estimate and the health of everything around it.
///
/// The edge (or `FlightStack`) fills it from the estimator, sensor drivers, battery monitor, link
/// trackers and geofence; the commander reads it and never reaches for anything else.
public struct VehicleHealth: Sendable {
    /// The estimator's output (NED from its origin).
    public var navigation: NavigationState
    /// The estimator reports its innovations and covariances in bounds.
    public var estimatorHealthy: Bool
    /// Best GNSS fix of the last receiver solution.
    public var gnssFix: GnssFix
    /// When the last GNSS solution arrived (nil: never).
    public var lastGnss: Tick?
    /// Battery state of charge, 0...1 (NaN: unknown, treated as full).
    public var batteryRemaining: Float
    /// IMU, barometer and magnetometer are present and calibrated.
    public var sensorsHealthy: Bool
    /// When the last heartbeat from a ground station arrived (nil: none seen since boot).
    public var lastGroundStationContact: Tick?
    /// When the last manual-control input arrived (nil: none seen since boot).
    public var lastManualInput: Tick?
    /// Collective thrust commanded by the controllers, normalised 0...1.
    public var thrust: Float
    /// The uploaded mission passed validation and has at least one item.
    public var missionReady: Bool
    /// Home, metres NED from the estimator origin (nil: not set).
    public var home: Vector3?
    /// The geofence rule currently broken (nil: inside).
    public var geofenceBreach: GeofenceBreach?
    /// The controllers are being asked to descend (a landing in progress), for the land detector.
    public var descentCommanded: Bool = false
    /// The downward speed the controllers are asked for during that descent, m/s (0: none).
    public var commandedDescentSpeed: Float = 0

    public init(navigation: NavigationState = NavigationState(), estimatorHealthy: Bool = true,
                gnssFix: GnssFix = .fix3D, lastGnss: Tick? = nil, batteryRemaining: Float = .nan,
                sensorsHealthy: Bool = true, lastGroundStationContact: Tick? = nil,
                lastManualInput: Tick? = nil, thrust: Float = 0, missionReady: Bool = false,
                home: Vector3? = nil, geofenceBreach: GeofenceBreach? = nil) {
        self.navigation = navigation; self.estimatorHealthy = estimatorHealthy; self.gnssFix = gnssFix
        self.lastGnss = lastGnss; self.batteryRemaining = batteryRemaining; self.sensorsHealthy = sensorsHealthy
        self.lastGroundStationContact = lastGroundStationContact; self.lastManualInput = lastManualInput
        self.thrust = thrust; self.missionReady = missionReady; self.home = home
        self.geofenceBreach = geofenceBreach
    }

    /// True when the estimate carries every part `validity` names.
    public func has(_ validity: NavigationState.Validity) -> Bool { navigation.validity.isSuperset(of: validity) }
}
