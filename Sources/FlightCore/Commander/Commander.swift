/// The commander: arming, flight modes, land and crash detection, failsafes.
///
/// A value-type state machine stepped with explicit time. Requests (`requestArm`, `requestDisarm`,
/// `requestMode`, `setGuidedTarget`) come from the vehicle services; `step(at:health:)` runs each
/// control cycle (any rate from 10 Hz up). Every decision is also queued as a `CommanderEvent`
/// for STATUSTEXT and logs (`nextEvent()`).
///
/// Failsafes: each step the `FailsafeMonitor` lists the active triggers; the most severe configured
/// action wins and is degraded when the estimate cannot support it (see docs/FAILSAFES.md). An
/// airborne vehicle is switched into the action's mode unless it is already in a mode at least as
/// cautious (land > return > hold); a landed, armed vehicle with any hold-or-worse failsafe is
/// disarmed. While a hold-or-worse failsafe stays active, only modes at least as cautious may be
/// selected.
public struct Commander: Sendable {
    /// Thresholds and actions; changing it reconfigures the detectors and failsafe monitor.
    public var config: CommanderConfig {
        didSet { failsafes.config = config.failsafe; landDetector.config = config.landDetector
                 crashDetector.config = config.crashDetector }
    }
    /// True while the motors may spin.
    public private(set) var isArmed = false
    /// The current flight mode (reported in the heartbeat and `CURRENT_MODE`).
    public private(set) var mode: FlightMode
    /// True while the vehicle is on the ground (always true when disarmed).
    public var isLanded: Bool { landDetector.isLanded }
    /// The gear is on the ground during a landing not yet confirmed (`LandDetector.groundContact`).
    public var isInGroundContact: Bool { landDetector.groundContact }
    /// True once the crash detector has fired (until `clearCrash()`).
    public var isCrashed: Bool { crashDetector.crashed }
    /// Active failsafe triggers.
    public var activeFailsafes: FailsafeTriggers { failsafes.active }
    /// The failsafe action in force (after degradation), `.none` when no failsafe is active.
    public private(set) var failsafeAction: FailsafeAction = .none
    /// The latest guided target (nil: none since entering guided mode).
    public private(set) var guidedTarget: GuidedTarget? = nil
    /// When the last guided target arrived, or guided mode was entered, whichever is later.
    public private(set) var lastGuidedActivity: Tick? = nil
    /// When the vehicle armed.
    public private(set) var armedAt: Tick? = nil

    private var landDetector: LandDetector
    private var crashDetector: CrashDetector
    private var failsafes: FailsafeMonitor
    private var events = EventQueue<CommanderEvent>(capacity: 32)
    private var hasTakenOff = false
    private var landedAt: Tick? = nil

    public init(config: CommanderConfig = CommanderConfig(), mode: FlightMode = .hold) {
        self.config = config; self.mode = mode
        landDetector = LandDetector(config: config.landDetector)
        crashDetector = CrashDetector(config: config.crashDetector)
        failsafes = FailsafeMonitor(config: config.failsafe)
    }

    /// The oldest queued event.
    public mutating func nextEvent() -> CommanderEvent? { events.pop() }

    // MARK: Requests

    /// Arms if every pre-arm check for the current mode passes; returns the failing checks (empty: armed).
    @discardableResult
    public mutating func requestArm(at time: Tick, health: VehicleHealth) -> PreArmFailures {
        var failures = PreArmFailures.evaluate(health, mode: mode, at: time, config: config)
        if isArmed { failures.insert(.alreadyArmed) }
        if crashDetector.crashed { failures.insert(.crashed) }
        if let first = failures.first { events.push(.armingDenied(first)); return failures }
        isArmed = true; armedAt = time; hasTakenOff = false; landedAt = time
        failsafes.reset(); failsafeAction = .none
        _ = landDetector.update(at: time, velocity: .zero, thrust: 0, armed: false)
        events.push(.armed(mode))
        return []
    }

    /// Disarms when landed, or anywhere when `force` is set; returns whether the vehicle is now disarmed.
    @discardableResult
    public mutating func requestDisarm(at time: Tick, force: Bool = false) -> Bool {
        guard isArmed else { return true }
        if !force && !landDetector.isLanded { events.push(.disarmDenied); return false }
        disarm(force && !landDetector.isLanded ? .forced : .command)
        return true
    }

