import FlightCore
import FlightMath

/// MAVLink `MAV_STATE` numbers for the heartbeat's system status.
public enum SystemState: UInt8, Sendable, Equatable {
    case uninitialized = 0, boot = 1, calibrating = 2, standby = 3, active = 4, critical = 5,
         emergency = 6, poweroff = 7, flightTermination = 8
}

/// Landed state, numbered as MAVLink's `MAV_LANDED_STATE`.
public enum LandedState: UInt8, Sendable, Equatable {
    case undefined = 0, onGround = 1, inAir = 2, takingOff = 3, landing = 4
}

/// The airframe kind reported in the heartbeat (`MAV_TYPE` numbers).
public enum VehicleType: UInt8, Sendable, Equatable {
    case quadrotor = 2, hexarotor = 13, octorotor = 14
}

/// A geodetic position: WGS-84 latitude/longitude in degrees, altitude in metres above mean sea level.
public struct GlobalPosition: Sendable, Equatable {
    public var latitudeDegrees: Double
    public var longitudeDegrees: Double
    /// Metres above mean sea level.
    public var altitudeMSL: Double
    public init(latitudeDegrees: Double, longitudeDegrees: Double, altitudeMSL: Double) {
        self.latitudeDegrees = latitudeDegrees; self.longitudeDegrees = longitudeDegrees; self.altitudeMSL = altitudeMSL
    }
    /// Latitude, degrees × 1e7.
    public var latE7: Int32 { Int32(clamping: Int64((latitudeDegrees * 1e7).rounded())) }
    /// Longitude, degrees × 1e7.
    public var lonE7: Int32 { Int32(clamping: Int64((longitudeDegrees * 1e7).rounded())) }
}

/// Home: where return-to-launch goes and what relative altitudes refer to.
public struct HomeLocation: Sendable, Equatable {
    public var global: GlobalPosition
    /// Metres, NED from the estimator origin.
    public var localNED: Vector3
    public init(global: GlobalPosition, localNED: Vector3) { self.global = global; self.localNED = localNED }
}

/// Raw GNSS receiver output (`GPS_RAW_INT`).
public struct GnssReport: Sendable, Equatable {
    /// `GPS_FIX_TYPE`: 0 no GPS, 1 no fix, 2 2D, 3 3D, 4 DGPS, 5 RTK float, 6 RTK fixed.
    public var fixType: UInt8 = 0
    public var position = GlobalPosition(latitudeDegrees: 0, longitudeDegrees: 0, altitudeMSL: 0)
    /// Horizontal / vertical accuracy, metres (1-sigma).
    public var horizontalAccuracy: Float = .nan
    public var verticalAccuracy: Float = .nan
    /// Ground speed m/s and course over ground, radians from north.
    public var groundSpeed: Float = 0
    public var course: Float = 0
    public var satellites: UInt8 = 0
    public init() {}
}

/// Battery state (`SYS_STATUS`, `BATTERY_STATUS`).
public struct BatteryReport: Sendable, Equatable {
    /// Volts, amps (positive discharging), milliamp-hours drawn.
    public var volts: Float = .nan
    public var amps: Float = .nan
    public var consumedMilliampHours: Float = .nan
    /// Energy drawn, watt-hours (NaN when unknown).
    public var consumedWattHours: Float = .nan
    /// Remaining fraction 0…1, NaN when unknown.
    public var remaining: Float = .nan
    public init() {}
}

/// Estimator health (`ESTIMATOR_STATUS`): which outputs are usable, and innovation test ratios.
public struct EstimatorReport: Sendable, Equatable {
    public var attitudeValid = false
    public var horizontalVelocityValid = false
    public var verticalVelocityValid = false
    public var horizontalPositionValid = false
    public var verticalPositionValid = false
    /// The estimator's accelerometer check failed (`ESTIMATOR_ACCEL_ERROR`).
    public var accelerometerError = false
    /// Innovation test ratios (1 = at the gate), NaN when unknown.
    public var velocityRatio: Float = .nan
    public var horizontalPositionRatio: Float = .nan
    public var verticalPositionRatio: Float = .nan
    public var magnetometerRatio: Float = .nan
    /// 1-sigma accuracies, metres.
    public var horizontalAccuracy: Float = .nan
    public var verticalAccuracy: Float = .nan
    public init() {}
}

