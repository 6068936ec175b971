import FlightMath
import Foundation
import GroundStation
import MAVLinkDialects
import Synchronization
import Transport

/// What a flown mission came to.
struct FlightSummary {
    var completed = false
    var itemsReached: [Int] = []
    var itemCount = 0
    /// Flight time, seconds of the vehicle's clock: take-off to touchdown by its landed state
    /// (arming to the end when it reports none).
    var durationSeconds = 0.0
    var distanceMeters = 0.0
    var maxCrossTrackMeters = 0.0
    var energyWattHours = 0.0
    var landingOffsetMeters: Double?
    var failure: String?
    /// The vehicle's status texts during the flight, in order (its own account of what happened).
    var vehicleMessages: [String] = []
    /// The flown path while armed (a point per half metre moved), for the plot.
    var track: [GeoPoint] = []
    /// Where the flight's telemetry log and its plot were written.
    var logPath: String?, plotPath: String?

    var text: String {
        var s = completed ? "Mission complete." : "Mission NOT complete: \(failure ?? "unknown")."
        s += String(format: "\n  items reached %d/%d, flight time %.1f s, distance %.0f m, max cross-track %.2f m, energy %.2f Wh",
                    itemsReached.count, itemCount, durationSeconds, distanceMeters, maxCrossTrackMeters, energyWattHours)
        if let l = landingOffsetMeters { s += String(format: ", landed %.2f m from the land point", l) }
        if let p = logPath { s += "\n  flight log: \(p)" }
        if let p = plotPath { s += "\n  plot: \(p)" }
        return s
    }

    var json: String {
        let landing = landingOffsetMeters.map { String(format: "%.3f", $0) } ?? "null"
        let fail = failure.map { "\"\($0.replacingOccurrences(of: "\"", with: "'"))\"" } ?? "null"
        return "{\"completed\":\(completed),\"items_reached\":\(itemsReached),\"item_count\":\(itemCount),"
            + String(format: "\"duration_s\":%.2f,\"distance_m\":%.1f,\"max_cross_track_m\":%.3f,\"energy_wh\":%.3f,", durationSeconds, distanceMeters, maxCrossTrackMeters, energyWattHours)
            + "\"landing_offset_m\":\(landing),\"failure\":\(fail),"
            + "\"vehicle_messages\":[\(vehicleMessages.map(JSON.quote).joined(separator: ","))],"
            + "\"log\":\(logPath.map(JSON.quote) ?? "null"),\"plot\":\(plotPath.map(JSON.quote) ?? "null")}"
    }
}

/// The ground-station side of one flight: mission upload with `MissionClient`, arming, start, and
/// following the vehicle's telemetry to the landing. Protocol state is sans-I/O; this type only
/// moves frames between it and the link.
struct FlightSession {
    let plan: FlightPlan
    let link: ByteLink
    var client = MissionClient()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    var parser = MAVLinkParser<Common>()
    let inbox = ChunkInbox()
    /// Every frame received is recorded here when set (a `.tlog`).
    var recorder: TelemetryLogWriter?

    init(plan: FlightPlan, link: ByteLink, recorder: TelemetryLogWriter? = nil) {
        self.plan = plan; self.link = link; self.recorder = recorder
    }

    enum Stage: Equatable { case waitingForVehicle, uploading(MissionKind), arming, starting, flying, done }

