import ArgumentParser
import Autopilot
import FlightCore
import Foundation
import Simulation
import Transport
import VehicleServices

/// `swiftlet autopilot`: the Swiftlet flight stack and its MAVLink vehicle services, with sensors
/// from a simulator link (PX4's HIL/SITL MAVLink interface) instead of the built-in simulator.
struct AutopilotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "autopilot",
        abstract: "Run the flight stack against an external simulator (HIL_SENSOR/HIL_GPS in, HIL_ACTUATOR_CONTROLS out).",
        discussion: """
            Connects to the simulator at --simulator (default tcp://127.0.0.1:4560, where \
            `swiftlet sitl --hil tcpin://:4560`, Gazebo's mavlink_interface and jMAVSim listen) and \
            flies in lockstep with it: every HIL_SENSOR with IMU data runs one control step and is \
            answered with HIL_ACTUATOR_CONTROLS. Toward ground stations it is the same vehicle as \
            `swiftlet sitl`: it sends to 127.0.0.1:14550 and 127.0.0.1:14540 unless --connect replaces \
            them, keeps parameters and the signing key in STATE-DIR (default ./autopilot-state) unless \
            --ephemeral, and forwards the simulator's HIL_STATE_QUATERNION truth as SIM_STATE and \
            HIL_STATE_QUATERNION at --truth-rate. SIGINT or SIGTERM stops cleanly.
            """)

    @Option(help: "Simulator link URL (tcp://host:port, serial:///dev/…:baud).") var simulator = "tcp://127.0.0.1:4560"
    @Option(help: "Airframe parameters and motor count: quad250, quad450 or hexa550.") var vehicle = "quad450"
    @Option(name: .customLong("connect"), help: "MAVLink link URL (repeatable); replaces the default links.")
    var connect: [String] = []
    @Option(name: .customLong("state-dir"), help: "Folder for what the vehicle keeps across restarts (parameters, signing key, mission, fence and rally).")
    var stateDir = "autopilot-state"
    @Flag(help: "Keep no state: start from the default parameters, save nothing.") var ephemeral = false
    @Option(name: .customLong("truth-rate"), help: "Rate of SIM_STATE/HIL_STATE_QUATERNION while the simulator sends its truth, Hz; 0 = only on request.")
    var truthRate: Float = 10
    @Option(name: .customLong("gnss-speed-accuracy"), help: "Speed accuracy assumed for HIL_GPS (it carries none), m/s.")
    var gnssSpeedAccuracy: Float = 0.05
    @Option(help: "Stop after this many simulated seconds.") var duration: Double?
    @Flag(help: "Print flight events (arming, modes, items reached, failsafes).") var verbose = false

    func validate() throws {
        for c in connect + [simulator] { do { _ = try ConnectionURL(parsing: c) } catch { throw ValidationError("\(error)") } }
        guard truthRate >= 0, truthRate <= 1000 else { throw ValidationError("--truth-rate must be 0…1000 Hz") }
        guard gnssSpeedAccuracy > 0, gnssSpeedAccuracy.isFinite else { throw ValidationError("--gnss-speed-accuracy must be positive") }
    }

    func run() async throws {
        let data = try DataFiles.locate()
        let airframe: Airframe
        do { airframe = try SimulationFiles.airframe(named: vehicle, in: data.vehicles) } catch { throw ValidationError("\(error)") }
        let params = try data.airframeParameters(for: vehicle)
        let links = connect.isEmpty
            ? [try ConnectionURL(parsing: "udpout://127.0.0.1:14550"), try ConnectionURL(parsing: "udpout://127.0.0.1:14540")]
            : try connect.map { try ConnectionURL(parsing: $0) }
        var options = HILAutopilotOptions(parameters: params, simulator: try ConnectionURL(parsing: simulator), links: links)
        let rotors = airframe.rotors.count
        options.vehicleType = rotors == 6 ? .hexarotor : (rotors == 8 ? .octorotor : .quadrotor)
        options.truthRateHz = truthRate
        options.gnssSpeedAccuracy = gnssSpeedAccuracy
        var stateNote = "no saved state"
        if !ephemeral {
            let store = try VehicleStateStore(directory: stateDir, vehicle: vehicle, defaults: params)
            let report = try options.restoreState(from: store)
            stateNote = Sitl.describe(report, store: store, signed: options.signingKey != nil)
            options.filesRoot = stateDir
        }
        let runtime = try HILAutopilotRuntime(options: options)
        if verbose { runtime.onEvent = { t, e in print(String(format: "[%8.3f] ", t.seconds) + "\(e)") } }
        runtime.onStateError = { e in FileHandle.standardError.write(Data("swiftlet autopilot: \(e)\n".utf8)) }
        if !ephemeral { stateNote += "; \(runtime.restoredPlans)" }
        runtime.onRefusedFrames = { line in FileHandle.standardError.write(Data("swiftlet autopilot: \(line)\n".utf8)) }
        print("autopilot: \(vehicle), simulator \(options.simulator), links \(links.map(\.description).joined(separator: " ")); \(stateNote)")
        fflush(nil)
        let stopper = StopOnSignal { runtime.stop() }
        defer { withExtendedLifetime(stopper) {} }
        try await runtime.run(seconds: duration)
    }
}
