@testable import Autopilot
@testable import FlightCore
import Simulation
import Foundation
import Testing

/// `StepReplay` runs a vehicle's physics steps again from a copy of their state, bit for bit:
/// what `SITLRuntime` relies on to tell a slow step of the code from a slow machine.
@Suite struct StepReplayTests {
    @Test func aReplayFromACopyComesOutBitForBitAsTheVehicleDid() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 7)
        v.run(seconds: 12)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.setMode(.takeoff) == nil)
        v.run(seconds: 1.5)   // climbing: every sensor and loop busy

        var replay = v.makeStepReplay()
        var short = replay
        for _ in 0..<437 { v.step() }   // GNSS, baro and magnetometer samples fall due among them
        replay.run(steps: 437)
        short.run(steps: 436)
        let truth = try #require(v.truth)
        #expect(replay.truth == truth)
        #expect(replay.outputs == v.stack.outputs)
        #expect(short.truth != truth, "a step fewer is a different state: the comparison can fail")
        #expect(truth.velocity.z < -0.5, "the vehicle was climbing (\(truth.velocity.z) m/s down)")
    }

    /// The vehicle model's update after the steps comes out as the vehicle's did: its telemetry,
    /// from the events of the steps (the mission's takeoff item reached) and the truth.
    @Test func theModelUpdateAfterTheStepsComesOutAsTheVehiclesDid() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 3)
        v.run(seconds: 12)
        var plan = MissionPlan(capacity: 2)
        try plan.append(SITLFixtures.waypoint(v.simulator.scenario.origin, north: 0, east: 0, altitude: 5, command: .navTakeoff))
        try plan.append(SITLFixtures.waypoint(v.simulator.scenario.origin, north: 20, east: 0, altitude: 5))
        try v.stack.uploadMission(plan)
        #expect(v.stack.setMode(.mission) == nil)
        #expect(v.stack.arm().isEmpty)
        var replay = v.makeStepReplay()
        var reached = false
        for _ in 0..<3000 where !reached {
            v.refreshStepReplay(&replay)
            for _ in 0..<5 { v.step() }
            v.model.update(at: v.time)
            v.publishTruth()
            replay.run(steps: 5)
            replay.updateModel(at: v.time)
            let (a, b) = (replay.telemetry, v.model.telemetry)
            #expect(a.armed == b.armed && a.mode == b.mode && a.landedState == b.landedState && a.mission == b.mission)
            #expect(a.positionNED == b.positionNED && a.velocityNED == b.velocityNED && a.attitude == b.attitude)
            #expect(a.truth == b.truth && a.truth != nil && a.throttle == b.throttle)
            reached = b.mission.reachedCount > 0
        }
        #expect(reached, "the takeoff item was reached within the steps compared")
    }

    /// Keeping the copy up to date shares no estimator with the live vehicle: the live vehicle's
    /// next step would otherwise copy 9 KB onto the heap every service period.
    @Test func refreshingTheReplayAllocatesNothingInEitherVehicle() throws {
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 7)
        v.run(seconds: 1)
        var replay = v.makeStepReplay()
        var again = replay
        again.assign(replay)
        let live = ObjectIdentifier(v.stack.estimatorStorage)
        let copy = ObjectIdentifier(replay.vehicle.stack.estimatorStorage)
        let scratch = ObjectIdentifier(again.vehicle.stack.estimatorStorage)
        #expect(Set([live, copy, scratch]).count == 3)
        for _ in 0..<50 {
            v.refreshStepReplay(&replay)
            for _ in 0..<5 { v.step() }
            again.assign(replay)
            again.run(steps: 5)
            #expect(again.truth == v.truth)
        }
        #expect(ObjectIdentifier(v.stack.estimatorStorage) == live, "the live vehicle's estimator moved: it was shared")
        #expect(ObjectIdentifier(replay.vehicle.stack.estimatorStorage) == copy)
        #expect(ObjectIdentifier(again.vehicle.stack.estimatorStorage) == scratch)
    }

    /// The flight log's recording is replayed too: the copy appends the same bytes after the same
    /// steps, and keeping it up to date moves none of the live recorder's storage (no copy on
    /// write of its due times or buffer, which it writes every step).
    @Test func theFlightLogsRecordingComesOutAsTheRecordersDidAndSharesNothing() throws {
        let folder = try FlightLogTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var live = FlightLogRecorder(folder: FlightLogFolder(root: folder), utcStartMicros: FlightLogTests.utcStart, softwareVersion: "test")
        live.writer = StateWriter()
        var v = try SITLFixtures.vehicle("quad450", scenario: "calm", seed: 5)
        v.run(seconds: 12)
        #expect(v.stack.arm().isEmpty)
        #expect(v.stack.setMode(.takeoff) == nil)
        v.step(); v.record(into: &live)
        #expect(live.isLogging)
        var replay = v.makeStepReplay()
        replay.record(like: live)
        var compared = 0, handedOff = 0
        var dueStorage = live.current!.nextDue.withUnsafeBufferPointer { $0.baseAddress }
        for _ in 0..<400 {
            v.refreshStepReplay(&replay)
            replay.mirrorLog(live)
            let fill = live.buffer.bytes.count, handoffs = live.fileHandoffs
            for _ in 0..<5 { v.step(); v.record(into: &live) }
            let (_, handoff) = replay.run(steps: 5, clock: ContinuousClock())
            let copy = try #require(replay.recorder)
            #expect(copy.fileHandoffs == live.fileHandoffs && handoff == (live.fileHandoffs != handoffs))
            #expect(copy.buffer.bytes.count == live.buffer.bytes.count)
            if live.fileHandoffs == handoffs {
                #expect(copy.buffer.bytes[fill...] == live.buffer.bytes[fill...])
                compared += 1
            } else {
                handedOff += 1
            }
            #expect(live.current!.nextDue.withUnsafeBufferPointer { $0.baseAddress } == dueStorage, "the due times were copied on write")
            dueStorage = live.current!.nextDue.withUnsafeBufferPointer { $0.baseAddress }
        }
        #expect(compared > 300 && handedOff > 0, "\(compared) periods compared, \(handedOff) with a buffer written out")
        live.close()
        live.writer?.drain()
        #expect(live.finished.count == 1, "the replay finished no log of its own")
        let logs = try FileManager.default.subpathsOfDirectory(atPath: folder).filter { $0.hasSuffix(".ulg") }
        #expect(logs.count == 1, "\(logs)")
    }
}