    /// Flies the plan; `log` gets event lines, `status` (when given) a one-line live progress report
    /// a few times a second while flying (progress bar over items, distance to the next waypoint,
    /// battery, mode).
    mutating func fly(timeout: Duration, log: (String) -> Void, status: ((String) -> Void)? = nil) async throws -> FlightSummary {
        let reader = Task { [link, inbox] in
            for await chunk in link.chunks { inbox.append(chunk.bytes) }
        }
        defer { reader.cancel() }
        let clock = ContinuousClock(), start = clock.now
        var summary = FlightSummary()
        summary.itemCount = plan.items.count
        var stage = Stage.waitingForVehicle
        var vehicleSystem: UInt8 = 0
        var lastHeartbeatSent = start.advanced(by: .seconds(-10)), lastCommand = start.advanced(by: .seconds(-10))
        var armed = false, landedOnGround = true, airborne = false
        var lastBootMs: UInt32 = 0, heartbeatBootMs: UInt32 = 0
        var flightTimer = FlightTimer()
        var lastPosition: (Double, Double, Double)?
        var lastFlownPosition: (Double, Double, Double)?
        var lastVolts: Float = .nan, lastAmps: Float = .nan, lastEnergyBootMs: UInt32?
        let landPoint = plan.items.last { $0.command == 21 && $0.hasPosition }
        var progress = MissionProgress(itemCount: plan.items.count)
        var batteryPercent: Int?, modeName = "?", lastStatus = start
        let family = AutopilotFamily.px4
        // What to upload, in order: the mission, then the fence and rally points if the plan has them.
        var uploads: [MissionKind] = [.mission]
        if !plan.fence.isEmpty { uploads.append(.fence) }
        if !plan.rally.isEmpty { uploads.append(.rally) }
        var legs = plan.items.filter(\.hasPosition)
        var legsStartAtLaunch = false
        while clock.now < start.advanced(by: timeout) {
            let now = start.duration(to: clock.now)
            // GCS heartbeat at 1 Hz keeps the vehicle's link-loss failsafe quiet: 1 Hz of wall time,
            // or of the vehicle's time when it runs faster than real time (SITL).
            if clock.now > lastHeartbeatSent.advanced(by: .seconds(1)) || lastBootMs &- heartbeatBootMs >= 500 {
                send(Heartbeat(type: .gcs, autopilot: .invalid, systemStatus: .active))
                lastHeartbeatSent = clock.now
                heartbeatBootMs = lastBootMs
            }
            var frames: [MAVLinkFrame] = []
            let chunks = inbox.takeAll()
            for c in chunks { c.withUnsafeBytes { parser.parseFrames($0) { frames.append($0) } } }
            for f in frames {
                recorder?.record(f)
                client.receive(frame: f, at: now)
                guard let m = Common.Message(frame: f) else { continue }
                switch m {
                case .heartbeat(let h) where h.type != .gcs:
                    if vehicleSystem == 0 {
                        vehicleSystem = f.systemID
                        log("Vehicle \(f.systemID) found (autopilot \(h.autopilot.rawValue), type \(h.type.rawValue)).")
                        // The landed state at 10 Hz times take-off and touchdown to a tenth of a
                        // second (vehicles send it at 1 Hz by default; one that refuses keeps that).
                        send(CommandLong(targetSystem: vehicleSystem, targetComponent: 1, command: .setMessageInterval,
                                         param1: Float(ExtendedSysState.id), param2: 100_000))
                    }
                    if f.systemID == vehicleSystem {
                        modeName = FlightModeTable.mode(of: h, family: AutopilotFamily(autopilot: h.autopilot.rawValue) ?? family)?.name ?? "custom \(h.customMode)"
                        let nowArmed = h.baseMode.contains(.safetyArmed)
                        if nowArmed != armed { log(nowArmed ? "Armed." : "Disarmed.") }
                        armed = nowArmed
                        flightTimer.armed(nowArmed)
                    }
                case .missionItemReached(let r):
                    if f.systemID == vehicleSystem, progress.reached(r.seq) {
                        log("Item \(r.seq + 1)/\(plan.items.count) reached.")
                    }
                case .extendedSysState(let e):
                    flightTimer.landedState(e.landedState)
                    landedOnGround = e.landedState == .onGround
                    if e.landedState.rawValue == 2 { airborne = true }
                case .missionCurrent(let mc) where f.systemID == vehicleSystem:
                    progress.current(mc)
                case .statustext(let t):
                    summary.vehicleMessages.append(t.text.string)
                    log("Vehicle: \(t.text.string)")
                case .attitude(let a) where f.systemID == vehicleSystem:
                    lastBootMs = a.timeBootMs
                    flightTimer.vehicleTime(a.timeBootMs)
                case .globalPositionInt(let g):
                    lastBootMs = g.timeBootMs
                    flightTimer.vehicleTime(g.timeBootMs)
                    let p = (Double(g.lat) * 1e-7, Double(g.lon) * 1e-7, Double(g.relativeAlt) * 1e-3)
                    if armed && !legsStartAtLaunch {
                        // The path starts where the vehicle took off.
                        var launch = PlanItem(command: 16, frame: 3)
                        launch.x = g.lat; launch.y = g.lon
                        legs.insert(launch, at: 0)
                        // Return-to-launch flies back to where it took off.
                        if plan.items.contains(where: { $0.command == 20 }) { legs.append(launch) }
                        legsStartAtLaunch = true
                    }
                    if armed, let q = lastPosition {
                        summary.distanceMeters += Self.distance(q, p)
                        summary.maxCrossTrackMeters = max(summary.maxCrossTrackMeters, Self.crossTrack(p, legs: legs))
                    }
                    lastPosition = armed ? p : nil
                    if armed {
                        if summary.track.last.map({ Self.distance(($0.latitude, $0.longitude, p.2), p) >= 0.5 }) ?? true {
                            summary.track.append(GeoPoint(latitude: p.0, longitude: p.1))
                        }
                        lastFlownPosition = p
                    }
                case .batteryStatus(let b):
                    lastAmps = b.currentBattery >= 0 ? Float(b.currentBattery) / 100 : .nan
                    if b.voltages[0] != UInt16.max { lastVolts = Float(b.voltages[0]) / 1000 }
                case .sysStatus(let s):
                    if s.batteryRemaining >= 0 { batteryPercent = Int(s.batteryRemaining) }
                    if s.voltageBattery != UInt16.max { lastVolts = Float(s.voltageBattery) / 1000 }
                    if s.currentBattery >= 0 { lastAmps = Float(s.currentBattery) / 100 }
                default: break
                }
            }
            // Energy from the battery telemetry, integrated over vehicle time.
            if armed, lastVolts.isFinite, lastAmps.isFinite {
                if let t0 = lastEnergyBootMs, lastBootMs > t0 {
                    summary.energyWattHours += Double(lastVolts * lastAmps) * Double(lastBootMs - t0) / 3_600_000
                }
                lastEnergyBootMs = lastBootMs
            }
            switch stage {
            case .waitingForVehicle, .uploading:
                if case .uploading(let kind) = stage, let r = client.result {
                    switch r {
                    case .success:
                        log("\(kind.name.prefix(1).uppercased() + kind.name.dropFirst()) uploaded.")
                        uploads.removeFirst()
                        if kind == .mission { progress.ownMissionInstalled() }
                    case .failure(let e): summary.failure = "\(kind.name) upload failed: \(e)"; return summary
                    }
                }
                if vehicleSystem != 0, !client.isBusy {
                    guard let kind = uploads.first else { stage = .arming; break }
                    do { try client.start(.upload(plan.protocolItems(kind), kind, readBack: false), at: now) } catch {
                        summary.failure = "\(error)"; return summary
                    }
                    log("Uploading \(plan.protocolItems(kind).count) \(kind.name) items…")
                    stage = .uploading(kind)
                }
            case .arming:
                if armed { stage = .starting; lastCommand = start.advanced(by: .seconds(-10)) }
                else if clock.now > lastCommand.advanced(by: .milliseconds(500)) {
                    send(CommandLong(targetSystem: vehicleSystem, targetComponent: 1, command: .componentArmDisarm, param1: 1))
                    lastCommand = clock.now
                }
            case .starting:
                if airborne || !progress.announced.isEmpty { stage = .flying; log("Mission started.") }
                else if clock.now > lastCommand.advanced(by: .seconds(1)) {
                    send(CommandLong(targetSystem: vehicleSystem, targetComponent: 1, command: .missionStart))
                    lastCommand = clock.now
                }
            case .flying:
                if !armed && landedOnGround && airborne {
                    stage = .done
                }
                if let status, clock.now > lastStatus.advanced(by: .milliseconds(250)) {
                    lastStatus = clock.now
                    let total = plan.items.count, done = min(total, max(progress.announced.count, progress.currentItem))
                    let width = 20, filled = total > 0 ? done * width / total : 0
                    var line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
                    let currentSeq = progress.currentItem
                    line += "item \(min(currentSeq + 1, total))/\(total)"
                    if currentSeq < total, let p = lastPosition, plan.items[currentSeq].hasPosition {
                        let next = plan.items[currentSeq]
                        line += String(format: " · %.0f m to next", Self.distance((next.latitude, next.longitude, p.2), p))
                    }
                    if let p = lastPosition { line += String(format: " · alt %.0f m", p.2) }
                    line += " · battery " + (batteryPercent.map { "\($0) %" } ?? "?") + " · " + modeName
                    status(line)
                }
            case .done: break
            }
            if stage == .done { break }
            for f in client.pollFrames(at: now, encoder: &encoder) { link.send(f.bytes) }
            try await Task.sleep(for: .milliseconds(10))
        }
        summary.itemsReached = progress.reachedItems
        summary.completed = stage == .done && summary.itemsReached.count == plan.items.count
        if stage != .done { summary.failure = "timed out in stage \(stage)" }
        if stage == .done && !summary.completed {
            // Landed and disarmed before the last item: the vehicle's own words say why.
            let why = summary.vehicleMessages.first { $0.localizedCaseInsensitiveContains("failsafe") } ?? summary.vehicleMessages.last
            summary.failure = "the vehicle landed before the mission's end" + (why.map { " (vehicle: \($0))" } ?? "")
        }
        summary.durationSeconds = flightTimer.seconds
        if let l = landPoint, let p = lastFlownPosition {
            summary.landingOffsetMeters = Self.distance((l.latitude, l.longitude, 0), (p.0, p.1, 0))
        }
        return summary
    }

