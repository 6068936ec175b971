/// Finds a motor that stopped producing thrust from how the mixer has to drive it.
///
/// A stopped motor leaves a torque the rate loop keeps fighting: its integrators grow until the
/// mixer asks the dead motor for everything it has, while the motors around it run near their
/// usual share. So the sign of a lost motor is one motor held at the top of its range, for
/// longer than any manoeuvre keeps one there, while the others have headroom (the same
/// observation as ArduPilot's thrust-balance check in `AP_MotorsMatrix`, re-derived; PX4 reads ESC
/// telemetry instead, which a simulated or PWM-driven motor does not give).
///
/// Each motor's thrust share (0...1, before the thrust curve) is low-pass filtered with
/// `timeConstant`; a motor is declared failed once its filtered share is at least `highShare`
/// and at least `imbalance` times the mean filtered share of the other motors. The filter is the
/// confirmation time: a share jumping from hover (about 0.5) to 1 needs about 0.8 s to cross 0.9.
/// The verdict latches (only the first failure is handled, as PX4's `CA_FAILURE_MODE` 1). A
/// full-throttle climb saturates every motor together and does not count.
///
/// Uses only the mixer's own outputs, never the simulator's truth. Allocates nothing.
public struct MotorFailureDetector: Sendable {
    /// Filter time constant of each motor's share, seconds.
    public var timeConstant: Float = 0.5
    /// Filtered share (0...1) a motor must reach to be suspected.
    public var highShare: Float = 0.9
    /// How many times the mean filtered share of the others the suspect's share must be.
    public var imbalance: Float = 1.5
    /// The failed motor (0-based) once detected; stays set until `reset()`.
    public private(set) var failedMotor: Int?
    var filtered = InlineArray<8, Float>(repeating: 0)

    public init() {}

    /// Feeds the shares the mixer just produced for `count` motors, `dt` seconds after the last
    /// call; returns the failed motor on the call that detects it, nil otherwise.
    public mutating func update(shares: Span<Float>, count: Int, dt: Float) -> Int? {
        guard failedMotor == nil, count > 1, dt > 0 else { return nil }
        let alpha = dt / (dt + timeConstant)
        var high: Float = 0, highIndex = 0, sum: Float = 0
        var f = filtered.mutableSpan
        for i in 0..<count {
            f[i] += alpha * (constrain(shares[i], 0, 1) - f[i])
            sum += f[i]
            if f[i] > high { high = f[i]; highIndex = i }
        }
        let othersMean = (sum - high) / Float(count - 1)
        guard high >= highShare, high >= imbalance * othersMean else { return nil }
        failedMotor = highIndex
        return highIndex
    }

    /// Forgets the filter and any verdict (`MulticopterControl` does so while disarmed, unless a
    /// motor is out of the allocation).
    public mutating func reset() {
        filtered = InlineArray(repeating: 0)
        failedMotor = nil
    }
}
