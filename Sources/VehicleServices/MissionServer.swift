import FlightCore
import MAVLink
import MAVLinkDialects

/// The vehicle side of the MAVLink mission protocol for mission, fence and rally plans.
///
/// Upload: `MISSION_COUNT` → the server requests each item with `MISSION_REQUEST_INT` (or the
/// legacy `MISSION_REQUEST` once the sender answers with legacy `MISSION_ITEM`), re-requesting the
/// expected item when a request or item is lost (timeout `requestTimeoutMicros` until a round trip
/// is measured, then adapted from the measured request-to-item time; at most `maxRetries` times, or
/// `maxRetriesWhileHeard` while the sender is still heard — anything of this upload within
/// `senderSilenceMicros` (10 s) —
/// then `MISSION_ACK` `OPERATION_CANCELLED`); items arriving twice or out of
/// order are not stored and the expected one is asked for again. The finished plan is validated
/// whole by the vehicle (`VehicleModel.installPlan`) and either installed whole (`MISSION_ACK`
/// accepted with the plan's `opaque_id`) or refused with the exact `MAV_MISSION_RESULT`, leaving
/// the old plan in place; when that ACK is lost and the last item arrives again, the same ACK is
/// sent again. Download: `MISSION_REQUEST_LIST` → `MISSION_COUNT` (with `opaque_id`),
/// then any item is served on request, in any order, any number of times. PX4 convention: item 0
/// is the first mission item, no home item.
///
/// Partial transfers (`MISSION_REQUEST_PARTIAL_LIST`, `MISSION_WRITE_PARTIAL_LIST`): a partial
/// download streams the items of the range as `MISSION_ITEM_INT`, paced by the outbox, without a
/// `MISSION_COUNT` (end −1: to the last item). A partial upload requests the items of the range
/// exactly as a full upload does; they replace those items of the installed plan (a range may
/// extend the plan by starting at most at its end), and the resulting plan is validated and
/// installed whole, or refused leaving the old one. A range that does not fit the plan is refused
/// with `MAV_MISSION_INVALID_SEQUENCE` and a `STATUSTEXT`.
///
/// Methods take the vehicle `inout` even where they only read it: a by-value argument taken from
/// the caller's `inout` vehicle is a copy of the whole vehicle (the flight stack and its telemetry,
/// kilobytes) on the stack, which the firmware's 64 KB stack cannot afford (docs/FIRMWARE.md).
public struct MissionServer: Sendable {
    /// Timing of an upload.
    public struct Config: Sendable {
        /// How long to wait for the requested item before asking again, microseconds (spec: 1500 ms).
        public var requestTimeoutMicros: UInt64 = 1_500_000
        /// Re-requests of one item before the upload is cancelled (spec: 5).
        public var maxRetries = 5
        /// Re-requests of one item while the sender is still heard: the losses are the radio's.
        public var maxRetriesWhileHeard = 20
        /// Silence from the sender after which it counts as gone, microseconds.
        public var senderSilenceMicros: UInt64 = 10_000_000
        public init() {}
    }

    /// An upload in progress.
    struct Upload: Sendable {
        var kind: PlanKind
        var count: Int
        var next: Int
        var plan: MissionPlan
        var peer: (UInt8, UInt8)
        var lastRequest: Tick
        var retries: Int
        var legacy: Bool
        /// The last request was a repeat (no round-trip sample from its answer: Karn's rule).
        var repeated = false
        /// When anything of this upload last arrived from the sender, microseconds.
        var heardMicros: UInt64 = 0
        /// The item asked for by the last request (−1 before the first).
        var lastRequestedSeq = -1
        /// For a partial upload: the installed plan's items after the written range, kept after it.
        var keepFrom: Int?
    }

    /// A partial download in progress: items `next...last` still to send.
    struct Download: Sendable {
        var kind: PlanKind
        var next: Int
        var last: Int
        var peer: (UInt8, UInt8)
    }

