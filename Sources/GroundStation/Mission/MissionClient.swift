import MAVLink
import MAVLinkDialects

/// The ground-station side of the MAVLink mission protocol, as a sans-I/O state machine.
///
/// Messages go in through `receive(_:systemID:componentID:at:)` (or `receive(frame:at:)`), messages
/// to send come out of `poll(at:)`; time is a `Duration` since any origin the caller chooses and
/// only moves when the caller says so. Nothing here reads a clock or touches a socket.
///
/// ```swift
/// var client = MissionClient(targetSystem: 1)
/// try client.start(.upload(plan.items, .mission), at: now)
/// loop { for m in client.poll(at: now) { send(m) }; client.receive(incoming, ...); if client.result != nil { break } }
/// ```
///
/// Behaviour (mission protocol spec):
/// - upload: `MISSION_COUNT`, then each `MISSION_REQUEST_INT`/`MISSION_REQUEST` is answered with
///   that item, in whatever order and as often as asked; `MISSION_ACK` ends it. An ACK that comes
///   before every item was requested is `incomplete`, never success.
/// - download: `MISSION_REQUEST_LIST` → `MISSION_COUNT` → one `MISSION_REQUEST_INT` per item →
///   `MISSION_ACK`; a duplicate of the last item after completion is answered with the ACK again.
/// - every step waits `timeout` (1500 ms until a round trip is measured, then adapted from the
///   measured round trip), resends, and gives up after `maxRetries` (5) resends without progress —
///   unless the vehicle has answered this operation and is still heard (any message within
///   `aliveWindow`): then the losses are the radio's, not a vehicle gone, and it keeps resending up to
///   `maxRetriesWhileHeard` (20) with the back-off capped at ×2. At 20 % loss each way an exchange
///   fails 36 % of the time, so six failures in a row (the spec's five retries) end a 700-item
///   transfer more often than not; twenty-one in a row happen once in 10⁹ exchanges.
/// - ArduPilot (heartbeat autopilot 3) keeps home at mission sequence 0: uploads insert a home item
///   and downloads strip it; PX4 (12) and Swiftlet do not.
public struct MissionClient: Sendable {
    /// The vehicle's system and component ids (0 for the system: take the first vehicle heard).
    public private(set) var targetSystem: UInt8
    public var targetComponent: UInt8
    /// Autopilot family of the target; set from its heartbeat, or by the caller.
    public var autopilot: AutopilotFamily?
    /// Resends without progress before giving up.
    public var maxRetries: Int = 5
    /// Resends without progress before giving up while the vehicle is still heard (see above).
    public var maxRetriesWhileHeard: Int = 20
    /// How recently the vehicle must have been heard to count as present.
    public var aliveWindow: Duration = .seconds(3)
    /// Round-trip estimate that sets the timeout.
    public var rtt: RoundTripEstimator
    /// Home item uploaded at ArduPilot's sequence 0 (position degrees, altitude MSL); zeros by default
    /// (ArduPilot overwrites it with its own home).
    public var homeForArduPilot: PlanItem = PlanItem(command: PlanCommand.waypoint, frame: PlanFrame.global)

    /// Where the current operation is.
    public enum Phase: Equatable, Sendable {
        case idle
        case sendingCount, sendingItems
        case requestingList, requestingItems
        case clearing, settingCurrent
        case finished
    }

    public private(set) var phase: Phase = .idle
    /// The operation's result once finished (nil while running or idle).
    public private(set) var result: Result<MissionOutcome, MissionTransferError>?
    /// Items transferred so far and the total (0 total until known).
    public private(set) var progress: (done: Int, total: Int) = (0, 0)
    /// Total resends made by the current operation (for reports).
    public private(set) var resends = 0

