import MAVLinkDialects
@testable import GroundStation

/// Deterministic 64-bit generator (SplitMix64) for the fake link's loss and duplication.
struct TestRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// The vehicle side of the mission protocol, behaving like ArduPilot (home at sequence 0, which it
/// overwrites with its own home) or PX4, with its own re-request timeout.
struct FakeVehicle {
    var family: AutopilotFamily
    var stored: [MissionKind: [PlanItem]] = [:]
    var opaque: [MissionKind: UInt32] = [:]
    var home = PlanItem(command: PlanCommand.waypoint, frame: PlanFrame.global,
                        latitude: 47.3977, longitude: 8.5456, altitude: 488)
    /// Misbehaviours for tests.
    var ackAfterFirstItem = false
    var rejectWith: UInt32?
    var corruptReadBackAt: Int?
    var silent = false

    var receiving: (kind: MissionKind, count: Int, items: [PlanItem], next: Int)?
    var lastRequestAt: Duration = .zero
    var currentSeq = 0
    var outbox: [Common.Message] = []

    init(family: AutopilotFamily) {
        self.family = family
        if family == .ardupilot { stored[.mission] = [home] }
    }

    func kind(_ t: MAVMissionType) -> MissionKind { MissionKind(rawValue: UInt8(t.rawValue)) ?? .mission }
    func type(_ k: MissionKind) -> MAVMissionType { MAVMissionType(rawValue: UInt32(k.rawValue)) }

    mutating func receive(_ m: Common.Message, at now: Duration) {
        guard !silent else { return }
        switch m {
        case .missionCount(let c):
            let k = kind(c.missionType)
            if let r = rejectWith { ack(r, k); return }
            receiving = (k, Int(c.count), [], 0)
            if c.count == 0 { commit(); return }
            request(0, at: now)
        case .missionItemInt(let it):
            let k = kind(it.missionType)
            if var r = receiving, r.kind == k {
                guard Int(it.seq) == r.next else { return }
                r.items.append(PlanItem(command: UInt16(it.command.rawValue), frame: UInt8(it.frame.rawValue),
                                        autocontinue: it.autocontinue != 0, param1: it.param1, param2: it.param2,
                                        param3: it.param3, param4: it.param4, x: it.x, y: it.y, z: it.z))
                r.next += 1
                receiving = r
                if ackAfterFirstItem || r.next == r.count { commit() } else { request(r.next, at: now) }
            } else if Int(it.seq) + 1 == (stored[k]?.count ?? -1) {
                ack(0, k, opaque: opaque[k] ?? 0)   // our ACK was lost and the client resent the last item
            }
        case .missionRequestList(let l):
            let k = kind(l.missionType)
            outbox.append(.missionCount(MissionCount(targetSystem: 255, targetComponent: 190,
                                                     count: UInt16(stored[k]?.count ?? 0), missionType: l.missionType,
                                                     opaqueId: opaque[k] ?? 0)))
        case .missionRequestInt(let r):
            let k = kind(r.missionType)
            guard let items = stored[k], Int(r.seq) < items.count else { return }
            var it = items[Int(r.seq)]
            if corruptReadBackAt == Int(r.seq) { it.z += 1 }
            outbox.append(.missionItemInt(MissionItemInt(
                targetSystem: 255, targetComponent: 190, seq: r.seq, frame: MAVFrame(rawValue: UInt32(it.frame)),
                command: MAVCmd(rawValue: UInt32(it.command)), current: 0, autocontinue: it.autocontinue ? 1 : 0,
                param1: it.param1, param2: it.param2, param3: it.param3, param4: it.param4,
                x: it.x, y: it.y, z: it.z, missionType: r.missionType)))
        case .missionClearAll(let c):
            let k = kind(c.missionType)
            stored[k] = k == .mission && family == .ardupilot ? [home] : []
            ack(0, k)
        case .missionSetCurrent(let s):
            currentSeq = Int(s.seq)
            outbox.append(.missionCurrent(MissionCurrent(seq: s.seq, total: UInt16(stored[.mission]?.count ?? 0))))
        default: break
        }
    }

    mutating func poll(at now: Duration) -> [Common.Message] {
        if let r = receiving, now - lastRequestAt > .milliseconds(400) { request(r.next, at: now) }
        defer { outbox.removeAll() }
        return outbox
    }

    mutating func request(_ seq: Int, at now: Duration) {
        lastRequestAt = now
        outbox.append(.missionRequestInt(MissionRequestInt(targetSystem: 255, targetComponent: 190,
                                                           seq: UInt16(seq), missionType: type(receiving!.kind))))
    }

    mutating func commit() {
        guard var r = receiving else { return }
        if r.kind == .mission, family == .ardupilot, !r.items.isEmpty { r.items[0] = home }
        stored[r.kind] = r.items
        opaque[r.kind, default: 0] &+= 0x1000_0001
        receiving = nil
        ack(0, r.kind, opaque: opaque[r.kind]!)
    }

    mutating func ack(_ result: UInt32, _ k: MissionKind, opaque: UInt32 = 0) {
        outbox.append(.missionAck(MissionAck(targetSystem: 255, targetComponent: 190,
                                             type: MAVMissionResult(rawValue: result), missionType: type(k), opaqueId: opaque)))
    }
}

/// A link between a `MissionClient` and a `FakeVehicle` with latency, loss and duplication in each
/// direction, stepped on a fake clock.
struct FakeLink {
    var loss: Double
    var duplicate: Double
    var latency: Duration = .milliseconds(40)
    var rng: TestRandom
    var toVehicle: [(Duration, Common.Message)] = []
    var toClient: [(Duration, Common.Message)] = []
    var now: Duration = .zero
    var sentByClient = 0

    init(loss: Double, duplicate: Double = 0, seed: UInt64) {
        self.loss = loss; self.duplicate = duplicate; rng = TestRandom(state: seed)
    }

    mutating func carry(_ ms: [Common.Message], toVehicle forward: Bool) {
        for m in ms {
            if rng.unit() < loss { continue }
            var due = [(now + latency, m)]
            if rng.unit() < duplicate { due.append((now + latency + .milliseconds(5), m)) }
            if forward { toVehicle += due } else { toClient += due }
        }
    }

    /// Runs until the client finishes or `limit` passes; returns the client's result.
    mutating func run(_ client: inout MissionClient, _ vehicle: inout FakeVehicle,
                      limit: Duration = .seconds(300)) -> Result<MissionOutcome, MissionTransferError>? {
        let step = Duration.milliseconds(10)
        let end = now + limit
        while now < end {
            let out = client.poll(at: now)
            sentByClient += out.count
            carry(out, toVehicle: true)
            carry(vehicle.poll(at: now), toVehicle: false)
            let dueV = toVehicle.filter { $0.0 <= now }; toVehicle.removeAll { $0.0 <= now }
            for (_, m) in dueV { vehicle.receive(m, at: now) }
            let dueC = toClient.filter { $0.0 <= now }; toClient.removeAll { $0.0 <= now }
            for (_, m) in dueC { client.receive(m, systemID: 1, componentID: 1, at: now) }
            if let r = client.result {
                // Let trailing messages (the download ACK) reach the vehicle.
                carry(client.poll(at: now), toVehicle: true)
                return r
            }
            now += step
        }
        return nil
    }
}