    /// The answer to the last finished upload, repeated when its last item arrives again (the
    /// ground station resends it when the `MISSION_ACK` was lost).
    struct FinishedUpload: Sendable {
        var kind: PlanKind
        var lastSeq: Int
        var result: MissionResult
        var opaqueID: UInt32
    }

    public var config: Config
    /// Most items an uploaded plan (each of mission, fence, rally) may hold; a larger upload is
    /// refused with `MAV_MISSION_NO_SPACE`. An upload allocates storage for its own item count
    /// (36 bytes an item), once; a host keeps `MissionPlan.defaultCapacity` (1000), a
    /// microcontroller sets what its heap holds for three plans plus one upload in progress.
    public var planCapacity = MissionPlan.defaultCapacity
    /// Request-to-item round trip, setting the re-request timeout (spec default until measured).
    public private(set) var rtt: RoundTripEstimator
    var upload: Upload?
    var finished: FinishedUpload?
    var download: Download?
    /// Why the last upload failed (for tests and logs), nil after a success.
    public private(set) var lastRejection: MissionRejection?

    public init(config: Config = Config()) {
        self.config = config
        rtt = RoundTripEstimator(initialTimeout: .microseconds(Int64(config.requestTimeoutMicros)))
    }

    /// True while an upload is in progress.
    public var isReceiving: Bool { upload != nil }

    // MARK: Upload

