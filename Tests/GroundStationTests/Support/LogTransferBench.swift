import FlightCore
import FlightMath
import MAVLink
import MAVLinkDialects
@testable import GroundStation
@testable import VehicleServices

/// An in-memory vehicle file system: full paths to bytes; folders are implied by the paths
/// (`/fs/microsd/log/2024-05-01/12_00_00.ulg` makes `2024-05-01` a folder of `/fs/microsd/log`).
struct MemoryLogFiles: VehicleFileSystem {
    var files: [String: [UInt8]] = [:]

    static func string(_ p: FilePath) -> String { p.withBytes { String(decoding: $0, as: UTF8.self) } }
    static func path(_ s: String) -> FilePath { Array(s.utf8).withUnsafeBytes { FilePath($0) } }

    func entries(in directory: String) -> [(name: String, isDirectory: Bool)] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var seen: [String: Bool] = [:]
        for key in files.keys where key.hasPrefix(prefix) {
            let rest = key.dropFirst(prefix.count).split(separator: "/", maxSplits: 1)
            seen[String(rest[0])] = rest.count > 1
        }
        return seen.keys.sorted().map { ($0, seen[$0]!) }
    }

    func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? {
        let dir = Self.string(directory)
        let list = entries(in: dir)
        guard !list.isEmpty else { throw .notFound }
        guard index < list.count else { return nil }
        let e = list[index]
        let size = e.isDirectory ? 0 : files[(dir.hasSuffix("/") ? dir : dir + "/") + e.name]!.count
        return DirectoryEntry(name: Self.path(e.name), size: UInt32(size), isDirectory: e.isDirectory)
    }
    func size(of file: FilePath) throws(FileError) -> UInt32 {
        guard let f = files[Self.string(file)] else { throw .notFound }
        return UInt32(f.count)
    }
    func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        guard let f = files[Self.string(file)] else { throw .notFound }
        let start = min(Int(offset), f.count), n = min(buffer.count, f.count - start)
        f.withUnsafeBytes { src in buffer.baseAddress!.copyMemory(from: src.baseAddress! + start, byteCount: n) }
        return n
    }
}

/// A vehicle that only offers files (its flight-stack side refuses or ignores everything).
struct LogVehicle: VehicleModel {
    var telemetry = VehicleTelemetry()
    var files = MemoryLogFiles()
    var parameters = ParameterTable()

