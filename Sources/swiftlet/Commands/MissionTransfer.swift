import ArgumentParser
import Foundation
import GroundStation
import MAVLinkDialects

/// Which plans of a vehicle a transfer command touches.
enum PlanSelection: String, ExpressibleByArgument, CaseIterable {
    case all, mission, fence, rally
    var kinds: [MissionKind] {
        switch self { case .all: MissionKind.allCases; case .mission: [.mission]; case .fence: [.fence]; case .rally: [.rally] }
    }
}

extension MissionCLI {
    /// Opens the link, waits for the vehicle (a clear error when none answers), runs `body`, closes.
    static func withVehicle<T>(_ options: ConnectionOptions, _ body: (VehicleConnection) async throws -> T) async throws -> T {
        let c = try await VehicleConnection(options)
        do {
            try await c.waitForVehicle(timeout: .seconds(options.waitVehicle))
            let r = try await body(c)
            await c.close()
            return r
        } catch {
            await c.close()
            throw error
        }
    }

    /// A mission client aimed at the connected vehicle, using its autopilot's conventions.
    static func client(for c: VehicleConnection) -> MissionClient {
        var client = MissionClient(targetSystem: c.state.systemID ?? 0, targetComponent: c.state.componentID, autopilot: c.state.autopilot)
        client.maxRetries = c.retries
        return client
    }

    static func describe(_ c: VehicleConnection) -> String {
        "vehicle \(c.state.systemID ?? 0) (\(c.state.autopilot?.rawValue ?? "?")) on \(c.url)"
    }
}

/// `swiftlet mission upload FILE`.
struct MissionUpload: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "upload",
        abstract: "Upload a plan's mission, fence and rally points to the vehicle, verified by read-back.",
        discussion: """
            Plans the file does not hold are cleared on the vehicle (as QGroundControl does), unless \
            --type names only some. ArduPilot's home item at sequence 0 is added automatically.
            """)
    @Argument(help: "Plan file (.plan or .waypoints).") var file: String
    @Option(name: .customLong("type"), help: "Which plans: all, mission, fence, rally.") var selection = PlanSelection.all
    @Flag(inversion: .prefixedNo, help: "Download again after upload and compare item by item.") var verify = true
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        let plan = try MissionCLI.load(file)
        try await MissionCLI.withVehicle(connection) { c in
            var client = MissionCLI.client(for: c)
            var rows: [(String, JSONValue)] = []
            var failure: String?
            for kind in selection.kinds {
                let items = plan.protocolItems(kind)
                let op: MissionOperation = items.isEmpty ? .clear(kind) : .upload(items, kind, readBack: verify)
                var bar = ProgressLine("Uploading \(kind.name)", quiet: connection.json || items.isEmpty)
                let result = try await c.perform(op, with: &client) { bar.update($0, of: $1) }
                switch result {
                case .success(.uploaded(let n, let opaque, let verified)):
                    rows.append((kind.name, .object([("items", .number(Double(items.count))), ("protocol_items", .number(Double(n))),
                                                     ("verified", .bool(verified)), ("opaque_id", .number(Double(opaque)))])))
                    if !connection.json { print("\(kind.name): \(items.count) items uploaded\(verified ? ", verified by read-back" : "")") }
                case .success:
                    rows.append((kind.name, .object([("items", .number(0)), ("cleared", .bool(true))])))
                    if !connection.json { print("\(kind.name): none in the plan, cleared on the vehicle") }
                case .failure(let e):
                    bar.end()
                    // A vehicle without fence or rally support cannot clear what it never had.
                    if items.isEmpty, selection == .all, kind != .mission {
                        rows.append((kind.name, .object([("items", .number(0)), ("cleared", .bool(false)), ("warning", .string(e.description))])))
                        if !connection.json { print("\(kind.name): none in the plan; not cleared (\(e))") }
                        continue
                    }
                    failure = "\(kind.name) upload failed: \(e)"
                    rows.append((kind.name, .object([("error", .string(e.description))])))
                }
                if failure != nil { break }
            }
            if connection.json {
                MissionCLI.emit(.object([("file", .string(file)), ("vehicle", .number(Double(c.state.systemID ?? 0))),
                                         ("autopilot", .string(c.state.autopilot?.rawValue ?? "")),
                                         ("ok", .bool(failure == nil)), ("plans", .object(rows))]))
            }
            if let failure { throw CLIError(failure) }
        }
    }
}

