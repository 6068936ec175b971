import ArgumentParser
import Foundation
import GroundStation

/// `swiftlet mission plan`: build a plan from waypoints, a survey or an orbit.
struct MissionPlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "plan",
        abstract: "Build a mission from waypoints (arguments, CSV, GeoJSON), a survey polygon or an orbit.",
        discussion: """
            Examples:
              swiftlet mission plan 47.3980,8.5460,20 47.3985,8.5450 --takeoff 15 --rtl -o tour.plan
              swiftlet mission plan --survey field.geojson --gsd 1.5 --front 75 --side 65 --takeoff 20 --rtl -o survey.plan
              swiftlet mission plan --orbit 47.3977,8.5456 --radius 40 --altitude 30 --turns 2 --takeoff 15 --land -o orbit.waypoints
            """)

    @Argument(help: "Waypoints as lat,lon[,alt] (degrees, metres above home).") var waypoints: [String] = []
    @Option(help: "CSV file of lat,lon[,alt] rows.") var csv: String?
    @Option(help: "GeoJSON file (Point/LineString features).") var geojson: String?
    @Option(help: "Survey area: a GeoJSON/CSV file, or \"lat,lon;lat,lon;…\".") var survey: String?
    @Option(help: "Orbit centre as lat,lon.") var orbit: String?
    @Option(help: "Orbit radius, m.") var radius: Double = 30
    @Option(help: "Orbit waypoints per turn.") var points: Int = 12
    @Option(help: "Orbit turns.") var turns: Double = 1
    @Option(help: "Altitude above home for waypoints without one, surveys and orbits, m.") var altitude: Double = 30
    @Option(help: "Survey ground sampling distance, cm/px (sets the altitude).") var gsd: Double?
    @Option(help: "Camera as sensorW,sensorH,focal (mm),imageW,imageH (px).") var camera: String = "13.2,8.8,8.8,5472,3648"
    @Option(help: "Survey front overlap, %.") var front: Double = 70
    @Option(help: "Survey side overlap, %.") var side: Double = 60
    @Option(help: "Survey line heading, degrees from north (default: fewest lines).") var heading: Double?
    @Option(help: "Survey turnaround distance, m.") var turnaround: Double = 10
    @Option(help: "Camera trigger: distance (DO_SET_CAM_TRIGG_DIST) or imageCapture.") var trigger: CameraTrigger = .distance
    @Option(help: "Add a takeoff to this altitude above home, m.") var takeoff: Double?
    @Flag(help: "End with a return to launch.") var rtl = false
    @Flag(help: "End with a landing at the last waypoint.") var land = false
    @Option(help: "Planned home as lat,lon,altMSL, or 'here' for the operator's gpsd fix (default: first waypoint, 0 m).") var home: String?
    @Option(help: "gpsd address for --home here.") var gpsd = "localhost:2947"
    @Option(help: "Target autopilot written into the plan: swiftlet, px4, ardupilot.") var autopilot: AutopilotFamily = .swiftlet
    @Option(help: "Cruise speed written into the plan, m/s.") var speed: Double = 5
    @Option(help: "Inclusion fence polygon \"lat,lon;lat,lon;…\" (repeatable).") var fence: [String] = []
    @Option(help: "Exclusion fence polygon \"lat,lon;lat,lon;…\" (repeatable).") var exclude: [String] = []
    @Option(help: "Inclusion fence circle lat,lon,radius (repeatable).") var fenceCircle: [String] = []
    @Option(help: "Exclusion fence circle lat,lon,radius (repeatable).") var excludeCircle: [String] = []
    @Option(help: "Rally point lat,lon,alt (alt above home; repeatable).") var rally: [String] = []
    @Option(name: .shortAndLong, help: "Output file (.plan or .waypoints).") var output: String
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        let sources = [!waypoints.isEmpty || csv != nil || geojson != nil, survey != nil, orbit != nil].filter { $0 }.count
        guard sources == 1 else { throw ValidationError("give waypoints (arguments, --csv, --geojson), --survey or --orbit: exactly one kind") }
        guard !(rtl && land) else { throw ValidationError("--rtl and --land exclude each other") }
        guard PlanFileFormat(path: output) != nil else { throw ValidationError("--output must end in .plan or .waypoints") }
    }

    func run() async throws {
        var body: [PlanItem] = []
        var details: [(String, JSONValue)] = []
        do {
            if let survey {
                let polygon = try polygonPoints(survey)
                let c = camera.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard c.count == 5 else { throw ValidationError("--camera needs 5 numbers: sensorW,sensorH,focal,imageW,imageH") }
                let cam = CameraSpec(sensorWidth: c[0], sensorHeight: c[1], focalLength: c[2], imageWidth: Int(c[3]), imageHeight: Int(c[4]))
                let alt = gsd.map { SurveyPlanner.altitude(forGSD: $0, camera: cam) } ?? altitude
                let planner = SurveyPlanner(polygon: polygon, camera: cam, altitude: alt, frontOverlap: front, sideOverlap: side,
                                            heading: heading, turnaround: turnaround, trigger: trigger, speed: speed)
                do { body = try planner.items() } catch { throw ValidationError(error.description) }
                let h = planner.chosenHeading()
                details = [("altitude_m", .number(round2(alt))), ("gsd_cm_per_px", .number(round2(planner.gsd))),
                           ("line_spacing_m", .number(round2(planner.lineSpacing))), ("trigger_distance_m", .number(round2(planner.triggerDistance))),
                           ("heading_deg", .number(h)), ("lines", .number(Double(planner.lines(heading: h).count)))]
            } else if let orbit {
                let (center, _) = try WaypointSources.point(orbit, source: "--orbit", location: "value")
                body = PatternPlanner.orbit(center: center, radius: radius, altitude: altitude, pointsPerTurn: points, turns: turns)
            } else {
                var pts: [(GeoPoint, Double?)] = []
                for (i, w) in waypoints.enumerated() { pts.append(try WaypointSources.point(w, source: "argument", location: "waypoint \(i + 1)")) }
                if let csv { pts += try WaypointSources.csv(try read(csv), source: csv) }
                if let geojson { pts += try WaypointSources.geoJSON(try read(geojson), source: geojson) }
                body = WaypointSources.waypoints(pts, defaultAltitude: altitude)
            }
        } catch let error as PlanError { throw ValidationError(error.description) }

        var plan = FlightPlan(items: PatternPlanner.wrap(body, takeoffAltitude: takeoff, ending: rtl ? .rtl : land ? .land : .none))
        plan.firmwareType = autopilot == .ardupilot ? 3 : autopilot == .px4 ? 12 : 0
        plan.hoverSpeed = speed; plan.cruiseSpeed = speed
        if home?.lowercased() == "here" {
            let fix = try OperatorPosition.fix(gpsd: gpsd)
            plan.home = PlannedHome(latitude: fix.latitude, longitude: fix.longitude, altitudeMSL: fix.altitudeMSL ?? 0)
        } else if let home {
            let f = home.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard f.count == 3 else { throw ValidationError("--home needs lat,lon,altMSL") }
            plan.home = PlannedHome(latitude: f[0], longitude: f[1], altitudeMSL: f[2])
        } else if let first = plan.items.first(where: \.hasPosition) {
            plan.home = PlannedHome(latitude: first.latitude, longitude: first.longitude, altitudeMSL: 0)
        }
        do {
            for (spec, inclusion) in fence.map({ ($0, true) }) + exclude.map({ ($0, false) }) {
                plan.fence.append(.polygon(vertices: try polygonPoints(spec), inclusion: inclusion))
            }
            for (spec, inclusion) in fenceCircle.map({ ($0, true) }) + excludeCircle.map({ ($0, false) }) {
                let (c, r) = try WaypointSources.point(spec, source: "fence circle", location: spec)
                guard let r, r > 0 else { throw ValidationError("fence circle \(spec): give lat,lon,radius with a positive radius") }
                plan.fence.append(.circle(center: c, radius: r, inclusion: inclusion))
            }
            for spec in rally {
                let (p, alt) = try WaypointSources.point(spec, source: "--rally", location: spec)
                plan.rally.append(RallyPoint(latitude: p.latitude, longitude: p.longitude, altitude: alt ?? altitude))
            }
        } catch let error as PlanError { throw ValidationError(error.description) }
        let warnings = try MissionCLI.save(plan, output)
        if json {
            MissionCLI.emit(.object([("output", .string(output)), ("items", .number(Double(plan.items.count))),
                                     ("warnings", MissionCLI.jsonStrings(warnings))] + details))
        } else {
            MissionCLI.warn(warnings)
            var line = "Wrote \(output): \(plan.items.count) items"
            if !details.isEmpty {
                line += " (" + details.map { "\($0.0) \($0.1.serialized().trimmingCharacters(in: .whitespacesAndNewlines))" }.joined(separator: ", ") + ")"
            }
            print(line)
        }
    }

    func read(_ path: String) throws -> String {
        do { return try String(contentsOfFile: path, encoding: .utf8) } catch { throw ValidationError("\(path): cannot read") }
    }

    func polygonPoints(_ spec: String) throws -> [GeoPoint] {
        if FileManager.default.fileExists(atPath: spec) {
            let text = try read(spec)
            let pts = spec.lowercased().hasSuffix(".csv") ? try WaypointSources.csv(text, source: spec)
                                                           : try WaypointSources.geoJSON(text, source: spec)
            return pts.map(\.0)
        }
        var out: [GeoPoint] = []
        for (i, p) in spec.split(separator: ";").enumerated() {
            out.append(try WaypointSources.point(String(p), source: "--survey", location: "vertex \(i + 1)").0)
        }
        return out
    }

    func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
