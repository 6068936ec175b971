import ArgumentParser
import Foundation
import GroundStation
import MAVLinkDialects

/// Runs vehicle commands for the CLI and reports each `COMMAND_ACK` in words.
enum VehicleCommandCLI {
    /// One step's report line and JSON.
    struct Step {
        var name: String
        var result: CommandOutcomeResult
    }

    /// Sends `command` and records the outcome under `name`; throws when refused and `required`.
    /// A refusal that is not `required` is recorded (and printed) but not thrown.
    static func send(_ name: String, _ command: VehicleCommand, on c: VehicleConnection, into steps: inout [Step],
                     json: Bool, required: Bool = true) async throws {
        let r = try await c.command(command)
        steps.append(Step(name: name, result: r))
        if !json { print("\(name): \(r)") }
        if required && !r.isAccepted { throw Refused(steps: steps) }
    }

    /// A refused step; the report is printed by `finish`.
    struct Refused: Error { var steps: [Step] }

    /// Prints the JSON report (when asked) and exits non-zero after a refusal.
    static func finish(json: Bool, _ body: (inout [Step]) async throws -> [(String, JSONValue)]) async throws {
        var steps: [Step] = []
        var extra: [(String, JSONValue)] = []
        var refused = false
        do { extra = try await body(&steps) } catch let r as Refused { steps = r.steps; refused = true }
        if json {
            let list: [JSONValue] = steps.map { s in
                var o: [(String, JSONValue)] = [("command", .string(s.name)), ("accepted", .bool(s.result.isAccepted)),
                                                ("result", .string(s.result.description))]
                if case .refused(let r, _) = s.result { o.append(("mav_result", .number(Double(r.rawValue)))) }
                return .object(o)
            }
            MissionCLI.emit(.object([("ok", .bool(!refused)), ("steps", .array(list))] + extra))
        }
        if refused { throw ExitCode(1) }
    }

    static func target(_ c: VehicleConnection) -> (system: UInt8, component: UInt8) { c.target ?? (1, 1) }

    static func long(_ c: VehicleConnection, _ cmd: MAVCmd, _ p: [Float] = []) -> VehicleCommand {
        let t = target(c)
        var x = CommandLong(targetSystem: t.system, targetComponent: t.component, command: cmd)
        let ps = p + Array(repeating: 0, count: max(0, 7 - p.count))
        x.param1 = ps[0]; x.param2 = ps[1]; x.param3 = ps[2]; x.param4 = ps[3]; x.param5 = ps[4]; x.param6 = ps[5]; x.param7 = ps[6]
        return .long(x)
    }

    /// Switches to the mode named `name` unless the vehicle is in it already.
    static func setMode(_ name: String, on c: VehicleConnection, into steps: inout [Step], json: Bool) async throws {
        let family = c.state.autopilot ?? .px4
        guard let mode = FlightModeTable.mode(named: name, for: family) else {
            throw CLIError("unknown mode '\(name)' for \(family.rawValue); modes: " + FlightModeTable.modes(of: family).map(\.name).joined(separator: ", "))
        }
        if c.state.mode == mode { return }
        try await send("mode \(mode.name)", .long(FlightModeTable.setModeCommand(mode, family: family, target: target(c))), on: c, into: &steps, json: json)
    }

    /// Waits (up to `timeout`) for `condition` on the vehicle's state, printing `what` once.
    static func wait(_ what: String, on c: VehicleConnection, timeout: Double, json: Bool, _ condition: (VehicleState) -> Bool) async throws {
        if !json { print("Waiting until \(what)…") }
        let ok = try await c.run(timeout: .seconds(timeout)) { _, _ in condition(c.state) }
        if !ok { throw CLIError("timed out after \(Int(timeout)) s waiting until \(what)") }
    }
}

/// `swiftlet arm`.
struct Arm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Arm the motors (MAV_CMD_COMPONENT_ARM_DISARM).")
    @Flag(help: "Skip the vehicle's pre-arm checks (param2 21196).") var force = false
    @Option(help: "Keep retrying a refused arm (pre-arm checks still failing) once a second for this many seconds.")
    var retryFor: Double = 0
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                let command = VehicleCommandCLI.long(c, .componentArmDisarm, [1, force ? 21196 : 0])
                let until = c.now + .seconds(retryFor)
                while true {
                    let last = c.now >= until
                    try await VehicleCommandCLI.send("arm", command, on: c, into: &steps, json: connection.json, required: last)
                    if steps.last?.result.isAccepted == true { break }
                    try await c.run(timeout: .seconds(1)) { _, _ in false }
                }
                return []
            }
        }
    }
}