/// `swiftlet mission download OUT`.
struct MissionDownload: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "download",
        abstract: "Download the vehicle's mission, fence and rally points into a plan file (written atomically).")
    @Argument(help: "Plan file to write (.plan; .waypoints holds the mission only).") var output: String
    @Option(name: .customLong("type"), help: "Which plans: all, mission, fence, rally.") var selection = PlanSelection.all
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var client = MissionCLI.client(for: c)
            var plan = FlightPlan()
            if c.state.autopilot == .ardupilot { plan.firmwareType = 3 } else if c.state.autopilot == .px4 { plan.firmwareType = 12 }
            var counts: [(String, Int)] = []
            let kinds = output.lowercased().hasSuffix(".plan") ? selection.kinds : [.mission]
            for kind in kinds {
                var bar = ProgressLine("Downloading \(kind.name)", quiet: connection.json)
                let result = try await c.perform(.download(kind), with: &client) { bar.update($0, of: $1) }
                switch result {
                case .success(.downloaded(let items, let home, _)):
                    do { try plan.setProtocolItems(items, kind: kind) } catch { throw CLIError("\(kind.name) from the vehicle: \(error)") }
                    if let home, kind == .mission {
                        plan.home = PlannedHome(latitude: home.latitude, longitude: home.longitude, altitudeMSL: Double(home.z))
                    }
                    counts.append((kind.name, items.count))
                case .success: break
                case .failure(let e):
                    bar.end()
                    // PX4 without a fence answers nothing useful for it; an empty fence/rally is not fatal.
                    if kind != .mission, selection == .all, case .rejected = e {
                        counts.append((kind.name, 0)); continue
                    }
                    throw CLIError("\(kind.name) download failed: \(e)")
                }
            }
            let warnings = try MissionCLI.save(plan, output)
            if connection.json {
                MissionCLI.emit(.object([("output", .string(output)), ("plans", .object(counts.map { ($0.0, .number(Double($0.1))) })), ("warnings", MissionCLI.jsonStrings(warnings))]))
            } else {
                MissionCLI.warn(warnings)
                print("Wrote \(output): " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
            }
        }
    }
}

/// `swiftlet mission clear`.
struct MissionClear: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear",
        abstract: "Remove the vehicle's mission, fence and rally points (MISSION_CLEAR_ALL).")
    @Option(name: .customLong("type"), help: "Which plans: all, mission, fence, rally.") var selection = PlanSelection.all
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            var client = MissionCLI.client(for: c)
            var rows: [(String, String)] = []
            var failure: String?
            for kind in selection.kinds {
                switch try await c.perform(.clear(kind), with: &client) {
                case .success: rows.append((kind.name, "cleared"))
                case .failure(let e):
                    rows.append((kind.name, e.description))
                    failure = failure ?? "\(kind.name): \(e)"
                }
            }
            if connection.json { MissionCLI.emit(.object([("ok", .bool(failure == nil)), ("plans", .object(rows.map { ($0.0, .string($0.1)) }))])) }
            else { for (k, v) in rows { print("\(k): \(v)") } }
            if let failure { throw CLIError("clear failed: \(failure)") }
        }
    }
}

