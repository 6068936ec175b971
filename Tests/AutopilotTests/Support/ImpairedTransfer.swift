import FlightCore
import GroundStation
import MAVLink
import MAVLinkDialects
import Simulation
import VehicleServices

/// A transfer the reliability table measures.
enum TransferKind: Equatable, CustomStringConvertible {
    case missionUpload(items: Int)
    case missionDownload(items: Int)
    case parameterList

    var description: String {
        switch self {
        case .missionUpload(let n): "mission upload, \(n) items"
        case .missionDownload(let n): "mission download, \(n) items"
        case .parameterList: "parameter list"
        }
    }
}

/// How one transfer went.
struct TransferRun {
    /// The client reported success and the result is complete and exact.
    var succeeded: Bool
    /// The client reported success but the vehicle holds (upload) or the client returned
    /// (download) something other than the whole plan or parameter set. Must never happen.
    var silentlyPartial: Bool
    /// After a failed upload, the vehicle holds neither its previous plan nor the whole new one.
    var halfInstalled: Bool
    /// Simulated time from start to the client's result.
    var time: Duration
    /// The time the protocol needs on this link with nothing lost and nothing else sent.
    var idealTime: Duration
    /// What the client said when it failed.
    var failure: String?
}

/// The real vehicle services (`VehicleLink` with its mission and parameter servers, telemetry at the
/// default rates, a real `FlightStack`) and the real ground-station clients (`MissionClient`,
/// `ParameterClient`), joined by a `LinkImpairment` in each direction. Bytes cross the link as the
/// SITL runtime sends them (one packet per 5 ms service period from the vehicle, one per frame from
/// the ground station); time is simulated, so a 5-minute transfer takes well under a second.
struct ImpairedTransfer {
    var vehicle: FlightStackVehicle<NoFiles>
    var link = VehicleLink()
    var outbox = Outbox()
    var up: LinkImpairment
    var down: LinkImpairment
    var vehicleParser = MAVLinkParser<Common>()
    var clientParser = MAVLinkParser<Common>()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    var now: Duration = .seconds(1)
    var lastHeartbeat: Duration = .zero

    init(settings: LinkImpairment.Settings, seed: UInt64) throws {
        vehicle = FlightStackVehicle(stack: try FlightStack(parameters: ParameterTable()))
        up = LinkImpairment(settings, seed: seed)
        down = LinkImpairment(settings, seed: seed ^ 0x5DEECE66D)
    }

    static func items(_ count: Int) -> [PlanItem] {
        var items = [PlanItem(command: PlanCommand.takeoff, latitude: 0, longitude: 0, altitude: 20)]
        for i in 1..<max(count - 1, 2) {
            items.append(PlanItem(command: PlanCommand.waypoint, latitude: 47.3977 + Double(i / 40) * 1e-4,
                                  longitude: 8.5456 + Double(i % 40) * 1e-4, altitude: 20 + Double(i % 7),
                                  param2: .nan, param4: .nan))
        }
        items.append(PlanItem(command: PlanCommand.returnToLaunch, frame: PlanFrame.mission))
        return Array(items.prefix(count))
    }

    var tick: Tick {
        Tick(micros: UInt64(now.components.seconds) * 1_000_000 + UInt64(now.components.attoseconds / 1_000_000_000_000))
    }

    /// One 5 ms step: deliver, let the vehicle and `client` answer, put their bytes on the link.
    mutating func step<C: TransferClient>(_ client: inout C) {
        now += .milliseconds(5)
        let t = tick
        var inbound: [MAVLinkFrame] = []
        up.deliver(until: now) { bytes in bytes.withUnsafeBytes { vehicleParser.parseFrames($0) { inbound.append($0) } } }
        for f in inbound { link.receive(f, at: t, unixMicros: 0, vehicle: &vehicle, into: &outbox) }
        vehicle.update(at: t)
        link.poll(at: t, unixMicros: 0, vehicle: &vehicle, into: &outbox)
        if outbox.frameCount > 0 {
            down.send(outbox.withBytes { Array($0) }, at: now)
            outbox.removeAll()
        }
        var frames: [MAVLinkFrame] = []
        down.deliver(until: now) { bytes in bytes.withUnsafeBytes { clientParser.parseFrames($0) { frames.append($0) } } }
        for f in frames { if let m = Common.Message(frame: f) { client.receive(m, systemID: f.systemID, componentID: f.componentID, at: now) } }
        var outgoing = client.poll(at: now)
        if now - lastHeartbeat >= .seconds(1) {
            lastHeartbeat = now
            outgoing.append(.heartbeat(Heartbeat(type: .gcs, autopilot: .invalid, systemStatus: .active)))
        }
        for m in outgoing { if let f = try? m.frame(with: &encoder) { up.send(f.bytes, at: now) } }
    }

