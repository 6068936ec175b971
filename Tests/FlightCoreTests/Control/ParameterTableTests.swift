import Foundation
import Testing
import FlightCore

@Suite struct ParameterTableTests {
    @Test func everyNameFitsMAVLinkAndIsUnique() {
        var seen = Set<String>()
        for d in ParameterCatalog.all {
            let name = d.name.description
            #expect(name.utf8.count <= 16, "\(name) is longer than 16 characters")
            #expect(name.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }, "\(name)")
            #expect(seen.insert(name).inserted, "\(name) is defined twice")
        }
    }

    @Test func everyDefaultLiesWithinItsBounds() {
        for d in ParameterCatalog.all { #expect(d.accepts(d.defaultValue), "\(d.name)") }
    }

    @Test func settingByNameValidatesNameTypeAndRange() throws {
        var table = ParameterTable()
        try table.set("MC_ROLL_P", to: .float(7.5))
        #expect(table.value(of: "MC_ROLL_P") == .float(7.5))
        #expect(throws: ParameterError.unknownName) { try table.set("NO_SUCH_PARAM", to: .float(1)) }
        #expect(throws: ParameterError.wrongType(expected: .int32, got: .float)) {
            try table.set("CA_AIRFRAME", to: .float(1))
        }
        #expect(throws: ParameterError.outOfRange(value: .float(50), minimum: .float(0), maximum: .float(20))) {
            try table.set("MC_ROLL_P", to: .float(50))
        }
        #expect(throws: ParameterError.self) { try table.set("MC_ROLL_P", to: .float(.nan)) }
        #expect(table.value(of: "MC_ROLL_P") == .float(7.5))   // refused values leave the old one
    }

    @Test func outOfRangeErrorNamesTheLimits() {
        var table = ParameterTable()
        do {
            try table.set("MPC_THR_HOVER", to: .float(0.95))
            Issue.record("accepted an out-of-range value")
        } catch {
            #expect(error.description == "value 0.95 is outside the range 0.1 to 0.8")
        }
    }

    @Test func gainStructsFollowTheTable() throws {
        var table = ParameterTable()
        try table.set("MC_PITCHRATE_P", to: .float(0.21))
        try table.set("MC_YAWRATE_MAX", to: .float(90))
        try table.set("CA_AIRFRAME", to: .int32(3))
        let gains = ControlGains(parameters: table)
        #expect(gains.rate.proportional.y == 0.21)
        #expect(abs(gains.attitude.rateLimit.z - Float.pi / 2) < 1e-6)
        #expect(gains.mixer.geometry == .octoX)
    }

    @Test func resetRestoresDefaults() throws {
        var table = ParameterTable()
        try table.set("MOT_IDLE", to: .float(0.2))
        table.resetToDefaults()
        #expect(table.value(of: "MOT_IDLE") == .float(0.08))
    }
}

@Suite struct AirframeFilesTests {
    static func files() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: AirframeFile.directory(), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "params" }.sorted { $0.path < $1.path }
    }

    @Test func theThreeReferenceAirframesExist() throws {
        let names = Set(try Self.files().map { $0.deletingPathExtension().lastPathComponent })
        #expect(names.isSuperset(of: ["quad_250_racer", "quad_450", "hexa_550"]))
    }

    @Test func everyAirframeParsesAndEveryValueIsInRange() throws {
        for url in try Self.files() {
            let file = try AirframeFile.parse(String(contentsOf: url, encoding: .utf8))
            #expect(file.headerFound, "\(url.lastPathComponent): missing QGC header comment")
            #expect(!file.rows.isEmpty)
            _ = try file.applied(to: ParameterTable())
            let gains = ControlGains(parameters: try file.applied(to: ParameterTable()))
            _ = try Mixer(settings: gains.mixer)
        }
    }

    @Test func aMalformedRowIsRejected() {
        #expect(throws: AirframeFile.ParseError.self) { try AirframeFile.parse("1\t1\tMC_ROLL_P 5\t9\n") }
        #expect(throws: ParameterError.self) {
            try AirframeFile.parse("1\t1\tMC_ROLL_P\t99\t9\n").applied(to: ParameterTable())
        }
    }
}