/// Mission progress for `MISSION_CURRENT` and `MISSION_ITEM_REACHED`.
public struct MissionProgress: Sendable, Equatable {
    /// Index of the item being flown (0-based, PX4 convention: no home item).
    public var currentItem: Int = 0
    /// `MISSION_STATE`: 0 unknown, 1 no mission, 2 not started, 3 active, 4 paused, 5 complete.
    public var state: UInt8 = 1
    /// Running count of items reached (`markReached`); a link sends one `MISSION_ITEM_REACHED`
    /// per item it has not sent yet, in order.
    public private(set) var reachedCount: UInt32 = 0
    /// The most recent reached items, by running number modulo `reachedMemory`.
    var reached: InlineArray<8, Int32> = InlineArray(repeating: 0)
    /// How many recent reached items are remembered for links that fall behind.
    public static let reachedMemory = 8

    public init() {}

    /// Records that `item` was reached (several may be reached within one step: immediate items).
    public mutating func markReached(_ item: Int) {
        reached[Int(reachedCount % UInt32(Self.reachedMemory))] = Int32(clamping: item)
        reachedCount &+= 1
    }

    /// The item reached as running number `number` (0 = first ever), nil when forgotten or not yet reached.
    public func reachedItem(_ number: UInt32) -> Int? {
        guard number < reachedCount, reachedCount - number <= UInt32(Self.reachedMemory) else { return nil }
        return Int(reached[Int(number % UInt32(Self.reachedMemory))])
    }

    /// The last item reached (0 before any).
    public var lastReachedItem: Int { reachedCount == 0 ? 0 : reachedItem(reachedCount - 1) ?? 0 }

    public static func == (a: MissionProgress, b: MissionProgress) -> Bool {
        a.currentItem == b.currentItem && a.state == b.state && a.reachedCount == b.reachedCount
            && (0..<min(a.reachedCount, UInt32(reachedMemory))).allSatisfy { a.reachedItem(a.reachedCount - 1 - $0) == b.reachedItem(b.reachedCount - 1 - $0) }
    }
}

/// Everything the telemetry streams report, in the flight core's own vocabulary.
///
/// The vehicle fills it once per step; the services read it when a message is due. Frames:
/// attitude is the rotation from body FRD to local NED; positions are metres NED from the estimator
/// origin; velocities m/s NED; rates rad/s body FRD.
public struct VehicleTelemetry: Sendable {
    public var vehicleType: VehicleType = .quadrotor
    public var armed = false
    public var mode: FlightMode = .hold
    public var systemState: SystemState = .standby
    public var landedState: LandedState = .onGround
    /// Body FRD → NED.
    public var attitude = Quaternion(w: 1, x: 0, y: 0, z: 0)
    /// rad/s, body FRD.
    public var angularRate = Vector3(0, 0, 0)
    /// Metres, NED from the estimator origin.
    public var positionNED = Vector3(0, 0, 0)
    /// m/s, NED.
    public var velocityNED = Vector3(0, 0, 0)
    /// The estimated global position (altitude AMSL).
    public var global = GlobalPosition(latitudeDegrees: 0, longitudeDegrees: 0, altitudeMSL: 0)
    /// Nil until home is set.
    public var home: HomeLocation?
    public var gnss = GnssReport()
    public var battery = BatteryReport()
    public var estimator = EstimatorReport()
    /// Collective thrust 0…1 (VFR_HUD throttle).
    public var throttle: Float = 0
    /// Actuator outputs as PWM microseconds, the first `servoCount` used.
    public var servoOutputs: InlineArray<8, UInt16> = InlineArray(repeating: 0)
    public var servoCount = 0
    public var mission = MissionProgress()
    /// Event lines (failsafes, arming refusals…) each link forwards as `STATUSTEXT`.
    public var statusTexts = StatusTextLog()
    /// Parameters whose value changed (by any link or command), which each link announces as `PARAM_VALUE`.
    public var parameterChanges = ParameterChangeLog()
    /// The simulator's true state (SITL only; nil on a real vehicle): `SIM_STATE` and
    /// `HIL_STATE_QUATERNION` are sent only while it is set.
    public var truth: SimulatedTruth?
    public init() {}
}
