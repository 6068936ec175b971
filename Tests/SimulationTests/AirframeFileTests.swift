import Testing
import FlightMath
@testable import Simulation

@Suite struct AirframeFileTests {
    @Test func shippedVehiclesLoadWithPX4MotorOrder() throws {
        let quad = try SimFixtures.airframe("quad450")
        #expect(quad.rotors.count == 4)
        #expect(quad.rotors[0].position.x > 0 && quad.rotors[0].position.y > 0)   // 1 front-right
        #expect(quad.rotors[0].spin == .counterClockwise)
        #expect(quad.rotors[2].spin == .clockwise)
        let hexa = try SimFixtures.airframe("hexa550")
        #expect(hexa.rotors.count == 6)
        #expect(try SimFixtures.airframe("quad250").mass == 0.6)
    }

    @Test func balancedYawTorquesInEveryShippedVehicle() throws {
        for name in ["quad250", "quad450", "hexa550"] {
            let a = try SimFixtures.airframe(name)
            let spinSum = a.rotors.reduce(Float(0)) { $0 + $1.spin.yawTorqueSign }
            let centre = a.rotors.reduce(Vector3.zero) { $0 + $1.position }
            #expect(spinSum == 0, "\(name)")
            #expect(centre.length < 1e-4, "\(name)")
        }
    }

    @Test func badNumberNamesFileLineAndField() throws {
        let text = try SimFixtures.vehicleText("quad450").replacingOccurrences(of: "mass                  1.50", with: "mass  heavy")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("mass") }! + 1
        #expect(throws: SimulationFileError(file: "x.vehicle", line: line, field: "mass",
                                            message: "expected a number, found 'heavy'")) {
            try Airframe(fileText: text, file: "x.vehicle")
        }
    }

    @Test func missingFieldUnknownFieldAndBadSpinAreReported() throws {
        let good = try SimFixtures.vehicleText("quad450")
        let noMass = good.split(separator: "\n").filter { !$0.hasPrefix("mass") }.joined(separator: "\n")
        #expect(throws: SimulationFileError(file: "f", line: 0, field: "mass", message: "missing")) {
            try Airframe(fileText: noMass, file: "f")
        }
        do {
            _ = try Airframe(fileText: good + "\nwingspan 2\n", file: "f")
            Issue.record("unknown field accepted")
        } catch {
            #expect(error.field == "wingspan")
            #expect(error.line == good.split(separator: "\n", omittingEmptySubsequences: false).count + 1)
        }
        do {
            _ = try Airframe(fileText: good.replacingOccurrences(of: "0    ccw               # 1", with: "0    left  # 1"), file: "f")
            Issue.record("bad spin accepted")
        } catch {
            #expect(error.field == "motor")
            #expect(error.message.contains("'left'"))
            #expect(error.description.hasPrefix("f:"))
        }
    }

    @Test func outOfRangeValueIsRejected() throws {
        let text = try SimFixtures.vehicleText("quad450").replacingOccurrences(of: "thrust_curve          0.5", with: "thrust_curve 1.5")
        #expect(throws: SimulationFileError.self) { try Airframe(fileText: text, file: "f") }
    }
}
