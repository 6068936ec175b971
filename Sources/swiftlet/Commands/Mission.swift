import ArgumentParser
import Foundation
import GroundStation

/// `swiftlet mission`: plan, convert, check and draw mission files.
struct Mission: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Plan, convert, validate, draw and transfer missions (.plan, .waypoints).",
        subcommands: [MissionPlanCommand.self, MissionConvert.self, MissionValidate.self, MissionShow.self,
                      MissionUpload.self, MissionDownload.self, MissionClear.self, MissionStart.self, MissionStatus.self])
}

extension AutopilotFamily: ExpressibleByArgument {}
extension PatternPlanner.Ending: ExpressibleByArgument {}
extension CameraTrigger: ExpressibleByArgument {}

/// Shared helpers for mission commands.
enum MissionCLI {
    static func load(_ path: String) throws -> FlightPlan {
        do { return try PlanFiles.load(path) } catch { throw ValidationError(error.description) }
    }

    static func save(_ plan: FlightPlan, _ path: String) throws -> [String] {
        do { return try PlanFiles.save(plan, to: path) } catch { throw ValidationError(error.description) }
    }

    static func warn(_ warnings: [String]) {
        for w in warnings { FileHandle.standardError.write(Data("warning: \(w)\n".utf8)) }
    }

    static func jsonStrings(_ xs: [String]) -> JSONValue { .array(xs.map { .string($0) }) }

    static func emit(_ value: JSONValue) { print(value.serialized(), terminator: "") }
}

/// `swiftlet mission convert IN OUT`.
struct MissionConvert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "convert",
        abstract: "Convert between QGC .plan and QGC WPL 110 .waypoints (format from the extension).")
    @Argument(help: "Input plan file.") var input: String
    @Argument(help: "Output plan file (written atomically).") var output: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let plan = try MissionCLI.load(input)
        let warnings = try MissionCLI.save(plan, output)
        if json {
            MissionCLI.emit(.object([("input", .string(input)), ("output", .string(output)),
                                     ("items", .number(Double(plan.items.count))), ("warnings", MissionCLI.jsonStrings(warnings))]))
        } else {
            MissionCLI.warn(warnings)
            print("Wrote \(output): \(plan.items.count) mission items")
        }
    }
}

/// Airframe and limit options for `validate`.
struct AirframeOptions: ParsableArguments {
    @Option(help: "Cruise speed, m/s.") var cruiseSpeed: Double = 5
    @Option(help: "Climb rate, m/s.") var climbRate: Double = 2.5
    @Option(help: "Descent rate, m/s.") var descentRate: Double = 1.5
    @Option(help: "Electrical power in flight, W.") var hoverPower: Double = 180
    @Option(help: "Usable battery energy, Wh.") var batteryWh: Double = 74
    @Option(help: "Battery reserve to keep, percent.") var reserve: Double = 20
    @Option(help: "Highest altitude above home, m.") var maxAltitude: Double = 120
    @Option(help: "Furthest distance from home, m.") var maxDistance: Double = 1000

    var airframe: AirframeNumbers {
        var a = AirframeNumbers()
        a.cruiseSpeed = cruiseSpeed; a.climbRate = climbRate; a.descentRate = descentRate
        a.hoverPower = hoverPower; a.batteryEnergy = batteryWh; a.reservePercent = reserve
        return a
    }
    var limits: PlanLimits {
        var l = PlanLimits(); l.maxAltitude = maxAltitude; l.maxDistance = maxDistance; return l
    }

    func validate() throws {
        guard cruiseSpeed > 0, climbRate > 0, descentRate > 0 else { throw ValidationError("speeds and rates must be positive") }
        guard (0..<100).contains(reserve) else { throw ValidationError("--reserve must be in 0..<100") }
    }
}

/// `swiftlet mission validate FILE`.
struct MissionValidate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate",
        abstract: "Check limits, autopilot support and the fence; estimate time, distance and battery.")
    @Argument(help: "Plan file.") var file: String
    @Option(help: "Target autopilot: swiftlet, px4, ardupilot (default: from the file, else swiftlet).") var autopilot: AutopilotFamily?
    @OptionGroup var airframe: AirframeOptions
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let plan = try MissionCLI.load(file)
        let family = autopilot ?? (plan.firmwareType == 3 ? .ardupilot : plan.firmwareType == 12 ? .px4 : .swiftlet)
        let report = PlanValidator(autopilot: family, limits: airframe.limits, airframe: airframe.airframe).validate(plan)
        if json {
            MissionCLI.emit(report.json)
        } else {
            print("\(file): \(plan.items.count) items for \(family.rawValue)")
            for f in report.findings {
                print("  \(f.severity.rawValue): \(f.item.map { "item \($0 + 1): " } ?? "")\(f.message)")
            }
            let e = report.estimate
            print(String(format: "  estimate: %.0f m, %d min %02d s, %.1f Wh (%.0f %% of the battery)",
                         e.distance, Int(e.time) / 60, Int(e.time) % 60, e.energy, e.batteryPercent))
            print(report.verdict)
        }
        if !report.passed { throw ExitCode(1) }
    }
}

/// `swiftlet mission show FILE -o plan.svg`.
struct MissionShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show",
        abstract: "Draw the plan from above as SVG (path, numbered waypoints, fence, rally, home, scale).")
    @Argument(help: "Plan file.") var file: String
    @Option(name: .shortAndLong, help: "SVG file to write.") var output: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let plan = try MissionCLI.load(file)
        do { try PlanFiles.writeAtomically(PlanSVG.render(plan), to: output) } catch { throw ValidationError(error.description) }
        if json { MissionCLI.emit(.object([("input", .string(file)), ("svg", .string(output))])) }
        else { print("Wrote \(output)") }
    }
}