/// `swiftlet disarm`.
struct Disarm: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Disarm the motors; --force also in flight (the vehicle falls).")
    @Flag(help: "Disarm even in flight (param2 21196).") var force = false
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                try await VehicleCommandCLI.send("disarm", VehicleCommandCLI.long(c, .componentArmDisarm, [0, force ? 21196 : 0]),
                                                 on: c, into: &steps, json: connection.json)
                return []
            }
        }
    }
}

/// `swiftlet takeoff ALT`.
struct Takeoff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Arm if needed and take off to ALT metres above home.",
        discussion: """
            ArduPilot: GUIDED, arm, MAV_CMD_NAV_TAKEOFF with the height above home. PX4 and Swiftlet: \
            arm, MAV_CMD_NAV_TAKEOFF with the altitude above mean sea level (home + ALT).
            """)
    @Argument(help: "Height above home, metres.") var altitude: Double
    @Flag(help: "Wait until the vehicle is within 1 m of the height.") var wait = false
    @Option(help: "Seconds to wait with --wait.") var timeout: Double = 120
    @OptionGroup var connection: ConnectionOptions

    func validate() throws { guard altitude > 0, altitude <= 1000 else { throw ValidationError("ALT must be in (0, 1000] metres") } }

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                let json = connection.json
                try await VehicleCommandCLI.wait("the vehicle has a position", on: c, timeout: 60, json: json) { $0.hasPosition }
                let family = c.state.autopilot ?? .px4
                if family == .ardupilot { try await VehicleCommandCLI.setMode("GUIDED", on: c, into: &steps, json: json) }
                if !c.state.armed {
                    try await VehicleCommandCLI.send("arm", VehicleCommandCLI.long(c, .componentArmDisarm, [1]), on: c, into: &steps, json: json)
                }
                let param7: Float
                if family == .ardupilot { param7 = Float(altitude) } else {
                    // Home's altitude MSL: from HOME_POSITION, else the current MSL minus the height above home.
                    let homeMSL = c.state.home?.altitudeMSL ?? ((c.state.altitudeMSL ?? 0) - (c.state.relativeAltitude ?? 0))
                    param7 = Float(homeMSL + altitude)
                }
                try await VehicleCommandCLI.send("takeoff", VehicleCommandCLI.long(c, .navTakeoff, [0, 0, 0, .nan, .nan, .nan, param7]),
                                                 on: c, into: &steps, json: json)
                if wait {
                    try await VehicleCommandCLI.wait(String(format: "%.0f m above home", altitude), on: c, timeout: timeout, json: json) {
                        abs(($0.relativeAltitude ?? 0) - altitude) < 1
                    }
                }
                return [("relative_alt_m", .number(c.state.relativeAltitude ?? 0))]
            }
        }
    }
}

/// `swiftlet land`, `swiftlet rtl`.
struct Land: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Land where the vehicle is (MAV_CMD_NAV_LAND).")
    @Flag(help: "Wait until landed and disarmed.") var wait = false
    @Option(help: "Seconds to wait with --wait.") var timeout: Double = 300
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await ModeCommandRun.run(.navLand, name: "land", wait: wait, timeout: timeout, connection: connection)
    }
}

struct Rtl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rtl", abstract: "Return to launch and land (MAV_CMD_NAV_RETURN_TO_LAUNCH).")
    @Flag(help: "Wait until landed and disarmed.") var wait = false
    @Option(help: "Seconds to wait with --wait.") var timeout: Double = 600
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await ModeCommandRun.run(.navReturnToLaunch, name: "rtl", wait: wait, timeout: timeout, connection: connection)
    }
}

/// The shared body of `land` and `rtl`.
enum ModeCommandRun {
    static func run(_ cmd: MAVCmd, name: String, wait: Bool, timeout: Double, connection: ConnectionOptions) async throws {
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                try await VehicleCommandCLI.send(name, VehicleCommandCLI.long(c, cmd), on: c, into: &steps, json: connection.json)
                if wait {
                    try await VehicleCommandCLI.wait("landed and disarmed", on: c, timeout: timeout, json: connection.json) {
                        !$0.armed && ($0.landedState.map { $0.rawValue == 1 } ?? true)
                    }
                }
                return []
            }
        }
    }
}