    /// Switches mode if the estimate, home and mission allow it and no failsafe forbids it.
    @discardableResult
    public mutating func requestMode(_ requested: FlightMode, at time: Tick, health: VehicleHealth) -> ModeDenial? {
        if let denial = denial(for: requested, health: health) {
            events.push(.modeDenied(requested, denial)); return denial
        }
        setMode(requested, at: time)
        return nil
    }

    /// Why `requested` cannot be entered now (nil: it can).
    public func denial(for requested: FlightMode, health: VehicleHealth) -> ModeDenial? {
        if crashDetector.crashed && isArmed { return .crashed }
        if failsafeAction >= .hold && Self.caution(of: requested) < Self.caution(of: failsafeAction.mode ?? mode) {
            return .failsafeActive
        }
        if !health.has(requested.requiredValidity) { return .estimateNotGoodEnough }
        if requested == .returnToLaunch && health.home == nil { return .noHome }
        if requested == .mission && !health.missionReady { return .missionInvalid }
        return nil
    }

    /// Stores a guided target (used while in guided mode; resets the guided timeout).
    public mutating func setGuidedTarget(_ target: GuidedTarget, at time: Tick) {
        guidedTarget = target; lastGuidedActivity = time
    }

    /// Clears a latched crash (operator acknowledgement after inspection).
    public mutating func clearCrash() { crashDetector.reset() }

    // MARK: Stepping

    /// Runs land and crash detection, failsafes and auto-disarm for this instant.
    public mutating func step(at time: Tick, health: VehicleHealth) {
        let nav = health.navigation
        if crashDetector.update(at: time, attitude: nav.attitude, armed: isArmed) && isArmed {
            events.push(.crashDetected); disarm(.crash); return
        }
        let wasLanded = landDetector.isLanded
        // A horizontal velocity the estimate does not vouch for (GNSS lost) says nothing about resting.
        let velocity = health.has(.horizontalVelocity) ? nav.velocity : Vector3(0, 0, nav.velocity.z)
        let landed = landDetector.update(at: time, velocity: velocity, thrust: health.thrust, armed: isArmed,
                                         descentCommanded: health.descentCommanded,
                                         descentSpeed: health.commandedDescentSpeed)
        guard isArmed else { return }
        if wasLanded && !landed { hasTakenOff = true; landedAt = nil; events.push(.tookOff) }
        if !wasLanded && landed { landedAt = time; events.push(.landed) }

        updateFailsafes(at: time, health: health)
        guard isArmed else { return }

        if landed, let since = landedAt {
            let limit = hasTakenOff ? config.disarmAfterLanding : config.disarmBeforeTakeoff
            if limit > 0 && time.seconds(since: since) >= limit { disarm(hasTakenOff ? .landed : .preflightTimeout) }
        }
    }

    private mutating func updateFailsafes(at time: Tick, health: VehicleHealth) {
        let before = failsafes.active
        // A one-shot target (reposition) is held without a stream: it never times out.
        let oneShot = guidedTarget.map { !$0.streamed } ?? false
        let now = failsafes.update(at: time, health: health, mode: mode, lastGuidedTarget: oneShot ? time : lastGuidedActivity)
        let strongest = failsafes.strongest(of: now)
        let action = FailsafeMonitor.degraded(strongest.action, health: health)
        for t in FailsafeTrigger.allCases {
            if now.contains(t) && !before.contains(t) { events.push(.failsafe(t, action)) }
            if !now.contains(t) && before.contains(t) { events.push(.failsafeCleared(t)) }
        }
        failsafeAction = action
        guard action >= .hold else { return }
        if landDetector.isLanded { disarm(.failsafe); return }
        if let target = action.mode, Self.caution(of: target) > Self.caution(of: mode) { setMode(target, at: time) }
    }

    /// How cautious a mode is, for failsafe escalation: land 3, return 2, hold 1, others 0.
    static func caution(of mode: FlightMode) -> Int {
        switch mode {
        case .land: return 3
        case .returnToLaunch: return 2
        case .hold: return 1
        default: return 0
        }
    }

    private mutating func setMode(_ newMode: FlightMode, at time: Tick) {
        if newMode == .guided && mode != .guided { guidedTarget = nil; lastGuidedActivity = time }
        if newMode != mode { mode = newMode; events.push(.modeChanged(newMode)) }
    }

    private mutating func disarm(_ reason: DisarmReason) {
        isArmed = false; armedAt = nil; landedAt = nil; hasTakenOff = false
        failsafes.reset(); failsafeAction = .none
        _ = landDetector.update(at: .zero, velocity: .zero, thrust: 0, armed: false)
        events.push(.disarmed(reason))
    }
}
