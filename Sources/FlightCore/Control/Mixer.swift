import FlightMath

/// Normalised torque and thrust → motor commands, with desaturation, idle, spool ramps and
/// saturation reporting.
///
/// Desaturation (airmode off, the PX4 "sequential desaturation" idea, re-derived):
/// 1. Mix roll, pitch and thrust. If a motor leaves [0, 1], shift all motors along the thrust
///    column (only downward unless `allowThrustIncrease`), then scale back roll and then pitch
///    along their columns until everything fits.
/// 2. Add yaw; if that saturates, reduce yaw along its column (roll/pitch stay intact); then
///    shift thrust down again if needed.
/// Each shift along a column v picks the gain k making `u + k·v` fit best: the most negative gain
/// needed by an over-range motor plus the most positive needed by an under-range one; a second,
/// half-gain pass settles the remainder.
///
/// After mixing, a motor at its upper limit marks every axis it contributes positively to as
/// saturated positive (negatively to: saturated negative), and the reverse for the lower limit;
/// the rate controller uses this report to stop integrating. Each motor's thrust share `u` is
/// turned into a command through the inverse thrust curve (`MixerSettings.thrustCurve`), then
/// mapped to `idle + (1 − idle)·c`
/// while armed, capped by a spool ceiling that ramps up after arming and down after disarming.
public struct Mixer: Sendable {
    /// Geometry and motor behaviour this mixer was built for.
    public private(set) var settings: MixerSettings
    /// The current allocation (healthy, or without `failedMotor`).
    public private(set) var allocation: ControlAllocation
    /// The failed motor (0-based) the allocation currently excludes, if any.
    public private(set) var failedMotor: Int?
    /// Saturation found by the last `mix`.
    public private(set) var saturation = AxisSaturation.none
    /// Output ceiling, 0...1: ramps up after arming, down after disarming.
    public private(set) var spool: Float = 0
    /// The last outputs, so a disarm ramps down from where the motors were.
    public private(set) var lastOutputs = ActuatorOutputs(count: 0)
    /// Each motor's thrust share (0...1 of its maximum, before the thrust curve and idle) from
    /// the last `mix`, airframe order; what `MotorFailureDetector` watches.
    public private(set) var shares = InlineArray<8, Float>(repeating: 0)

    public init(settings: MixerSettings) throws(MixerError) {
        self.settings = settings
        allocation = try ControlAllocation(settings: settings)
    }

    /// Marks `motor` (0-based) as failed, or clears it with nil, and recomputes the allocation
    /// without it. Throws if the remaining motors cannot control all four axes (quads).
    public mutating func setFailedMotor(_ motor: Int?) throws(MixerError) {
        allocation = try ControlAllocation(settings: settings, failedMotor: motor)
        failedMotor = motor
    }

    /// Takes idle, spool times, thrust curve, airmode and failure handling from `newSettings`; the geometry, arm
    /// length and rotor constant stay (the allocation is rebuilt only by a new `Mixer`).
    public mutating func updateMotorBehaviour(from newSettings: MixerSettings) {
        settings.idle = newSettings.idle
        settings.spoolUpTime = newSettings.spoolUpTime
        settings.spoolDownTime = newSettings.spoolDownTime
        settings.thrustCurve = newSettings.thrustCurve
        settings.allowThrustIncrease = newSettings.allowThrustIncrease
        settings.handlesMotorFailure = newSettings.handlesMotorFailure
    }

    /// Signed gain along column `axis` that best brings `u` into [0, 1].
    @inline(__always) static func desaturationGain(_ u: borrowing MutableSpan<Float>, _ rows: Span<MixRow>, axis: Int, count: Int) -> Float {
        var kMin: Float = 0, kMax: Float = 0
        for i in 0..<count {
            let v = rows[i][axis]
            if abs(v) < 1e-6 { continue }
            var k: Float = 0
            if u[i] < 0 { k = -u[i] / v } else if u[i] > 1 { k = (1 - u[i]) / v } else { continue }
            kMin = min(kMin, k); kMax = max(kMax, k)
        }
        return kMin + kMax
    }