    mutating func send<M: MAVLinkMessage>(_ m: M) {
        if let f = try? encoder.frame(m) { link.send(f.bytes) }
    }

    /// Metres between two (lat, lon, alt) points (geodesic horizontal, straight vertical).
    static func distance(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let h = WGS84.distance(from: GeodeticPosition(latitude: a.0, longitude: a.1, altitude: 0),
                               to: GeodeticPosition(latitude: b.0, longitude: b.1, altitude: 0)) ?? 0
        return (h * h + (b.2 - a.2) * (b.2 - a.2)).squareRoot()
    }

    /// Distance from `p` to the nearest leg of the planned path, metres, horizontally.
    static func crossTrack(_ p: (Double, Double, Double), legs: [PlanItem]) -> Double {
        guard let first = legs.first else { return 0 }
        let plane = LocalTangentPlane(origin: GeodeticPosition(latitude: first.latitude, longitude: first.longitude, altitude: 0))
        let q = plane.ned(of: GeodeticPosition(latitude: p.0, longitude: p.1, altitude: 0))
        var best = Double.infinity
        var prev: NEDOffset?
        for item in legs {
            let n = plane.ned(of: GeodeticPosition(latitude: item.latitude, longitude: item.longitude, altitude: 0))
            if let a = prev {
                let dx = n.north - a.north, dy = n.east - a.east
                let len2 = dx * dx + dy * dy
                let t = len2 > 0 ? max(0, min(1, ((q.north - a.north) * dx + (q.east - a.east) * dy) / len2)) : 0
                let cx = a.north + t * dx - q.north, cy = a.east + t * dy - q.east
                best = min(best, (cx * cx + cy * cy).squareRoot())
            } else {
                best = min(best, ((n.north - q.north) * (n.north - q.north) + (n.east - q.east) * (n.east - q.east)).squareRoot())
            }
            prev = n
        }
        return best.isFinite ? best : 0
    }
}

/// Byte chunks handed from a link's reader task to the session loop.
final class ChunkInbox: Sendable {
    let queue = Mutex<[[UInt8]]>([])
    func append(_ bytes: [UInt8]) { queue.withLock { $0.append(bytes) } }
    func takeAll() -> [[UInt8]] { queue.withLock { q in defer { q.removeAll() }; return q } }
}