    /// Runs `kind` once and judges the result.
    mutating func run(_ kind: TransferKind, limit: Duration = .seconds(1800)) throws -> TransferRun {
        let start = now
        let end = now + limit
        switch kind {
        case .missionUpload(let n):
            let items = Self.items(n)
            let before = vehicle.plan(.mission).count
            var client = MissionClient(targetSystem: 1)
            try client.start(.upload(items, .mission, readBack: false), at: now)
            while client.isBusy, now < end {
                step(&client)
            }
            let held = try storedMission()
            let complete = held == items.map(\.comparable)
            let ok: Bool
            if case .success(.uploaded(let count, _, _))? = client.result { ok = count == n } else { ok = false }
            return TransferRun(succeeded: ok && complete, silentlyPartial: ok && !complete,
                               halfInstalled: !ok && held.count != before && !complete, time: now - start,
                               idealTime: idealUpload(items), failure: client.result.flatMap(Self.failure))
        case .missionDownload(let n):
            let items = Self.items(n)
            try installDirectly(items)
            let ideal = idealDownload(items)
            var client = MissionClient(targetSystem: 1)
            try client.start(.download(.mission), at: now)
            while client.isBusy, now < end {
                step(&client)
            }
            var got: [PlanItem]?
            if case .success(.downloaded(let downloaded, _, _))? = client.result { got = downloaded }
            let complete = got.map { $0.map(\.comparable) == items.map(\.comparable) } ?? false
            return TransferRun(succeeded: complete, silentlyPartial: got != nil && !complete, halfInstalled: false,
                               time: now - start, idealTime: ideal, failure: client.result.flatMap(Self.failure))
        case .parameterList:
            var client = ParameterClient(targetSystem: 1)
            client.start(.list, at: now)
            while client.isBusy, now < end {
                step(&client)
            }
            let table = vehicle.parameters
            var got: [ParameterEntry]?
            if case .success(.list(let entries))? = client.result { got = entries }
            let complete = got.map { entries in
                entries.count == table.count && entries.enumerated().allSatisfy { i, e in
                    e.name == "\(table.definitions[i].name)" && e.value == Double(table.values[i].floatValue)
                }
            } ?? false
            return TransferRun(succeeded: complete, silentlyPartial: got != nil && !complete, halfInstalled: false,
                               time: now - start, idealTime: idealParameterList(table.count),
                               failure: client.result.flatMap { r in if case .failure(let e) = r { "\(e)" } else { nil } })
        }
    }

    static func failure(_ r: Result<MissionOutcome, MissionTransferError>) -> String? {
        if case .failure(let e) = r { "\(e)" } else { nil }
    }

    /// What the vehicle holds now, read over a perfect link (not timed).
    mutating func storedMission() throws -> [PlanItem.Comparable] {
        let saved = (up, down)
        up = LinkImpairment(.ideal, seed: 0); down = LinkImpairment(.ideal, seed: 0)
        defer { (up, down) = saved }
        var client = MissionClient(targetSystem: 1)
        try client.start(.download(.mission), at: now)
        while client.isBusy { step(&client) }
        guard case .success(.downloaded(let items, _, _))? = client.result else { throw TransferHarnessError.readBackFailed }
        return items.map(\.comparable)
    }