    var operation: MissionOperation?
    var outbox: [Common.Message] = []
    var items: [PlanItem] = []            // protocol items (upload: to send; download: received)
    var requested: Set<Int> = []
    var received: [PlanItem?] = []
    var nextExpected = 0
    var deadline: Duration = .zero
    var retries = 0
    var lastSent: Common.Message?
    var lastSentAt: Duration = .zero
    var lastSentWasResend = false
    var opaqueID: UInt32 = 0
    var uploadedCount = 0
    var currentTarget = 0
    var finishedDownloadKind: MissionKind?
    /// When anything from the target system last arrived.
    var lastHeard: Duration?
    /// The vehicle has answered the current operation at least once.
    var answered = false

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 1, autopilot: AutopilotFamily? = nil,
                rtt: RoundTripEstimator = RoundTripEstimator()) {
        self.targetSystem = targetSystem; self.targetComponent = targetComponent
        self.autopilot = autopilot; self.rtt = rtt
    }

    /// True while an operation runs.
    public var isBusy: Bool { phase != .idle && phase != .finished }

    /// Starts an operation. Throws `.busy` while another runs; needs the target's autopilot family
    /// (from a heartbeat or set by the caller) for mission uploads and downloads.
    public mutating func start(_ op: MissionOperation, at now: Duration) throws(MissionTransferError) {
        guard !isBusy else { throw .busy }
        operation = op; result = nil; resends = 0; retries = 0; opaqueID = 0; answered = false
        requested = []; received = []; nextExpected = 0; finishedDownloadKind = nil
        let home = op.kind == .mission && (autopilot?.missionHasHomeAtZero ?? false)
        switch op {
        case .upload(let planItems, let kind, _):
            items = home ? [homeForArduPilot] + planItems.shiftingJumpTargets(by: 1) : planItems
            uploadedCount = items.count
            progress = (0, items.count)
            phase = .sendingCount
            send(.missionCount(MissionCount(targetSystem: targetSystem, targetComponent: targetComponent,
                                            count: UInt16(items.count), missionType: type(kind))), at: now)
        case .download(let kind):
            items = []; progress = (0, 0)
            phase = .requestingList
            send(.missionRequestList(MissionRequestList(targetSystem: targetSystem, targetComponent: targetComponent,
                                                        missionType: type(kind))), at: now)
        case .clear(let kind):
            progress = (0, 0)
            phase = .clearing
            send(.missionClearAll(MissionClearAll(targetSystem: targetSystem, targetComponent: targetComponent,
                                                  missionType: type(kind))), at: now)
        case .setCurrent(let index):
            currentTarget = index + (home ? 1 : 0)
            progress = (0, 1)
            phase = .settingCurrent
            send(.missionSetCurrent(MissionSetCurrent(targetSystem: targetSystem, targetComponent: targetComponent,
                                                      seq: UInt16(currentTarget))), at: now)
        }
    }

    /// Decodes a frame (common dialect) and handles it.
    public mutating func receive(frame: MAVLinkFrame, at now: Duration) {
        guard let message = Common.Message(frame: frame) else { return }
        receive(message, systemID: frame.systemID, componentID: frame.componentID, at: now)
    }

    /// Handles one message from the link.
    public mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration) {
        if case .heartbeat(let hb) = message {
            if let family = AutopilotFamily(autopilot: hb.autopilot.rawValue), targetSystem == 0 || systemID == targetSystem {
                if targetSystem == 0 { targetSystem = systemID; targetComponent = componentID }
                if autopilot == nil { autopilot = family }
            }
            return
        }
        guard systemID == targetSystem else { return }
        lastHeard = now
        guard let op = operation else { return }
        let kind = op.kind
        switch message {
        case .missionRequestInt(let r) where r.missionType == type(kind):
            answered = true
            handleRequest(Int(r.seq), integer: true, at: now)
        case .missionRequest(let r) where r.missionType == type(kind):
            answered = true
            handleRequest(Int(r.seq), integer: false, at: now)
        case .missionAck(let a) where a.missionType == type(kind):
            answered = true
            handleAck(a, at: now)
        case .missionCount(let c) where c.missionType == type(kind):
            answered = true
            handleCount(c, at: now)
        case .missionItemInt(let item) where item.missionType == type(kind):
            answered = true
            handleItem(item, at: now)
        case .missionCurrent(let c):
            if phase == .settingCurrent, Int(c.seq) == currentTarget {
                finish(.success(.currentSet(op.setCurrentIndex ?? currentTarget)))
            }
        default:
            break
        }
    }

    /// Messages to send now: replies queued by `receive`, and resends whose timeout has passed.
    public mutating func poll(at now: Duration) -> [Common.Message] {
        if isBusy, now >= deadline, let last = lastSent {
            if retries >= (linkAlive(at: now) ? maxRetriesWhileHeard : maxRetries) {
                finish(.failure(.timeout(stage: stageName, retries: retries)))
            } else {
                retries += 1; resends += 1
                resend(last, at: now)
            }
        }
        defer { outbox.removeAll(keepingCapacity: true) }
        return outbox
    }

    /// `poll(at:)`, encoded as frames with the caller's encoder (its system/component ids and sequence).
    public mutating func pollFrames(at now: Duration, encoder: inout MAVLinkEncoder) -> [MAVLinkFrame] {
        poll(at: now).compactMap { m in
            do throws(MAVLinkError) { return try m.frame(with: &encoder) } catch { return nil }
        }
    }

    /// The time by which `poll` should be called again (the pending timeout), or nil when idle.
    public var nextDeadline: Duration? { isBusy ? deadline : nil }

    // MARK: - Handlers

    mutating func handleRequest(_ seq: Int, integer: Bool, at now: Duration) {
        // A request repeated after the ACK needs no answer: the vehicle has finished.
        guard phase == .sendingCount || phase == .sendingItems else { return }
        guard seq >= 0, seq < items.count else { return }
        measure(at: now)
        phase = .sendingItems
        requested.insert(seq)
        progress = (requested.count, items.count)
        retries = 0
        let item = items[seq]
        let kind = operation?.kind ?? .mission
        if integer {
            send(.missionItemInt(MissionItemInt(
                targetSystem: targetSystem, targetComponent: targetComponent, seq: UInt16(seq),
                frame: MAVFrame(rawValue: UInt32(item.frame)), command: MAVCmd(rawValue: UInt32(item.command)),
                current: seq == 0 ? 1 : 0, autocontinue: item.autocontinue ? 1 : 0,
                param1: item.param1, param2: item.param2, param3: item.param3, param4: item.param4,
                x: item.x, y: item.y, z: item.z, missionType: type(kind))), at: now)
        } else {
            let global = item.isGlobal
            send(.missionItem(MissionItem(
                targetSystem: targetSystem, targetComponent: targetComponent, seq: UInt16(seq),
                frame: MAVFrame(rawValue: UInt32(item.frame)), command: MAVCmd(rawValue: UInt32(item.command)),
                current: seq == 0 ? 1 : 0, autocontinue: item.autocontinue ? 1 : 0,
                param1: item.param1, param2: item.param2, param3: item.param3, param4: item.param4,
                x: Float(global ? item.latitude : Double(item.x) * 1e-4),
                y: Float(global ? item.longitude : Double(item.y) * 1e-4), z: item.z, missionType: type(kind))), at: now)
        }
    }

    mutating func handleAck(_ ack: MissionAck, at now: Duration) {
        switch phase {
        case .sendingCount, .sendingItems:
            measure(at: now)
            guard ack.type.rawValue == 0 else { finish(.failure(.rejected(result: ack.type.rawValue, kind: operation!.kind))); return }
            if items.isEmpty || requested.count == items.count {
                opaqueID = ack.opaqueId
                if case .upload(_, let kind, true) = operation {
                    // Verify by reading the plan back.
                    phase = .requestingList; retries = 0
                    send(.missionRequestList(MissionRequestList(targetSystem: targetSystem, targetComponent: targetComponent,
                                                                missionType: type(kind))), at: now)
                } else {
                    finish(.success(.uploaded(count: items.count, opaqueID: ack.opaqueId, verifiedByReadBack: false)))
                }
            } else if phase == .sendingItems {
                finish(.failure(.incomplete(requested: requested.count, of: items.count)))
            }
            // An ACK before any request (a stale one from an earlier exchange) is ignored.
        case .clearing:
            measure(at: now)
            if ack.type.rawValue == 0 { finish(.success(.cleared)) }
            else { finish(.failure(.rejected(result: ack.type.rawValue, kind: operation!.kind))) }
        case .requestingList, .requestingItems:
            if ack.type.rawValue != 0 { finish(.failure(.rejected(result: ack.type.rawValue, kind: operation!.kind))) }
        default: break
        }
    }

    mutating func handleCount(_ c: MissionCount, at now: Duration) {
        guard phase == .requestingList else { return }
        measure(at: now)
        retries = 0
        opaqueID = c.opaqueId
        received = Array(repeating: nil, count: Int(c.count))
        progress = (0, Int(c.count))
        nextExpected = 0
        if c.count == 0 { completeDownload(at: now); return }
        phase = .requestingItems
        requestNext(at: now)
    }

    mutating func handleItem(_ m: MissionItemInt, at now: Duration) {
        let seq = Int(m.seq)
        if phase == .finished, let kind = finishedDownloadKind, m.missionType == type(kind), seq == received.count - 1 {
            // The vehicle missed our ACK and resent the last item: acknowledge again.
            outbox.append(.missionAck(MissionAck(targetSystem: targetSystem, targetComponent: targetComponent,
                                                 type: MAVMissionResult(rawValue: 0), missionType: type(kind))))
            return
        }
        guard phase == .requestingItems, seq == nextExpected, seq < received.count else { return }
        measure(at: now)
        retries = 0
        received[seq] = PlanItem(command: UInt16(truncatingIfNeeded: m.command.rawValue), frame: UInt8(truncatingIfNeeded: m.frame.rawValue),
                                 current: m.current != 0, autocontinue: m.autocontinue != 0,
                                 param1: m.param1, param2: m.param2, param3: m.param3, param4: m.param4,
                                 x: m.x, y: m.y, z: m.z)
        nextExpected += 1
        progress = (nextExpected, received.count)
        if nextExpected == received.count { completeDownload(at: now) } else { requestNext(at: now) }
    }

    mutating func requestNext(at now: Duration) {
        send(.missionRequestInt(MissionRequestInt(targetSystem: targetSystem, targetComponent: targetComponent,
                                                  seq: UInt16(nextExpected), missionType: type(operation!.kind))), at: now)
    }

    mutating func completeDownload(at now: Duration) {
        let kind = operation!.kind
        outbox.append(.missionAck(MissionAck(targetSystem: targetSystem, targetComponent: targetComponent,
                                             type: MAVMissionResult(rawValue: 0), missionType: type(kind))))
        finishedDownloadKind = kind
        var got = received.compactMap { $0 }
        var home: PlanItem?
        if kind == .mission, autopilot?.missionHasHomeAtZero == true, !got.isEmpty {
            home = got.removeFirst()
            got = got.shiftingJumpTargets(by: -1)
        }
        if case .upload(let sent, _, true) = operation {
            let expected = sent
            guard got.count == expected.count else {
                finish(.failure(.readBackMismatch(index: min(got.count, expected.count),
                                                  reason: "vehicle holds \(got.count) items, \(expected.count) sent")))
                return
            }
            for (i, (a, b)) in zip(expected, got).enumerated() where !a.isSame(as: b) {
                finish(.failure(.readBackMismatch(index: i, reason: "sent \(a), read back \(b)")))
                return
            }
            finish(.success(.uploaded(count: uploadedCount, opaqueID: opaqueID, verifiedByReadBack: true)))
        } else {
            finish(.success(.downloaded(items: got, home: home, opaqueID: opaqueID)))
        }
    }

    // MARK: - Plumbing

    mutating func send(_ m: Common.Message, at now: Duration) {
        outbox.append(m)
        lastSent = m; lastSentAt = now; lastSentWasResend = false
        deadline = now + rtt.timeout
    }

    mutating func resend(_ m: Common.Message, at now: Duration) {
        outbox.append(m)
        lastSentAt = now; lastSentWasResend = true
        // Back off ×2, ×4, ×8 — only ×2 while the vehicle is heard (losses, not congestion).
        deadline = now + rtt.timeout * (1 << min(retries, linkAlive(at: now) ? 1 : 3))
    }

    /// The vehicle answered this operation and was heard within `aliveWindow`.
    func linkAlive(at now: Duration) -> Bool {
        answered && lastHeard.map { now - $0 <= aliveWindow } == true
    }

    /// Takes a round-trip sample from the last send when it was not a resend (Karn's rule).
    mutating func measure(at now: Duration) {
        if !lastSentWasResend, now >= lastSentAt { rtt.add(now - lastSentAt) }
        lastSentWasResend = true   // one sample per send
    }

    mutating func finish(_ r: Result<MissionOutcome, MissionTransferError>) {
        result = r; phase = .finished; lastSent = nil
    }

    var stageName: String {
        switch phase {
        case .sendingCount: "waiting for the first item request"
        case .sendingItems: "waiting for the next item request or the ACK"
        case .requestingList: "waiting for the item count"
        case .requestingItems: "waiting for item \(nextExpected)"
        case .clearing: "waiting for the clear ACK"
        case .settingCurrent: "waiting for MISSION_CURRENT"
        default: "idle"
        }
    }

    func type(_ kind: MissionKind) -> MAVMissionType { MAVMissionType(rawValue: UInt32(kind.rawValue)) }
}

extension MissionOperation {
    var setCurrentIndex: Int? { if case .setCurrent(let i) = self { return i }; return nil }
}
