/// Reads and writes QGroundControl `.plan` files (JSON, `"fileType": "Plan"`, version 1).
///
/// Read: simple items; complex items (survey, corridor scan) are expanded to the simple items QGC
/// generated for them (`TransectStyleComplexItem.Items`); geofence circles and polygons; rally
/// points; planned home, firmware and vehicle type, cruise and hover speed.
/// Write: the layout QGC writes, with every mission item as a simple item and NaN as `null`.
public enum QGCPlanFile {
    /// Parses `.plan` text; `source` names the file in errors.
    public static func read(_ text: String, source: String) throws(PlanError) -> FlightPlan {
        let root: JSONValue
        do throws(JSONValue.SyntaxError) { root = try JSONValue.parse(text) } catch {
            throw PlanError(source: source, location: "line \(error.line), column \(error.column)", reason: error.reason)
        }
        let r = JSONReader(source: source, value: root, path: "$")
        let fileType = try r.member("fileType").string()
        guard fileType == "Plan" else { throw try r.member("fileType").fail("expected \"Plan\", found \"\(fileType)\"") }
        let version = try r.member("version").integer(Int.self)
        guard version == 1 else { throw try r.member("version").fail("unsupported plan version \(version) (expected 1)") }

        var plan = FlightPlan()
        let mission = try r.member("mission")
        plan.firmwareType = try mission.optionalMember("firmwareType")?.integer(UInt8.self) ?? 0
        plan.vehicleType = try mission.optionalMember("vehicleType")?.integer(UInt8.self) ?? 2
        plan.cruiseSpeed = try mission.optionalMember("cruiseSpeed")?.number() ?? 15
        plan.hoverSpeed = try mission.optionalMember("hoverSpeed")?.number() ?? 5
        if let home = try mission.optionalMember("plannedHomePosition") {
            let c = try home.coordinate(minCount: 3)
            plan.home = PlannedHome(latitude: c[0], longitude: c[1], altitudeMSL: c[2])
        }
        for item in try mission.member("items").elements() {
            try readItem(item, into: &plan.items)
        }
        plan.items = plan.items.shiftingJumpTargets(by: -1)   // QGC numbers the first item 1
        if let fence = try r.optionalMember("geoFence") {
            if let circles = try fence.optionalMember("circles") {
                for c in try circles.elements() {
                    let circle = try c.member("circle")
                    let center = try circle.member("center").coordinate()
                    let radiusReader = try circle.member("radius")
                    let radius = try radiusReader.number()
                    guard radius > 0 else { throw radiusReader.fail("circle radius must be positive, found \(radius)") }
                    plan.fence.append(.circle(center: GeoPoint(latitude: center[0], longitude: center[1]),
                                              radius: radius, inclusion: try c.member("inclusion").bool()))
                }
            }
            if let polygons = try fence.optionalMember("polygons") {
                for p in try polygons.elements() {
                    let vertices = try p.member("polygon")
                    var points: [GeoPoint] = []
                    for v in try vertices.elements() {
                        let c = try v.coordinate()
                        points.append(GeoPoint(latitude: c[0], longitude: c[1]))
                    }
                    guard points.count >= 3 else { throw vertices.fail("a fence polygon needs at least 3 vertices, found \(points.count)") }
                    plan.fence.append(.polygon(vertices: points, inclusion: try p.member("inclusion").bool()))
                }
            }
        }
        if let rally = try r.optionalMember("rallyPoints"), let points = try rally.optionalMember("points") {
            for p in try points.elements() {
                let c = try p.coordinate(minCount: 3)
                plan.rally.append(RallyPoint(latitude: c[0], longitude: c[1], altitude: c[2]))
            }
        }
        return plan
    }

    static func readItem(_ item: JSONReader, into items: inout [PlanItem]) throws(PlanError) {
        let type = try item.member("type").string()
        switch type {
        case "SimpleItem":
            items.append(try readSimpleItem(item))
        case "ComplexItem":
            let kind = try item.member("complexItemType").string()
            guard let transect = try item.optionalMember("TransectStyleComplexItem"),
                  let generated = try transect.optionalMember("Items") else {
                throw item.fail("complex item \"\(kind)\" has no generated items (TransectStyleComplexItem.Items); open and save it in QGroundControl first")
            }
            for g in try generated.elements() { try readItem(g, into: &items) }
        default:
            throw try item.member("type").fail("unknown item type \"\(type)\"")
        }
    }

