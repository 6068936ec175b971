/// A periodic report of a SITL runtime's timing, for soak tests and monitoring.
public struct RuntimeStatus: Sendable {
    /// MAVLink system id of the vehicle.
    public var systemID: UInt8
    /// Simulated time, s since the simulation started.
    public var simulatedSeconds: Double
    /// Wall-clock time since `run` started, s.
    public var wallSeconds: Double
    /// Whether the runtime is paced (a finite speed-up); an unpaced one has no deadlines.
    public var paced: Bool
    /// Service steps (every `SITLOptions.servicePeriodMicros` of simulated time) run so far.
    public var serviceSteps: Int
    /// Service steps that missed their wall-clock deadline (see `DeadlineMonitor`).
    public var missedDeadlines: Int
    /// The worst lateness of a service step against its due wall time, s.
    public var worstLatenessSeconds: Double
    /// The most running time the loop's thread spent on one service step, s (see
    /// `DeadlineMonitor.worstOwnWork`).
    public var worstOwnWorkSeconds: Double = 0
    /// Where that step's time went (nil before one was measured).
    public var worstStep: StepTimeBreakdown?
    /// Late steps and stalls by what they lost their time to (see `StallCause`).
    public var missedByCause: [(cause: StallCause, steps: Int, stalls: Int)] = []
    /// The allowance a step may be late by before it counts as missed, s of wall time.
    public var allowanceSeconds: Double
    /// Whether the vehicle is armed.
    public var armed: Bool

    /// One line of JSON (`{"status": {…}}`), keys in snake case, times in seconds.
    public var jsonLine: String {
        func f(_ x: Double) -> String {
            let scaled = (x * 1e6).rounded() / 1e6
            return scaled.isFinite ? "\(scaled)" : "null"
        }
        return "{\"status\": {\"sim_time_s\": \(f(simulatedSeconds)), \"wall_s\": \(f(wallSeconds)), \"paced\": \(paced), "
            + "\"service_steps\": \(serviceSteps), \"missed_deadlines\": \(missedDeadlines), "
            + "\"worst_lateness_s\": \(f(worstLatenessSeconds)), \"worst_own_work_s\": \(f(worstOwnWorkSeconds)), "
            + "\"missed_by_cause\": {" + missedByCause.map { "\"\($0.cause.name)\": \($0.steps)" }.joined(separator: ", ") + "}, "
            + "\"stalls_by_cause\": {" + missedByCause.map { "\"\($0.cause.name)\": \($0.stalls)" }.joined(separator: ", ") + "}, "
            + "\"worst_step\": " + (worstStep.map { "{" + $0.jsonMembers + "}" } ?? "null") + ", "
            + "\"allowance_s\": \(f(allowanceSeconds)), \"armed\": \(armed), \"sysid\": \(systemID)}}"
    }
}