/// `swiftlet mission start`.
struct MissionStart: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start",
        abstract: "Arm and start the uploaded mission, the way the vehicle's autopilot wants it.",
        discussion: """
            ArduPilot: wait for a position, GUIDED, arm, MAV_CMD_MISSION_START. PX4: wait for a \
            position, arm, AUTO.MISSION. Swiftlet: arm, MAV_CMD_MISSION_START. Ends when the vehicle \
            reports itself armed in its mission mode.
            """)
    @Option(help: "Start at this mission item (1-based, plan order).") var item: Int?
    @Option(help: "Give up after this many seconds.") var timeout: Double = 60
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if let item, item < 1 { throw ValidationError("--item is 1-based") }
        guard timeout > 0 else { throw ValidationError("--timeout must be positive") }
    }

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            if let item {
                var client = MissionCLI.client(for: c)
                if case .failure(let e) = try await c.perform(.setCurrent(item - 1), with: &client) {
                    throw CLIError("could not make item \(item) current: \(e)")
                }
            }
            var starter = MissionStarter(family: c.state.autopilot ?? .px4, timeout: .seconds(timeout))
            starter.commandAttempts = c.retries + 1
            var shown = ""
            try await c.run(timeout: .seconds(timeout + 5)) { frames, now in
                for f in frames { if let m = Common.Message(frame: f) { starter.receive(m, systemID: f.systemID, at: now) } }
                c.send(starter.poll(state: c.state, at: now))
                if case .running(let step) = starter.status, step.description != shown, !connection.json {
                    shown = step.description; print("\(shown.prefix(1).uppercased() + shown.dropFirst())…")
                }
                return starter.status == .started || { if case .failed = starter.status { return true }; return false }()
            }
            let ok = starter.status == .started
            if connection.json {
                var o: [(String, JSONValue)] = [("ok", .bool(ok)), ("autopilot", .string(starter.family.rawValue)),
                                                ("steps", MissionCLI.jsonStrings(starter.log))]
                if case .failed(let why) = starter.status { o.append(("error", .string(why))) }
                MissionCLI.emit(.object(o))
            } else if ok {
                print("Mission started: armed in \(c.state.mode?.name ?? "mission mode").")
            }
            if case .failed(let why) = starter.status { throw CLIError("mission not started: \(why)") }
            if !ok { throw CLIError("mission not started: no answer") }
        }
    }
}

/// `swiftlet mission status`.
struct MissionStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "status",
        abstract: "The vehicle's mission progress: current item, total, mission state, mode, armed.")
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            // MISSION_CURRENT is streamed by every autopilot; ask for it too, for those that stream it slowly.
            if let t = c.target {
                c.send(CommandLong(targetSystem: t.system, targetComponent: t.component, command: .requestMessage,
                                   param1: Float(MissionCurrent.id)))
            }
            try await c.run(timeout: .seconds(5)) { _, _ in c.state.missionCurrent != nil }
            guard let mc = c.state.missionCurrent else { throw CLIError("the vehicle sent no MISSION_CURRENT within 5 s") }
            let home = c.state.autopilot == .ardupilot ? 1 : 0
            let states = ["unknown", "no mission", "not started", "active", "paused", "complete"]
            let stateName = Int(mc.missionState.rawValue) < states.count ? states[Int(mc.missionState.rawValue)] : "state \(mc.missionState.rawValue)"
            let total = max(0, Int(mc.total) - home), current = Int(mc.seq) - home
            if connection.json {
                MissionCLI.emit(.object([("current", .number(Double(current + 1))), ("total", .number(Double(total))),
                                         ("state", .string(stateName)), ("mode", .string(c.state.mode?.name ?? "")),
                                         ("armed", .bool(c.state.armed)), ("mission_id", .number(Double(mc.missionId))),
                                         ("fence_id", .number(Double(mc.fenceId))), ("rally_id", .number(Double(mc.rallyPointsId)))]))
            } else {
                let item = total == 0 ? "" : "item \(current + 1)/\(total), "
            print("\(MissionCLI.describe(c)): \(item)\(stateName), mode \(c.state.mode?.name ?? "?"), \(c.state.armed ? "armed" : "disarmed")")
            }
        }
    }
}