    /// Puts a plan on the vehicle over a perfect link (not timed).
    mutating func installDirectly(_ items: [PlanItem]) throws {
        let saved = (up, down)
        up = LinkImpairment(.ideal, seed: 0); down = LinkImpairment(.ideal, seed: 0)
        defer { (up, down) = saved }
        var client = MissionClient(targetSystem: 1)
        try client.start(.upload(items, .mission), at: now)
        while client.isBusy { step(&client) }
        guard case .success? = client.result else { throw TransferHarnessError.readBackFailed }
    }

    // MARK: Ideal times: the protocol's sequential exchanges, each one way taking the latency plus
    // the frame's time on the line, nothing lost, nothing else on the line.

    func oneWay(_ m: Common.Message) -> Duration {
        var e = MAVLinkEncoder(systemID: 1, componentID: 1)
        let bytes = (try? m.frame(with: &e).bytes.count) ?? 0
        return up.settings.delay + up.settings.jitter / 2 + up.settings.transmissionTime(bytes: bytes)
    }

    func itemMessage(_ item: PlanItem, seq: Int) -> Common.Message {
        .missionItemInt(MissionItemInt(
            targetSystem: 1, targetComponent: 1, seq: UInt16(seq),
            frame: MAVFrame(rawValue: UInt32(item.frame)), command: MAVCmd(rawValue: UInt32(item.command)),
            current: 0, autocontinue: 1, param1: item.param1, param2: item.param2, param3: item.param3,
            param4: item.param4, x: item.x, y: item.y, z: item.z))
    }

    func request(_ seq: Int) -> Common.Message {
        .missionRequestInt(MissionRequestInt(targetSystem: 255, targetComponent: 190, seq: UInt16(seq)))
    }

    func idealUpload(_ items: [PlanItem]) -> Duration {
        var t = oneWay(.missionCount(MissionCount(targetSystem: 1, targetComponent: 1, count: UInt16(items.count))))
        for (i, item) in items.enumerated() { t += oneWay(request(i)) + oneWay(itemMessage(item, seq: i)) }
        return t + oneWay(.missionAck(MissionAck(targetSystem: 255, targetComponent: 190, type: .mavMissionAccepted)))
    }

    func idealDownload(_ items: [PlanItem]) -> Duration {
        var t = oneWay(.missionRequestList(MissionRequestList(targetSystem: 1, targetComponent: 1)))
        t += oneWay(.missionCount(MissionCount(targetSystem: 255, targetComponent: 190, count: UInt16(items.count))))
        for (i, item) in items.enumerated() { t += oneWay(request(i)) + oneWay(itemMessage(item, seq: i)) }
        return t
    }

    /// The request one way, then the values back to back on the line, the last one's latency.
    func idealParameterList(_ count: Int) -> Duration {
        let value = Common.Message.paramValue(ParamValue(paramId: FixedString("MC_ROLLRATE_P"), paramValue: 0.5, paramType: .real32,
                                                         paramCount: UInt16(count), paramIndex: 1))
        let line = up.settings.transmissionTime(bytes: 0)
        var e = MAVLinkEncoder(systemID: 1, componentID: 1)
        let bytes = (try? value.frame(with: &e).bytes.count) ?? 0
        return oneWay(.paramRequestList(ParamRequestList(targetSystem: 1, targetComponent: 1)))
            + up.settings.delay + up.settings.jitter / 2 + line + up.settings.transmissionTime(bytes: bytes) * count
    }
}

enum TransferHarnessError: Error { case readBackFailed }

/// A sans-I/O ground-station client the harness can drive.
protocol TransferClient {
    var isBusy: Bool { get }
    mutating func receive(_ message: Common.Message, systemID: UInt8, componentID: UInt8, at now: Duration)
    mutating func poll(at now: Duration) -> [Common.Message]
}
extension MissionClient: TransferClient {}
extension ParameterClient: TransferClient {}

extension PlanItem {
    /// The fields a vehicle must keep exactly, in a comparable form (NaN params compare equal).
    struct Comparable: Equatable {
        var command: UInt16, frame: UInt8, x: Int32, y: Int32, z: UInt32, params: [UInt32]
    }
    var comparable: Comparable {
        Comparable(command: command, frame: frame, x: x, y: y, z: z.bitPattern,
                   params: [param1, param2, param3, param4].map { $0.isNaN ? Float.nan.bitPattern : $0.bitPattern })
    }
}
