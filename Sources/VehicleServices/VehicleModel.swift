import FlightCore
import FlightMath

/// Which of the three plans a mission-protocol transfer is about (`MAV_MISSION_TYPE`).
public enum PlanKind: UInt8, Sendable, Equatable, CaseIterable {
    case mission = 0, fence = 1, rally = 2
}

/// `MAV_CMD_DO_CHANGE_SPEED` param1: which speed changes.
public enum SpeedKind: UInt8, Sendable, Equatable {
    case airspeed = 0, groundSpeed = 1, climb = 2, descent = 3
}

/// A `MAV_CMD_DO_REPOSITION` request: fly to a point and hold there (guided).
public struct RepositionRequest: Sendable, Equatable {
    /// Target; a NaN coordinate means "keep the current one". Altitude metres AMSL.
    public var latitudeDegrees: Double
    public var longitudeDegrees: Double
    public var altitudeMSL: Double
    /// Ground speed m/s (NaN: default).
    public var speed: Float
    /// Heading at the target, radians from north (NaN: unchanged).
    public var yaw: Float
    public init(latitudeDegrees: Double, longitudeDegrees: Double, altitudeMSL: Double, speed: Float = .nan, yaw: Float = .nan) {
        self.latitudeDegrees = latitudeDegrees; self.longitudeDegrees = longitudeDegrees
        self.altitudeMSL = altitudeMSL; self.speed = speed; self.yaw = yaw
    }
}

/// A `SET_ATTITUDE_TARGET` request (guided/offboard attitude control).
public struct AttitudeTarget: Sendable, Equatable {
    /// Body FRD → NED; nil when the sender ignores attitude.
    public var attitude: Quaternion?
    /// rad/s body FRD; NaN components are ignored.
    public var bodyRate: Vector3
    /// Collective thrust 0…1 (NaN: ignored).
    public var thrust: Float
    public init(attitude: Quaternion?, bodyRate: Vector3, thrust: Float) {
        self.attitude = attitude; self.bodyRate = bodyRate; self.thrust = thrust
    }
}

/// What the vehicle services need from the vehicle: the seam between MAVLink and the flight stack.
///
/// Implemented by the flight stack (commander + navigator + estimator + parameters) on the host
/// and on the board, and by a fake in tests. Used through generics only (`VehicleLink.receive<V>`),
/// so it costs no existential boxes. Every request carries the time it arrives; none may block:
/// a request that takes long answers `.inProgress` and finishes in later steps.
public protocol VehicleModel {
    /// The files offered over MAVLink FTP; `NoFiles` (the default) offers none.
    associatedtype Files: VehicleFileSystem = NoFiles
    var files: Files { get set }

    /// The current state for telemetry (refreshed by the vehicle each step).
    var telemetry: VehicleTelemetry { get }

    // MARK: Commands
    /// Arms; `force` skips pre-arm checks (param2 = 21196). A refusal names the failing check.
    mutating func arm(force: Bool, at time: Tick) -> CommandOutcome
    /// Disarms; without `force` refused in flight.
    mutating func disarm(force: Bool, at time: Tick) -> CommandOutcome
    /// Switches flight mode (land and return-to-launch arrive here too).
    mutating func setMode(_ mode: FlightMode, at time: Tick) -> CommandOutcome
    /// Takes off to `altitude` metres above home (NaN: the configured takeoff altitude).
    mutating func takeoff(altitude: Float, at time: Tick) -> CommandOutcome
    /// Starts the mission, from item `firstItem` (0-based) when given.
    mutating func startMission(firstItem: Int?, at time: Tick) -> CommandOutcome
    /// Flies to a point and holds (guided).
    mutating func reposition(_ request: RepositionRequest, at time: Tick) -> CommandOutcome
    /// Changes a speed, m/s (−1: back to the default).
    mutating func changeSpeed(_ kind: SpeedKind, metresPerSecond: Float, at time: Tick) -> CommandOutcome
    /// Sets home to the current position (`position == nil`) or to a given point.
    mutating func setHome(_ position: GlobalPosition?, at time: Tick) -> CommandOutcome
    /// Reboot (`shutdown == false`) or power off was requested; the vehicle decides and the edge acts.
    mutating func rebootRequested(shutdown: Bool, at time: Tick) -> CommandOutcome
    /// How a command that answered `.inProgress` is getting on (`MAV_CMD` number): `.inProgress`
    /// while running, then its final outcome, which the link sends as the closing `COMMAND_ACK`.
    /// The default says `.accepted` at once.
    func progress(ofCommand command: UInt32) -> CommandOutcome

    // MARK: Guided control
    /// A position/velocity target (`SET_POSITION_TARGET_*`, converted to local NED). False if refused.
    mutating func setGuidedTarget(_ target: GuidedTarget, at time: Tick) -> Bool
    /// An attitude/rate/thrust target (`SET_ATTITUDE_TARGET`). False if refused.
    mutating func setAttitudeTarget(_ target: AttitudeTarget, at time: Tick) -> Bool
    /// Whether `setAttitudeTarget` can ever succeed: decides the `SET_ATTITUDE_TARGET` capability
    /// bit of `AUTOPILOT_VERSION` (default: true).
    static var followsAttitudeTargets: Bool { get }
    /// Converts a global position to metres NED from the estimator origin (nil without an origin).
    func localPosition(of position: GlobalPosition) -> Vector3?

    // MARK: Plans
    /// The plan of `kind` currently installed.
    func plan(_ kind: PlanKind) -> MissionPlan
    /// Validates `plan` whole (`MissionPlan.validate()`, fence containment…) and installs it, or
    /// throws the rejection (its `MAV_MISSION_RESULT` goes into `MISSION_ACK`). An empty plan clears.
    mutating func installPlan(_ plan: MissionPlan, kind: PlanKind, at time: Tick) throws(MissionRejection)
    /// Makes item `index` (0-based) the current mission item; false when out of range.
    mutating func setCurrentMissionItem(_ index: Int, at time: Tick) -> Bool

    // MARK: Parameters
    /// The parameter table (read by the parameter service).
    var parameters: ParameterTable { get }
    /// Sets one parameter (the vehicle re-derives its gains); throws when refused. A change of value
    /// (by this or any other means) is recorded in `telemetry.parameterChanges`, so that every link
    /// announces it with `PARAM_VALUE`.
    mutating func setParameter(at index: Int, to value: ParameterValue, at time: Tick) throws(ParameterError)

    // MARK: Links
    /// The ground station's heartbeat was lost (`connected == false`) or (re)gained on some link.
    mutating func groundStationLink(connected: Bool, at time: Tick)

    // MARK: Pilot
    /// The pilot's sticks arrived (`MANUAL_CONTROL`, see `ManualControlConversion`); the default
    /// ignores them.
    mutating func manualControl(_ input: ManualInput, at time: Tick)
}

extension VehicleModel {
    /// Long commands finish as soon as they started, unless the vehicle says otherwise.
    public func progress(ofCommand command: UInt32) -> CommandOutcome { .accepted }
    public static var followsAttitudeTargets: Bool { true }
}

extension VehicleModel where Files == NoFiles {
    /// No files: FTP requests are answered "not found".
    public var files: NoFiles { get { NoFiles() } set {} }
}
