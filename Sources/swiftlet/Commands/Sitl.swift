import ArgumentParser
import Autopilot
import FlightCore
import Foundation
import Simulation
import Transport
import VehicleServices

/// `swiftlet sitl`: the real flight stack flying a simulated vehicle, speaking MAVLink like PX4's SITL.
struct Sitl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the simulator with the real flight controller in lockstep, as a MAVLink vehicle.",
        discussion: """
            By default it sends to 127.0.0.1:14550 (QGroundControl, MAVProxy --master=udpin:0.0.0.0:14550) \
            and 127.0.0.1:14540 (MAVSDK udpin://0.0.0.0:14540) and answers whoever writes back, as PX4 SITL does. \
            --instances N runs N vehicles with system ids 1…N; the API port is 14540+i. \
            Each instance i (from 0) keeps the parameters a ground station set and its signing key in \
            STATE-DIR/i (default ./sitl-state/i, as PX4 SITL keeps rootfs/i), restored at the next start; \
            --ephemeral starts from the defaults and keeps nothing. Every flight (arming to disarm) is \
            logged as PX4 ULog in STATE-DIR/i/log/YYYY-MM-DD/HH_MM_SS.ulg (simulated UTC; with \
            --ephemeral in a temporary folder, removed at exit), offered over MAVLink FTP (/fs/microsd/log) and \
            LOG_REQUEST_LIST. The simulator's true state goes out as SIM_STATE and HIL_STATE_QUATERNION \
            at --truth-rate (default 10 Hz; 0 = only when a ground station sets an interval or requests one). \
            --hil URL runs only the physics and sensors and drives an external autopilot over PX4's \
            simulator MAVLink interface in lockstep (HIL_SENSOR, HIL_GPS, HIL_ACTUATOR_CONTROLS; \
            tcpin://:4560 is PX4's convention), e.g. `swiftlet autopilot` or a PX4 SITL build; \
            --truth-rate then sets the rate of HIL_STATE_QUATERNION to it. \
            With --hil, --gcs URL (repeatable) routes ground stations through the autopilot link, for an \
            autopilot with a single MAVLink link (the firmware on a UART, or in QEMU: \
            `swiftlet sitl --hil tcp://127.0.0.1:5770 --gcs udpout://127.0.0.1:14550`): its frames except \
            HIL_ACTUATOR_CONTROLS go to every --gcs link, theirs go to the autopilot. \
            SIGINT or SIGTERM stops cleanly.
            """)

    @Option(help: "Vehicle model in sim/vehicles (quad250, quad450, hexa550).") var vehicle = "quad450"
    @Option(help: "Scenario file (default: sim/scenarios/calm.scenario).") var scenario: String?
    @Option(help: "Real-time factor, or 'max' to run as fast as possible.") var speed = "1"
    @Option(help: "Random seed: the same seed gives the same flight.") var seed: UInt64 = 1
    @Option(help: "Number of vehicles.") var instances = 1
    @Option(name: .customLong("connect"), help: "MAVLink link URL (repeatable); replaces the default links.")
    var connect: [String] = []
    @Option(help: "Stop after this many simulated seconds.") var duration: Double?
    @Option(name: .customLong("state-dir"), help: "Folder for what each instance keeps across restarts (parameters, signing key, mission, fence and rally).")
    var stateDir = "sitl-state"
    @Flag(help: "Keep no state: start from the default parameters, save nothing.") var ephemeral = false
    @Flag(help: "Print flight events (arming, modes, items reached, failsafes).") var verbose = false
    @Option(name: .customLong("truth-rate"), help: "Rate of the ground truth (SIM_STATE, HIL_STATE_QUATERNION), Hz; 0 = only when a ground station asks.")
    var truthRate: Float = 10
    @Option(help: "Run only the simulator and drive an external autopilot on this link (e.g. tcpin://:4560).")
    var hil: String?
    @Option(help: "With --hil: a ground-station link routed through the autopilot link (repeatable), e.g. udpout://127.0.0.1:14550.")
    var gcs: [String] = []
    @Option(name: .customLong("status-interval"), help: """
        Print a JSON status line ({"status": {…}}: simulated and wall time, missed deadlines of the \
        paced service steps and their causes, armed) every this many simulated seconds, and a \
        {"stall": {…}} line when a run of late steps starts; 0 = none.
        """)
    var statusInterval: Double = 0
    @Flag(name: .customLong("battery-swap"), help: "Give the vehicle a fully charged pack each time it disarms (an operator swapping packs between flights).")
    var batterySwap = false

    func validate() throws {
        if speed != "max" { guard let s = Double(speed), s > 0 else { throw ValidationError("--speed must be a positive number or 'max'") } }
        guard (1...20).contains(instances) else { throw ValidationError("--instances must be 1…20") }
        for c in connect { do { _ = try ConnectionURL(parsing: c) } catch { throw ValidationError("\(error)") } }
        guard truthRate >= 0, truthRate <= 1000 else { throw ValidationError("--truth-rate must be 0…1000 Hz") }
        guard statusInterval >= 0, statusInterval.isFinite else { throw ValidationError("--status-interval must be 0 or a positive number of seconds") }
        if let hil {
            do { _ = try ConnectionURL(parsing: hil) } catch { throw ValidationError("--hil: \(error)") }
            guard connect.isEmpty else {
                throw ValidationError("--hil runs only the simulator: ground stations connect to the autopilot, not with --connect (--gcs routes them through the autopilot link)")
            }
            guard instances == 1 else { throw ValidationError("--hil drives one autopilot: --instances must be 1") }
            for g in gcs { do { _ = try ConnectionURL(parsing: g) } catch { throw ValidationError("--gcs: \(error)") } }
        } else if !gcs.isEmpty {
            throw ValidationError("--gcs routes ground stations through the --hil link: use it with --hil (without --hil, use --connect)")
        }
    }

    func run() async throws {
        let data = try DataFiles.locate()
        let airframe: Airframe, scen: Scenario
        do {
            airframe = try SimulationFiles.airframe(named: vehicle, in: data.vehicles)
            scen = try SimulationFiles.scenario(atPath: scenario ?? data.scenarios + "/calm.scenario")
        } catch { throw ValidationError("\(error)") }
        if let hil { return try await runSimulatorOnly(airframe: airframe, scenario: scen, link: try ConnectionURL(parsing: hil)) }
        let params = try data.airframeParameters(for: vehicle)
        var runtimes: [SITLRuntime] = []
        let utcStart = UInt64(Date().timeIntervalSince1970 * 1e6)
        let ephemeralRoot = ephemeral ? FileManager.default.temporaryDirectory.path + "/swiftlet-sitl-\(getpid())" : nil
        for i in 0..<instances {
            let links = connect.isEmpty
                ? [try ConnectionURL(parsing: "udpout://127.0.0.1:14550"), try ConnectionURL(parsing: "udpout://127.0.0.1:\(14540 + i)")]
                : try connect.map { try ConnectionURL(parsing: $0) }
            var options = SITLOptions(airframe: airframe, scenario: scen, parameters: params, seed: seed &+ UInt64(i),
                                      speed: speed == "max" ? nil : Double(speed), links: links)
            options.systemID = UInt8(i + 1)
            options.logFolder = FlightLogFolder(root: (ephemeralRoot ?? stateDir) + "/\(i)")
            options.utcStartMicros = utcStart
            options.softwareVersion = Swiftlet.version
            options.truthRateHz = truthRate
            options.statusIntervalMicros = UInt64(statusInterval * 1e6)
            options.replaceBatteryAfterFlight = batterySwap
            var stateNote = "no saved state"
            if !ephemeral {
                let store = try VehicleStateStore(directory: stateDir + "/\(i)", vehicle: vehicle, defaults: params)
                let report = try options.restoreState(from: store)
                stateNote = Self.describe(report, store: store, signed: options.signingKey != nil)
            }
            let runtime = try SITLRuntime(options: options)
            if verbose {
                let id = i + 1
                runtime.onEvent = { t, e in print(String(format: "[%d %8.3f] ", id, t.seconds) + "\(e)") }
            }
            runtime.onStateError = { e in FileHandle.standardError.write(Data("swiftlet sitl: \(e)\n".utf8)) }
            runtime.onRefusedFrames = { line in FileHandle.standardError.write(Data("swiftlet sitl: vehicle \(i + 1): \(line)\n".utf8)) }
            if statusInterval > 0 {
                runtime.onStatus = { s in
                    print(s.jsonLine)
                    fflush(nil)
                }
                runtime.onStall = { line in
                    print(line)
                    fflush(nil)
                }
            }
            runtimes.append(runtime)
            if !ephemeral { stateNote += "; \(runtime.restoredPlans)" }
            print("vehicle \(i + 1): \(vehicle) in \(scen.name), seed \(seed &+ UInt64(i)), links \(links.map(\.description).joined(separator: " ")); \(stateNote); flight logs in \(options.logFolder!.logDirectory)")
        }
        // Out now, even into a file or pipe: a log must not lose the start lines (restored state)
        // when the process is killed.
        fflush(nil)
        let all = runtimes
        let stopper = StopOnSignal { for r in all { r.stop() } }
        defer { withExtendedLifetime(stopper) {} }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for r in runtimes { group.addTask { try await r.run(seconds: duration) } }
            try await group.waitForAll()
        }
        // --ephemeral keeps nothing, its flight logs included.
        if let ephemeralRoot { try? FileManager.default.removeItem(atPath: ephemeralRoot) }
    }

    /// `--hil`: physics and sensors only, driving an external autopilot in lockstep.
    func runSimulatorOnly(airframe: Airframe, scenario: Scenario, link: ConnectionURL) async throws {
        var options = HILSimulatorOptions(airframe: airframe, scenario: scenario, seed: seed,
                                          speed: speed == "max" ? nil : Double(speed), link: link)
        options.truthRateHz = truthRate
        options.utcStartMicros = UInt64(Date().timeIntervalSince1970 * 1e6)
        options.groundLinks = try gcs.map { try ConnectionURL(parsing: $0) }
        let runtime = HILSimulatorRuntime(options: options)
        runtime.onConnected = { who in print("autopilot connected: \(who)"); fflush(nil) }
        print("simulator: \(vehicle) in \(scenario.name), seed \(seed), waiting for the autopilot on \(link)"
              + (gcs.isEmpty ? "" : "; ground stations routed to \(options.groundLinks.map(\.description).joined(separator: " "))"))
        fflush(nil)
        let stopper = StopOnSignal { runtime.stop() }
        defer { withExtendedLifetime(stopper) {} }
        try await runtime.run(seconds: duration)
    }

    /// One line on what was restored (never the key itself).
    static func describe(_ report: ParameterFile.Report?, store: VehicleStateStore, signed: Bool) -> String {
        var parts: [String] = []
        if let report {
            parts.append("\(report.applied) saved parameter(s) restored from \(store.parametersPath)")
            if !report.unknown.isEmpty { parts.append("unknown, skipped: \(report.unknown.joined(separator: " "))") }
            if !report.refused.isEmpty { parts.append("refused, skipped: \(report.refused.joined(separator: " "))") }
        } else {
            parts.append("state in \(store.directory)")
        }
        if signed { parts.append("signing on") }
        return parts.joined(separator: ", ")
    }
}
