import Testing
import FlightMath
@testable import Simulation

@Suite struct ScenarioTests {
    static func path(_ name: String) -> String { SimFixtures.repoRoot.appendingPathComponent("sim/scenarios/\(name).scenario").path }

    @Test func shippedScenariosLoad() throws {
        let calm = try SimulationFiles.scenario(atPath: Self.path("calm"))
        #expect(calm.origin == SimFixtures.zurich)
        #expect(calm.wind == .calm)
        #expect(calm.faults.isEmpty)
        let windy = try SimulationFiles.scenario(atPath: Self.path("windy-faults"))
        #expect(windy.vehicle == "hexa550")
        #expect(windy.wind.turbulence == .moderate)
        #expect(close(windy.wind.meanVelocityNED.y, 6, relative: 1e-5))
        #expect(windy.faults.count == 10)
        #expect(windy.faults.first == ScheduledFault(timeMicros: 30_000_000,
                                                    fault: .gnssGlitch(offsetNorth: 25, offsetEast: -10, seconds: 5)))
        #expect(windy.faults.last?.fault == .motorFailure(motor: 4))
        _ = try SimulationFiles.scenario(atPath: Self.path("gusty-coast"))
    }

    @Test func invalidScenarioLinesNameFileLineAndField() {
        let cases: [(String, Int, String)] = [
            ("origin 47 8 488\nat 10 motor_failure 9\n", 2, "at.motor_failure"),
            ("origin 47 8 488\nwind 5\n", 2, "wind"),
            ("origin 47 8\n", 1, "origin"),
            ("origin 47 8 488\n\n# comment\nat 3 sharknado 1\n", 4, "at"),
            ("origin 47 8 488\nturbulence breezy\n", 2, "turbulence"),
            ("origin 47 8 488\nat soon gnss_loss 3\n", 2, "at"),
            ("origin 47 8 488\nat 5 gnss_glitch 3 4\n", 2, "at.gnss_glitch"),
            ("origin 47 8 488\nat 5 accel_bias 0 3\n", 2, "at.accel_bias"),
            ("origin 47 8 488\nat 5 gyro_bias 0 0 fast\n", 2, "at.gyro_bias"),
            ("name x\n", 0, "origin"),
        ]
        for (text, line, field) in cases {
            do {
                _ = try Scenario(fileText: text, file: "bad.scenario")
                Issue.record("accepted: \(text)")
            } catch {
                #expect(error.file == "bad.scenario")
                #expect(error.line == line, "\(text)")
                #expect(error.field == field, "\(text)")
            }
        }
    }

    @Test func missingFileIsReportedByPath() {
        #expect(throws: SimulationFileError.self) { try SimulationFiles.scenario(atPath: "/nonexistent/x.scenario") }
    }
}

@Suite struct SimulatorTests {
    static func scenario(_ faults: String) throws -> Scenario {
        try Scenario(fileText: "origin 47.397742 8.545594 488\n" + faults, file: "test.scenario")
    }

    @Test func faultsHappenAtTheirScheduledTimes() throws {
        let airframe = try SimFixtures.airframe("quad450")
        let s = try Self.scenario("at 0.5 motor_failure 2\nat 0.2 link_loss 0.3\nat 0.3 gnss_loss 1\nat 0.1 battery_drop 0.5\nat 0.4 rc_loss 0.2\n")
        var sim = Simulator(airframe: airframe, scenario: s, seed: 3)
        var linkLostSteps = 0, manualLostSteps = 0, noFix = 0
        var last: Truth?
        for _ in 0..<1_000 {
            let (truth, batch) = sim.step(MotorCommands(all: 0.45))
            if sim.isLinkLost { linkLostSteps += 1 }
            if sim.isManualControlLost { manualLostSteps += 1 }
            if let g = batch.gnss, g.fix == .noFix { noFix += 1 }
            last = truth
        }
        #expect(linkLostSteps == 300)
        #expect(manualLostSteps == 200)
        #expect(noFix >= 5)
        #expect(try #require(last).rotorSpeeds[1] < 1)       // motor 2 stopped
        #expect(try #require(last).rotorSpeeds[0] > 500)
        #expect(try #require(last).batteryRemaining < 0.51)
    }

    @Test func scenarioImuBiasStepsShiftTheImuOutputForGood() throws {
        let s = try Self.scenario("at 0.5 accel_bias 0 0 3\nat 0.5 gyro_bias 0.1 0 0")
        #expect(s.faults.map(\.fault) == [.accelerometerBias(shift: Vector3(0, 0, 3)), .gyroBias(shift: Vector3(0.1, 0, 0))])
        var sim = Simulator(airframe: try SimFixtures.airframe("quad450"), scenario: s, seed: 3)
        // Averages over 0.4 s at rest, before and long after the step.
        func mean(from: Double, to: Double) -> (accel: Vector3, gyro: Vector3) {
            var a = Vector3.zero, g = Vector3.zero, n: Float = 0
            while Double(sim.timeMicros) / 1e6 < to {
                let r = sim.step(MotorCommands())
                if let imu = r.sensors.imu, Double(imu.timeMicros) / 1e6 >= from { a += imu.accel; g += imu.gyro; n += 1 }
            }
            return (a / n, g / n)
        }
        let before = mean(from: 0, to: 0.4), after = mean(from: 2.6, to: 3)
        #expect(abs((after.accel - before.accel).z - 3) < 0.1)
        #expect(abs((after.gyro - before.gyro).x - 0.1) < 0.01)
        #expect(abs((after.accel - before.accel).x) < 0.1)
    }

    @Test func injectedMagnetometerInterferenceShowsUpImmediately() throws {
        var sim = Simulator(airframe: try SimFixtures.airframe("quad450"), scenario: try Self.scenario(""), seed: 3)
        var before: MagReading?
        while before == nil { before = sim.step(MotorCommands()).sensors.mag }
        sim.inject(.magInterference(field: Vector3(0, 0.5, 0), seconds: 1))
        var after: MagReading?
        while after == nil { after = sim.step(MotorCommands()).sensors.mag }
        let shift = try #require(after).fieldGauss - (try #require(before)).fieldGauss
        #expect(abs(shift.y - 0.5) < 0.02)
    }

    @Test func sameSeedFliesBitForBitAndAnotherSeedDiffers() throws {
        let airframe = try SimFixtures.airframe("hexa550")
        let s = try SimulationFiles.scenario(atPath: ScenarioTests.path("windy-faults"))
        var a = Simulator(airframe: airframe, scenario: s, seed: 42)
        var b = Simulator(airframe: airframe, scenario: s, seed: 42)
        var c = Simulator(airframe: airframe, scenario: s, seed: 43)
        var identical = true, differs = false
        for i in 0..<10_000 {
            let u = MotorCommands(all: 0.6 + 0.1 * Float((i / 500) % 2))
            let ra = a.step(u), rb = b.step(u), rc = c.step(u)
            if ra.truth != rb.truth || ra.sensors != rb.sensors { identical = false }
            if ra.truth != rc.truth { differs = true }
        }
        #expect(identical)
        #expect(differs)
    }
}