    /// The plan kind an upload may start for, or nil after refusing it: an unknown mission type is
    /// UNSUPPORTED, another kind's upload in progress DENIED.
    func uploadKind(_ rawKind: UInt32, from peer: (UInt8, UInt8), tx: inout Transmitter, outbox: inout Outbox) -> PlanKind? {
        guard let kind = PlanKind(rawValue: UInt8(truncatingIfNeeded: rawKind)) else {
            ack(.unsupported, kind: .mission, rawKind: rawKind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return nil
        }
        if let u = upload, u.kind != kind {
            ack(.denied, kind: kind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return nil
        }
        return kind
    }

    /// Refuses an upload that would hold `count` items: NO_SPACE and a STATUSTEXT.
    mutating func refuseNoSpace(count: Int, kind: PlanKind, peer: (UInt8, UInt8), tx: inout Transmitter, outbox: inout Outbox) {
        upload = nil
        lastRejection = MissionRejection(.noSpace, at: count)
        ack(.noSpace, kind: kind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
        var line = StatusTextBuilder("Plan refused: more than ")
        line.append(planCapacity); line.append(" items")
        tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: line.fixedString), into: &outbox)
    }

    mutating func count(_ m: MissionCount, from peer: (UInt8, UInt8), at time: Tick,
                        vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard let kind = uploadKind(m.missionType.rawValue, from: peer, tx: &tx, outbox: &outbox) else { return }
        let count = Int(m.count)
        finished = nil
        if count == 0 {
            upload = nil
            finish(MissionPlan(capacity: 0), kind: kind, peer: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
            return
        }
        guard count <= planCapacity else {
            refuseNoSpace(count: count, kind: kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        upload = Upload(kind: kind, count: count, next: 0, plan: MissionPlan(capacity: count), peer: peer, lastRequest: time, retries: 0, legacy: false,
                        heardMicros: time.micros)
        request(at: time, tx: &tx, outbox: &outbox)
    }

    /// `MISSION_WRITE_PARTIAL_LIST`: items `start...end` of the installed plan are about to be replaced.
    mutating func writePartial(_ m: MissionWritePartialList, from peer: (UInt8, UInt8), at time: Tick,
                               vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard let kind = uploadKind(m.missionType.rawValue, from: peer, tx: &tx, outbox: &outbox) else { return }
        let installed = vehicle.plan(kind)
        let start = Int(m.startIndex), end = Int(m.endIndex)
        guard start >= 0, end >= start, start <= installed.count else {
            upload = nil
            refuseRange(kind: kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        guard end < planCapacity else {
            refuseNoSpace(count: end + 1, kind: kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        finished = nil
        var plan = MissionPlan(capacity: max(end + 1, installed.count))
        for i in 0..<start { try? plan.append(installed[i]) }
        upload = Upload(kind: kind, count: end + 1, next: start, plan: plan, peer: peer, lastRequest: time, retries: 0,
                        legacy: false, heardMicros: time.micros, keepFrom: end + 1 < installed.count ? end + 1 : nil)
        request(at: time, tx: &tx, outbox: &outbox)
    }

    mutating func item(_ item: CoreMissionItem, seq: Int, kind rawKind: UInt32, legacy: Bool, from peer: (UInt8, UInt8),
                       at time: Tick, vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard var u = upload, UInt32(u.kind.rawValue) == rawKind else {
            if let f = finished, UInt32(f.kind.rawValue) == rawKind, seq == f.lastSeq {
                ack(f.result, kind: f.kind, to: peer, opaqueID: f.opaqueID, tx: &tx, outbox: &outbox)
            }
            return
        }
        // `u` alone holds the plan's storage from here (every path below stores it back or ends the
        // upload), so appending the item copies nothing.
        upload = nil
        if legacy { u.legacy = true }
        u.heardMicros = time.micros
        guard seq == u.next else {
            // Duplicate or out of order: keep what we have and ask for the expected item again.
            upload = u
            request(at: time, tx: &tx, outbox: &outbox)
            return
        }
        do throws(MissionRejection) { try u.plan.append(item) } catch {
            upload = nil
            refuse(error, kind: u.kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        if !u.repeated, time.micros >= u.lastRequest.micros {
            rtt.add(.microseconds(Int64(time.micros - u.lastRequest.micros)))
        }
        u.next += 1
        u.retries = 0
        u.repeated = false
        if u.next == u.count {
            upload = nil
            if let from = u.keepFrom {
                // The installed plan's items after the written range follow it unchanged.
                let installed = vehicle.plan(u.kind)
                for i in from..<installed.count {
                    do throws(MissionRejection) { try u.plan.append(installed[i]) } catch {
                        refuse(error, kind: u.kind, peer: peer, tx: &tx, outbox: &outbox)
                        return
                    }
                }
            }
            finish(u.plan, kind: u.kind, peer: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
            finished = FinishedUpload(kind: u.kind, lastSeq: seq, result: lastRejection?.result ?? .accepted,
                                      opaqueID: lastRejection == nil ? PlanIdentity.opaqueID(of: u.plan) : 0)
        } else {
            upload = u
            request(at: time, tx: &tx, outbox: &outbox)
        }
    }

    /// A `MISSION_ACK` from the ground station during an upload cancels it.
    mutating func groundStationAck(kind rawKind: UInt32) {
        if let u = upload, UInt32(u.kind.rawValue) == rawKind { upload = nil }
    }

    /// Re-requests a lost item, or gives up after `maxRetries`; streams a partial download.
    mutating func poll(at time: Tick, vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        if download != nil { sendDownload(vehicle: &vehicle, tx: &tx, outbox: &outbox) }
        guard let u = upload, time.micros >= u.lastRequest.micros &+ Self.micros(rtt.timeout) else { return }
        let heard = time.micros &- u.heardMicros <= config.senderSilenceMicros
        if u.retries >= (heard ? config.maxRetriesWhileHeard : config.maxRetries) {
            upload = nil
            lastRejection = MissionRejection(.operationCancelled, at: u.next)
            ack(.operationCancelled, kind: u.kind, to: u.peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: StatusTextBuilder("Plan upload timed out").fixedString), into: &outbox)
            return
        }
        upload!.retries += 1
        request(at: time, tx: &tx, outbox: &outbox)
    }

    static func micros(_ d: Duration) -> UInt64 {
        let c = d.components
        return UInt64(max(0, c.seconds)) &* 1_000_000 &+ UInt64(max(0, c.attoseconds / 1_000_000_000_000))
    }

    mutating func request(at time: Tick, tx: inout Transmitter, outbox: inout Outbox) {
        guard let u = upload else { return }
        // A request for the item asked for last time is a repeat, whatever caused it.
        upload!.repeated = u.next == u.lastRequestedSeq
        upload!.lastRequestedSeq = u.next
        upload!.lastRequest = time
        let type = MAVMissionType(rawValue: UInt32(u.kind.rawValue))
        let seq = UInt16(truncatingIfNeeded: u.next)
        if u.legacy {
            tx.send(MissionRequest(targetSystem: u.peer.0, targetComponent: u.peer.1, seq: seq, missionType: type), into: &outbox)
        } else {
            tx.send(MissionRequestInt(targetSystem: u.peer.0, targetComponent: u.peer.1, seq: seq, missionType: type), into: &outbox)
        }
    }

    mutating func finish(_ plan: MissionPlan, kind: PlanKind, peer: (UInt8, UInt8), at time: Tick,
                         vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        do throws(MissionRejection) {
            try vehicle.installPlan(plan, kind: kind, at: time)
        } catch {
            refuse(error, kind: kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        lastRejection = nil
        ack(.accepted, kind: kind, to: peer, opaqueID: PlanIdentity.opaqueID(of: plan), tx: &tx, outbox: &outbox)
    }

    mutating func refuse(_ rejection: MissionRejection, kind: PlanKind, peer: (UInt8, UInt8),
                         tx: inout Transmitter, outbox: inout Outbox) {
        lastRejection = rejection
        ack(rejection.result, kind: kind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
        var line = StatusTextBuilder(kind == .mission ? "Mission" : kind == .fence ? "Fence" : "Rally")
        line.append(" refused: item "); line.append(rejection.sequence)
        line.append(" "); line.append(Self.reason(rejection.result))
        tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: line.fixedString), into: &outbox)
    }

    func refuseRange(kind: PlanKind, peer: (UInt8, UInt8), tx: inout Transmitter, outbox: inout Outbox) {
        ack(.invalidSequence, kind: kind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
        tx.send(Statustext(severity: MAVSeverity(rawValue: 4), text: StatusTextBuilder("Partial list refused: range outside the plan").fixedString),
                into: &outbox)
    }

    /// Words for a `MAV_MISSION_RESULT`.
    public static func reason(_ result: MissionResult) -> StaticString {
        switch result {
        case .accepted: "accepted"
        case .error: "error"
        case .unsupportedFrame: "unsupported frame"
        case .unsupported: "unsupported command"
        case .noSpace: "too many items"
        case .invalid: "invalid"
        case .invalidParam1: "invalid param1"
        case .invalidParam2: "invalid param2"
        case .invalidParam3: "invalid param3"
        case .invalidParam4: "invalid param4"
        case .invalidParam5: "invalid latitude"
        case .invalidParam6: "invalid longitude"
        case .invalidParam7: "invalid altitude"
        case .invalidSequence: "invalid sequence"
        case .denied: "denied (outside fence)"
        case .operationCancelled: "cancelled"
        }
    }

    func ack(_ result: MissionResult, kind: PlanKind, rawKind: UInt32? = nil, to peer: (UInt8, UInt8), opaqueID: UInt32,
             tx: inout Transmitter, outbox: inout Outbox) {
        tx.send(MissionAck(targetSystem: peer.0, targetComponent: peer.1, type: MAVMissionResult(rawValue: UInt32(result.rawValue)),
                           missionType: MAVMissionType(rawValue: rawKind ?? UInt32(kind.rawValue)), opaqueId: opaqueID), into: &outbox)
    }

    // MARK: Download, clear, current

    func requestList(kind rawKind: UInt32, from peer: (UInt8, UInt8), vehicle: inout some VehicleModel,
                     tx: inout Transmitter, outbox: inout Outbox) {
        guard let kind = PlanKind(rawValue: UInt8(truncatingIfNeeded: rawKind)) else {
            ack(.unsupported, kind: .mission, rawKind: rawKind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return
        }
        let plan = vehicle.plan(kind)
        tx.send(MissionCount(targetSystem: peer.0, targetComponent: peer.1, count: UInt16(truncatingIfNeeded: plan.count),
                             missionType: MAVMissionType(rawValue: rawKind), opaqueId: PlanIdentity.opaqueID(of: plan)), into: &outbox)
    }

    /// `MISSION_REQUEST_PARTIAL_LIST`: items `start...end` (end −1: to the last) are streamed.
    mutating func requestPartial(_ m: MissionRequestPartialList, from peer: (UInt8, UInt8), vehicle: inout some VehicleModel,
                                 tx: inout Transmitter, outbox: inout Outbox) {
        guard let kind = PlanKind(rawValue: UInt8(truncatingIfNeeded: m.missionType.rawValue)) else {
            ack(.unsupported, kind: .mission, rawKind: m.missionType.rawValue, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return
        }
        let count = vehicle.plan(kind).count
        let start = Int(m.startIndex), end = m.endIndex == -1 ? count - 1 : Int(m.endIndex)
        guard start >= 0, end >= start, end < count else {
            refuseRange(kind: kind, peer: peer, tx: &tx, outbox: &outbox)
            return
        }
        download = Download(kind: kind, next: start, last: end, peer: peer)
        sendDownload(vehicle: &vehicle, tx: &tx, outbox: &outbox)
    }

    /// Sends what fits of a partial download; stops early when the plan shrank meanwhile.
    mutating func sendDownload(vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        guard var d = download else { return }
        let plan = vehicle.plan(d.kind)
        while d.next <= d.last && d.next < plan.count && outbox.freeBytes > 300 {
            tx.send(MissionItemConversion.message(plan[d.next], seq: d.next, kind: d.kind, target: d.peer), into: &outbox)
            d.next += 1
        }
        download = d.next <= d.last && d.next < plan.count ? d : nil
    }

    func requestItem(seq: Int, kind rawKind: UInt32, legacy: Bool, from peer: (UInt8, UInt8), vehicle: inout some VehicleModel,
                     tx: inout Transmitter, outbox: inout Outbox) {
        guard let kind = PlanKind(rawValue: UInt8(truncatingIfNeeded: rawKind)) else { return }
        let plan = vehicle.plan(kind)
        guard seq >= 0 && seq < plan.count else {
            ack(.invalidSequence, kind: kind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return
        }
        if legacy {
            tx.send(MissionItemConversion.legacyMessage(plan[seq], seq: seq, kind: kind, target: peer), into: &outbox)
        } else {
            tx.send(MissionItemConversion.message(plan[seq], seq: seq, kind: kind, target: peer), into: &outbox)
        }
    }

    /// `MISSION_CLEAR_ALL`: type 255 clears all three plans.
    mutating func clear(kind rawKind: UInt32, from peer: (UInt8, UInt8), at time: Tick,
                        vehicle: inout some VehicleModel, tx: inout Transmitter, outbox: inout Outbox) {
        if rawKind == 255 {
            for kind in PlanKind.allCases {
                do throws(MissionRejection) { try vehicle.installPlan(MissionPlan(capacity: 0), kind: kind, at: time) } catch {
                    refuse(error, kind: kind, peer: peer, tx: &tx, outbox: &outbox); return
                }
            }
            ack(.accepted, kind: .mission, rawKind: 255, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return
        }
        guard let kind = PlanKind(rawValue: UInt8(truncatingIfNeeded: rawKind)) else {
            ack(.unsupported, kind: .mission, rawKind: rawKind, to: peer, opaqueID: 0, tx: &tx, outbox: &outbox)
            return
        }
        if let u = upload, u.kind == kind { upload = nil }
        finish(MissionPlan(capacity: 0), kind: kind, peer: peer, at: time, vehicle: &vehicle, tx: &tx, outbox: &outbox)
    }
}