    static func readSimpleItem(_ item: JSONReader) throws(PlanError) -> PlanItem {
        let command = try item.member("command").integer(UInt16.self)
        let frame = try item.member("frame").integer(UInt8.self)
        let paramsReader = try item.member("params")
        let params = try paramsReader.elements()
        guard params.count == 7 else { throw paramsReader.fail("expected 7 params, found \(params.count)") }
        var p: [Double] = []
        for x in params { p.append(try x.numberOrNaN()) }
        let autocontinue = try item.optionalMember("autoContinue")?.bool() ?? true
        var result = PlanItem(command: command, frame: frame, autocontinue: autocontinue,
                              param1: Float(p[0]), param2: Float(p[1]), param3: Float(p[2]), param4: Float(p[3]),
                              z: Float(p[6]))
        if PlanFrame.isGlobal(frame) {
            let lat = p[4].isNaN ? 0 : p[4], lon = p[5].isNaN ? 0 : p[5]
            guard abs(lat) <= 90 else { throw params[4].fail("latitude \(lat) outside ±90°") }
            guard abs(lon) <= 180 else { throw params[5].fail("longitude \(lon) outside ±180°") }
            result.x = PlanItem.degreesE7(lat); result.y = PlanItem.degreesE7(lon)
        } else {
            result.x = Int32(clamping: Int64(((p[4].isNaN ? 0 : p[4]) * 1e4).rounded()))
            result.y = Int32(clamping: Int64(((p[5].isNaN ? 0 : p[5]) * 1e4).rounded()))
        }
        return result
    }

    /// The plan as `.plan` text.
    public static func write(_ plan: FlightPlan) -> String {
        var items: [JSONValue] = []
        for (i, item) in plan.items.shiftingJumpTargets(by: 1).enumerated() {
            let global = item.isGlobal
            let x = global ? item.latitude : Double(item.x) * 1e-4
            let y = global ? item.longitude : Double(item.y) * 1e-4
            let params: [JSONValue] = [item.param1, item.param2, item.param3, item.param4].map(floatValue)
                + [.number(x), .number(y), floatValue(item.z)]
            let altitudeMode: Double = item.frame == PlanFrame.global || item.frame == PlanFrame.globalInt ? 2
                : (item.frame == PlanFrame.globalTerrainAltitude || item.frame == PlanFrame.globalTerrainAltitudeInt ? 3 : 1)
            items.append(.object([
                ("AMSLAltAboveTerrain", .null),
                ("Altitude", floatValue(item.z)),
                ("AltitudeMode", .number(altitudeMode)),
                ("autoContinue", .bool(item.autocontinue)),
                ("command", .number(Double(item.command))),
                ("doJumpId", .number(Double(i + 1))),
                ("frame", .number(Double(item.frame))),
                ("params", .array(params)),
                ("type", .string("SimpleItem")),
            ]))
        }
        var missionMembers: [(String, JSONValue)] = [
            ("cruiseSpeed", .number(plan.cruiseSpeed)),
            ("firmwareType", .number(Double(plan.firmwareType))),
            ("globalPlanAltitudeMode", .number(1)),
            ("hoverSpeed", .number(plan.hoverSpeed)),
            ("items", .array(items)),
        ]
        let home = plan.home ?? PlannedHome(latitude: plan.items.first(where: \.hasPosition)?.latitude ?? 0,
                                            longitude: plan.items.first(where: \.hasPosition)?.longitude ?? 0,
                                            altitudeMSL: 0)
        missionMembers.append(("plannedHomePosition", .array([.number(home.latitude), .number(home.longitude), .number(home.altitudeMSL)])))
        missionMembers.append(("vehicleType", .number(Double(plan.vehicleType))))
        missionMembers.append(("version", .number(2)))

        var circles: [JSONValue] = [], polygons: [JSONValue] = []
        for region in plan.fence {
            switch region {
            case .circle(let c, let r, let inclusion):
                circles.append(.object([
                    ("circle", .object([("center", .array([.number(c.latitude), .number(c.longitude)])), ("radius", .number(r))])),
                    ("inclusion", .bool(inclusion)), ("version", .number(1)),
                ]))
            case .polygon(let vs, let inclusion):
                polygons.append(.object([
                    ("inclusion", .bool(inclusion)),
                    ("polygon", .array(vs.map { .array([.number($0.latitude), .number($0.longitude)]) })),
                    ("version", .number(1)),
                ]))
            }
        }
        let root: JSONValue = .object([
            ("fileType", .string("Plan")),
            ("geoFence", .object([("circles", .array(circles)), ("polygons", .array(polygons)), ("version", .number(2))])),
            ("groundStation", .string("Swiftlet")),
            ("mission", .object(missionMembers)),
            ("rallyPoints", .object([
                ("points", .array(plan.rally.map { .array([.number($0.latitude), .number($0.longitude), .number($0.altitude)]) })),
                ("version", .number(2)),
            ])),
            ("version", .number(1)),
        ])
        return root.serialized()
    }

    /// A Float parameter as JSON: NaN → null, otherwise the shortest decimal that reads back to it.
    static func floatValue(_ f: Float) -> JSONValue {
        f.isNaN ? .null : .number(Double("\(f)") ?? Double(f))
    }
}