    mutating func arm(force: Bool, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func disarm(force: Bool, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func setMode(_ mode: FlightMode, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func takeoff(altitude: Float, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func startMission(firstItem: Int?, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func reposition(_ request: RepositionRequest, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func changeSpeed(_ kind: SpeedKind, metresPerSecond: Float, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func setHome(_ position: GlobalPosition?, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func rebootRequested(shutdown: Bool, at time: Tick) -> CommandOutcome { .unsupported }
    mutating func setGuidedTarget(_ target: GuidedTarget, at time: Tick) -> Bool { false }
    mutating func setAttitudeTarget(_ target: VehicleServices.AttitudeTarget, at time: Tick) -> Bool { false }
    func localPosition(of position: GlobalPosition) -> Vector3? { nil }
    func plan(_ kind: PlanKind) -> MissionPlan { MissionPlan() }
    mutating func installPlan(_ plan: MissionPlan, kind: PlanKind, at time: Tick) throws(MissionRejection) {}
    mutating func setCurrentMissionItem(_ index: Int, at time: Tick) -> Bool { false }
    mutating func setParameter(at index: Int, to value: ParameterValue, at time: Tick) throws(ParameterError) {}
    mutating func groundStationLink(connected: Bool, at time: Tick) {}
}

/// One direction of a radio link: loses `loss` of the messages, delays each by 2–8 ms and holds
/// `reorder` of them back up to 40 ms more, so they arrive after later ones.
struct LossyDirection {
    var random: TestRandom
    var loss: Double
    var reorder: Double
    var queue: [(at: Duration, order: Int, system: UInt8, component: UInt8, message: Common.Message)] = []
    var sent = 0, dropped = 0
    var counter = 0

    mutating func send(_ m: Common.Message, system: UInt8, component: UInt8, at now: Duration) {
        sent += 1
        if random.unit() < loss { dropped += 1; return }
        var delay = Duration.milliseconds(2) + .microseconds(Int64(random.unit() * 6000))
        if random.unit() < reorder { delay += .microseconds(Int64(random.unit() * 40_000)) }
        counter += 1
        queue.append((now + delay, counter, system, component, m))
    }

    mutating func due(at now: Duration) -> [(system: UInt8, component: UInt8, message: Common.Message)] {
        let ready = queue.filter { $0.at <= now }.sorted { ($0.at, $0.order) < ($1.at, $1.order) }
        queue.removeAll { $0.at <= now }
        return ready.map { ($0.system, $0.component, $0.message) }
    }
}

/// The real `VehicleLink` (with its `FtpServer` and `LogServer`) over an in-memory file system,
/// and a ground-station client, joined by a lossy, reordering link; time is simulated in 5 ms steps
/// (the SITL runtime's service period).
struct LogTransferBench {
    var link = VehicleLink()
    var vehicle = LogVehicle()
    var outbox = Outbox()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    var up: LossyDirection
    var down: LossyDirection
    var now: Duration = .seconds(1)
    /// Requests the client sent, by FTP opcode (FTP) or message name (LOG_REQUEST_*).
    var requests: [String: Int] = [:]
    /// Data bytes the vehicle sent (FTP data and LOG_DATA).
    var bytesFromVehicle = 0
    /// Flips one byte of the FTP data chunk that starts at this offset (once).
    var corruptChunkAt: Int?
    /// The file as the client wrote it.
    var written: [UInt8] = []

    init(loss: Double, reorder: Double = 0.1, seed: UInt64 = 1) {
        up = LossyDirection(random: TestRandom(state: seed), loss: loss, reorder: reorder)
        down = LossyDirection(random: TestRandom(state: seed &* 31 &+ 7), loss: loss, reorder: reorder)
    }

    /// Runs until the client finishes or `limit` of simulated time passes.
    mutating func run<C: LogTransferClient>(_ client: inout C, limit: Duration = .seconds(600)) {
        let end = now + limit
        while client.isBusy && now < end { step(&client) }
    }

    mutating func step<C: LogTransferClient>(_ client: inout C) {
        now += .milliseconds(5)
        let tick = Tick(micros: UInt64(now.components.seconds) * 1_000_000 + UInt64(now.components.attoseconds / 1_000_000_000_000))
        for (_, _, m) in up.due(at: now) {
            guard let frame = try? m.frame(with: &encoder) else { continue }
            link.receive(frame, at: tick, unixMicros: 0, vehicle: &vehicle, into: &outbox)
        }
        link.poll(at: tick, unixMicros: 0, vehicle: &vehicle, into: &outbox)
        var frames: [MAVLinkFrame] = []
        var parser = MAVLinkParser<Common>()
        outbox.withBytes { parser.parseFrames($0) { frames.append($0) } }
        outbox.removeAll()
        for f in frames {
            guard var m = Common.Message(frame: f) else { continue }
            if case .fileTransferProtocol(var ftp) = m {
                let size = Int(ftp.payload[4])
                if ftp.payload[3] == FtpOpcode.ack.rawValue,
                   ftp.payload[5] == FtpOpcode.burstReadFile.rawValue || ftp.payload[5] == FtpOpcode.readFile.rawValue {
                    bytesFromVehicle += size
                    let offset = (0..<4).reduce(0) { $0 | Int(ftp.payload[8 + $1]) << (8 * $1) }
                    if offset == corruptChunkAt && size > 0 {
                        ftp.payload[12] ^= 0x5A
                        corruptChunkAt = nil
                        m = .fileTransferProtocol(ftp)
                    }
                }
            }
            if case .logData(let d) = m { bytesFromVehicle += Int(d.count) }
            down.send(m, system: f.systemID, component: f.componentID, at: now)
        }
        for (s, c, m) in down.due(at: now) { client.receive(m, systemID: s, componentID: c, at: now) }
        for m in client.poll(at: now) {
            switch m {
            case .fileTransferProtocol(let f): requests["\(FtpOpcode(rawValue: f.payload[3]).map { "\($0)" } ?? "?")", default: 0] += 1
            case .logRequestData: requests["LOG_REQUEST_DATA", default: 0] += 1
            case .logRequestList: requests["LOG_REQUEST_LIST", default: 0] += 1
            case .logRequestEnd: requests["LOG_REQUEST_END", default: 0] += 1
            default: break
            }
            up.send(m, system: 255, component: 190, at: now)
        }
        for chunk in client.takeChunks() {
            if written.count < chunk.offset + chunk.bytes.count {
                written += [UInt8](repeating: 0, count: chunk.offset + chunk.bytes.count - written.count)
            }
            written.replaceSubrange(chunk.offset ..< chunk.offset + chunk.bytes.count, with: chunk.bytes)
        }
    }

    /// Deterministic file contents (not a repeating pattern, so misplaced chunks show).
    static func content(_ count: Int, seed: UInt64) -> [UInt8] {
        var r = TestRandom(state: seed)
        var out = [UInt8](); out.reserveCapacity(count)
        while out.count < count {
            let v = r.next()
            for k in 0..<8 where out.count < count { out.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(k)))) }
        }
        return out
    }
}