    @inline(__always) static func shift(_ u: inout MutableSpan<Float>, _ rows: Span<MixRow>, axis: Int, count: Int,
                      lower: Float, upper: Float) {
        for pass in 0..<2 {
            var k = desaturationGain(u, rows, axis: axis, count: count)
            if k == 0 { return }   // already inside [0, 1] along this column
            if pass == 1 { k *= 0.5 }
            k = constrain(k, lower, upper)
            if k == 0 { return }
            for i in 0..<count { u[i] += k * rows[i][axis] }
        }
    }

    /// The command `c` (0...1) whose thrust `(1 − f)·c + f·c²` equals `thrust` (0...1), for
    /// thrust-curve factor `f` (0 linear, 1 quadratic), so the controllers see a linear actuator.
    @inlinable public static func command(forThrust thrust: Float, curve f: Float) -> Float {
        let k = constrain(f, 0, 1)
        if k < 1e-4 { return thrust }
        let a = 1 - k
        return (-a + (a * a + 4 * k * thrust).squareRoot()) / (2 * k)
    }

    /// Mixes `demand` into motor commands `dt` seconds after the previous call.
    ///
    /// While disarmed the outputs hold their last values under a ceiling that ramps to 0 over
    /// `spoolDownTime` (0: they stop at once).
    public mutating func mix(_ demand: TorqueThrustSetpoint, armed: Bool, dt: Float) -> ActuatorOutputs {
        // Spans, not the arrays themselves: indexing an `InlineArray` held in registers makes
        // the compiler spill all of it to the stack on every access (measured: twice the
        // instructions of the same loop in C).
        let rowStorage = allocation.rows
        let rows = rowStorage.span
        let n = allocation.count
        let thrust = constrain(demand.thrust, 0, 1)
        let t = demand.torque
        var shares = InlineArray<8, Float>(repeating: 0)
        var u = shares.mutableSpan
        for i in 0..<n { u[i] = rows[i].thrust * thrust + rows[i].roll * t.x + rows[i].pitch * t.y }

        // Roll/pitch: first make room by moving thrust, then give up roll, then pitch.
        let thrustUp: Float = settings.allowThrustIncrease ? 1 : 0
        Self.shift(&u, rows, axis: 3, count: n, lower: -thrust, upper: thrustUp)
        Self.shift(&u, rows, axis: 0, count: n, lower: -.infinity, upper: .infinity)
        Self.shift(&u, rows, axis: 1, count: n, lower: -.infinity, upper: .infinity)
        // Yaw last: it only gets what is left.
        for i in 0..<n { u[i] += rows[i].yaw * t.z }
        Self.shift(&u, rows, axis: 2, count: n, lower: -.infinity, upper: .infinity)
        Self.shift(&u, rows, axis: 3, count: n, lower: -1, upper: 0)

        var sat = AxisSaturation.none
        let edge: Float = 1e-4
        for i in 0..<n {
            let atTop = u[i] >= 1 - edge, atBottom = u[i] <= edge
            if !atTop && !atBottom { continue }
            for k in 0..<4 {
                let c = rows[i][k]
                if abs(c) < 1e-6 { continue }
                let bit = AxisSaturation.Axes.axis(k)
                if (c > 0) == atTop { sat.positive.insert(bit) } else { sat.negative.insert(bit) }
            }
        }

        // Spool ceiling.
        if armed {
            spool = settings.spoolUpTime > 0 ? min(1, spool + dt / settings.spoolUpTime) : 1
        } else {
            spool = settings.spoolDownTime > 0 ? max(0, spool - dt / settings.spoolDownTime) : 0
        }
        if spool < 1 { sat.positive.formUnion([.roll, .pitch, .yaw, .thrust]) }
        saturation = sat

        var out = ActuatorOutputs(count: n)
        let idle = constrain(settings.idle, 0, 1)
        for i in 0..<n {
            u[i] = constrain(u[i], 0, 1)
            let c = Self.command(forThrust: u[i], curve: settings.thrustCurve)
            let command = armed ? idle + (1 - idle) * c : lastOutputs[i]
            out[i] = i == failedMotor ? 0 : min(command, spool)
        }
        self.shares = shares
        lastOutputs = out
        return out
    }
}
