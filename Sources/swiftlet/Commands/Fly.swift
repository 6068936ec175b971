import ArgumentParser
import Autopilot
import FlightMath
import Foundation
import GroundStation
import MAVLinkDialects
import Simulation
import Synchronization
import Transport

/// `swiftlet fly MISSION`: upload a plan over MAVLink, arm, start, follow it to landing.
struct Fly: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fly a mission: upload it over MAVLink, arm, start, follow it to the landing.",
        discussion: """
            With --sitl (the default without --connect) the simulator runs in this process and the \
            mission still goes over a real MAVLink UDP link, exactly as to a vehicle.
            Example: swiftlet fly Missions/zurich-tour.plan
            """)

    @Argument(help: "Mission file (.plan or .waypoints).") var mission: String
    @Option(help: "Vehicle link (e.g. udpin://:14550); without it, fly in SITL.") var connect: String?
    @Flag(help: "Fly in the built-in simulator (the default without --connect).") var sitl = false
    @Option(help: "SITL vehicle model.") var vehicle = "quad450"
    @Option(help: "SITL scenario file.") var scenario: String?
    @Option(help: "SITL seed.") var seed: UInt64 = 1
    @Option(help: "SITL real-time factor, or 'max'.") var speed = "max"
    @Option(help: "Give up after this many seconds of wall time.") var timeout: Double = 600
    @Option(help: "Folder for the flight's telemetry log (.tlog) and plot (.svg).") var logDir = "logs"
    @Flag(help: "Print the summary as JSON.") var json = false

    func validate() throws {
        if connect != nil && sitl { throw ValidationError("--sitl and --connect exclude each other") }
        if speed != "max" { guard let s = Double(speed), s > 0 else { throw ValidationError("--speed must be a positive number or 'max'") } }
        if let connect { do { _ = try ConnectionURL(parsing: connect) } catch { throw ValidationError("\(error)") } }
    }

    func run() async throws {
        let plan: FlightPlan
        do { plan = try PlanFiles.load(mission) } catch { throw ValidationError("\(error)") }
        guard !plan.items.isEmpty else { throw ValidationError("\(mission): the plan has no mission items") }
        let link: ByteLink
        var runtime: SITLRuntime?
        var runtimeTask: Task<Void, Error>?
        if let connect {
            link = try await ByteLink.open(try ConnectionURL(parsing: connect), persistent: true)
        } else {
            link = try await ByteLink.open(try ConnectionURL(parsing: "udpin://127.0.0.1:0"))
            guard let port = link.localPort else { throw ValidationError("could not open a local UDP port") }
            let data = try DataFiles.locate()
            let airframe = try SimulationFiles.airframe(named: vehicle, in: data.vehicles)
            var scen = try SimulationFiles.scenario(atPath: scenario ?? data.scenarios + "/calm.scenario")
            // Put the simulated vehicle where the plan starts: its planned home, else its first
            // positioned item (a scenario file given explicitly keeps its own location).
            if scenario == nil {
                if let h = plan.home {
                    scen.origin = GeodeticPosition(latitude: h.latitude, longitude: h.longitude, altitude: h.altitudeMSL)
                } else if let first = plan.items.first(where: \.hasPosition) {
                    scen.origin = GeodeticPosition(latitude: first.latitude, longitude: first.longitude, altitude: scen.origin.altitude)
                }
            }
            let options = SITLOptions(airframe: airframe, scenario: scen, parameters: try data.airframeParameters(for: vehicle),
                                      seed: seed, speed: speed == "max" ? nil : Double(speed),
                                      links: [try ConnectionURL(parsing: "udpout://127.0.0.1:\(port)")])
            let r = try SITLRuntime(options: options)
            runtime = r
            runtimeTask = Task { try await r.run() }
            log("SITL: \(vehicle) in \(scen.name), seed \(seed), speed \(speed)")
        }
        defer { runtime?.stop(); runtimeTask?.cancel() }
        let name = URL(fileURLWithPath: mission).deletingPathExtension().lastPathComponent
        // Named by the second the flight starts; a second flight in the same second gets "-2", "-3"….
        let first = URL(fileURLWithPath: logDir).appendingPathComponent(TelemetryLogWriter.fileName(for: name)).path
        var logPath = first
        for n in 2...100 where FileManager.default.fileExists(atPath: logPath) {
            logPath = String(first.dropLast(".tlog".count)) + "-\(n).tlog"
        }
        let recorder: TelemetryLogWriter
        do { recorder = try TelemetryLogWriter(path: logPath) } catch { throw ValidationError("cannot create the flight log \(logPath): \(error.localizedDescription)") }
        var flight = FlightSession(plan: plan, link: link, recorder: recorder)
        // On a terminal, a live line redrawn in place; otherwise (logs, CI) only the event lines.
        let live = !json && isatty(STDOUT_FILENO) == 1
        var summary = try await flight.fly(timeout: .seconds(timeout), log: { line in
            if live { print("\r\u{1B}[2K", terminator: "") }
            log(line)
        }, status: live ? { line in
            print("\r\u{1B}[2K" + line, terminator: "")
            fflush(nil)
        } : nil)
        if live { print("\r\u{1B}[2K", terminator: "") }
        await link.close()
        recorder.close()
        summary.logPath = logPath
        let plotPath = String(logPath.dropLast(".tlog".count)) + ".svg"
        do {
            try PlanFiles.writeAtomically(PlanSVG.render(plan, track: summary.track), to: plotPath)
            summary.plotPath = plotPath
        } catch { log("warning: could not write the plot \(plotPath): \(error)") }
        if json { print(summary.json) } else { print(summary.text) }
        if !summary.completed { throw ExitCode(1) }
    }

    func log(_ s: String) { if !json { print(s) } }
}