/// `swiftlet mode NAME`.
struct Mode: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Change the flight mode (ArduPilot names such as GUIDED, PX4 names such as AUTO.LOITER or POSCTL).")
    @Argument(help: "Mode name; 'list' prints the vehicle's modes.") var name: String
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            if name.lowercased() == "list" {
                let modes = FlightModeTable.modes(of: c.state.autopilot ?? .px4)
                if connection.json { MissionCLI.emit(.object([("modes", MissionCLI.jsonStrings(modes.map(\.name)))])) }
                else { print(modes.map(\.name).joined(separator: "\n")) }
                return
            }
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                try await VehicleCommandCLI.setMode(name, on: c, into: &steps, json: connection.json)
                // Confirmed by the heartbeat, not only by the ACK.
                let wanted = FlightModeTable.mode(named: name, for: c.state.autopilot ?? .px4)
                try await VehicleCommandCLI.wait("the heartbeat reports \(wanted?.name ?? name)", on: c, timeout: 5, json: true) { $0.mode == wanted }
                if !connection.json { print("Mode is \(c.state.mode?.name ?? name).") }
                return [("mode", .string(c.state.mode?.name ?? ""))]
            }
        }
    }
}

/// `swiftlet goto LAT LON ALT` (or `goto here ALT`).
struct Goto: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fly to a position and hold there (MAV_CMD_DO_REPOSITION as COMMAND_INT).",
        discussion: "LAT LON in degrees, ALT in metres above home. 'goto here ALT' flies to the operator's position from gpsd.")
    @Argument(help: "LAT LON ALT, or 'here' ALT.") var position: [String]
    @Option(help: "Ground speed, m/s (default: the vehicle's).") var speed: Double?
    @Option(help: "gpsd address for 'here'.") var gpsd = "localhost:2947"
    @Flag(help: "Wait until within 2 m of the target.") var wait = false
    @Option(help: "Seconds to wait with --wait.") var timeout: Double = 300
    @OptionGroup var connection: ConnectionOptions

    func validate() throws {
        if position.first?.lowercased() == "here" {
            guard position.count == 2, Double(position[1]) != nil else { throw ValidationError("usage: goto here ALT") }
        } else {
            guard position.count == 3, let lat = Double(position[0]), let lon = Double(position[1]), Double(position[2]) != nil else {
                throw ValidationError("usage: goto LAT LON ALT (degrees, degrees, metres above home)")
            }
            guard (-90...90).contains(lat), (-180...180).contains(lon) else { throw ValidationError("latitude or longitude out of range") }
        }
    }

    func run() async throws {
        let lat: Double, lon: Double, alt: Double
        if position[0].lowercased() == "here" {
            let fix = try OperatorPosition.fix(gpsd: gpsd)
            lat = fix.latitude; lon = fix.longitude; alt = Double(position[1])!
        } else {
            lat = Double(position[0])!; lon = Double(position[1])!; alt = Double(position[2])!
        }
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                let t = VehicleCommandCLI.target(c)
                // param1 speed (-1 default), param2 bit 0: switch to guided/hold as needed.
                let cmd = CommandInt(targetSystem: t.system, targetComponent: t.component, frame: MAVFrame(rawValue: 6),
                                     command: .doReposition, param1: Float(speed ?? -1), param2: 1, param3: 0, param4: .nan,
                                     x: Int32((lat * 1e7).rounded()), y: Int32((lon * 1e7).rounded()), z: Float(alt))
                try await VehicleCommandCLI.send("goto", .int(cmd), on: c, into: &steps, json: connection.json)
                if wait {
                    try await VehicleCommandCLI.wait("within 2 m of the target", on: c, timeout: timeout, json: connection.json) { s in
                        guard let la = s.latitude, let lo = s.longitude, let h = s.relativeAltitude else { return false }
                        return OperatorPosition.distance(la, lo, lat, lon) < 2 && abs(h - alt) < 2
                    }
                }
                return []
            }
        }
    }
}

/// `swiftlet reboot`.
struct Reboot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Reboot the autopilot (MAV_CMD_PREFLIGHT_REBOOT_SHUTDOWN); refused by vehicles while armed.")
    @OptionGroup var connection: ConnectionOptions

    func run() async throws {
        try await MissionCLI.withVehicle(connection) { c in
            try await VehicleCommandCLI.finish(json: connection.json) { steps in
                try await VehicleCommandCLI.send("reboot", VehicleCommandCLI.long(c, .preflightRebootShutdown, [1]),
                                                 on: c, into: &steps, json: connection.json)
                return []
            }
        }
    }
}
