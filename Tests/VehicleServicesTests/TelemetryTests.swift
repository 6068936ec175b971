import Foundation
import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Heartbeat and telemetry streams")
struct TelemetryTests {
    @Test func heartbeatLooksLikePX4WithTheModeEncodedAsMainAndSub() {
        var gcs = FakeGroundStation()
        gcs.vehicle.telemetry.armed = true
        gcs.vehicle.telemetry.mode = .mission
        gcs.vehicle.telemetry.systemState = .active
        let hb = gcs.advance(byMicros: 10_000).messages(Heartbeat.self)
        #expect(hb.count == 1)
        #expect(hb.first?.autopilot == .px4)
        #expect(hb.first?.type == .quadrotor)
        #expect(hb.first?.customMode == 4 << 16 | 4 << 24)
        #expect(hb.first?.baseMode.contains([.customModeEnabled, .safetyArmed]) == true)
        #expect(hb.first?.systemStatus == .active)
    }

    @Test func defaultRatesHoldOverTenSeconds() {
        var gcs = FakeGroundStation()
        let frames = gcs.run(forMicros: 10_000_000)
        func count(_ id: UInt32) -> Int { frames.filter { $0.messageID == id }.count }
        // Within one message of the nominal count (the first one goes out at once).
        #expect(abs(count(Heartbeat.id) - 10) <= 1)
        #expect(abs(count(Attitude.id) - 100) <= 1)
        #expect(abs(count(GlobalPositionInt.id) - 50) <= 1)
        #expect(abs(count(VfrHud.id) - 40) <= 1)
        #expect(count(AutopilotVersion.id) == 0)
        #expect(count(HomePosition.id) == 0, "no home yet, nothing to report")
    }

    @Test func setMessageIntervalChangesAndDisablesAStream() {
        var gcs = FakeGroundStation()
        let ack = gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .setMessageInterval,
                                       param1: Float(Attitude.id), param2: 20_000)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.accepted])
        let fast = gcs.run(forMicros: 1_000_000).filter { $0.messageID == Attitude.id }.count
        #expect(abs(fast - 50) <= 1)
        gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .setMessageInterval, param1: Float(Attitude.id), param2: -1))
        #expect(gcs.run(forMicros: 1_000_000).filter { $0.messageID == Attitude.id }.isEmpty)
        let unknown = gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .setMessageInterval, param1: 9999, param2: 1000))
        #expect(unknown.messages(CommandAck.self).map { $0.result } == [.unsupported])
    }

    @Test func batteryStatusReportsTheConsumedChargeAndEnergy() {
        var gcs = FakeGroundStation()
        func battery() -> BatteryStatus? {
            gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .requestMessage, param1: Float(BatteryStatus.id)))
            return gcs.advance(byMicros: 10_000).messages(BatteryStatus.self).first
        }
        let unknown = battery()
        #expect(unknown?.currentConsumed == -1 && unknown?.energyConsumed == -1, "unknown: -1")
        gcs.vehicle.telemetry.battery.consumedMilliampHours = 1234.4
        gcs.vehicle.telemetry.battery.consumedWattHours = 18.5
        let b = battery()
        #expect(b?.currentConsumed == 1234, "mAh")
        #expect(b?.energyConsumed == 666, "hJ: 18.5 Wh × 36")
    }

    @Test func estimatorStatusFlagsAFailedAccelerometerCheck() {
        var gcs = FakeGroundStation()
        func flags() -> EstimatorStatusFlags? {
            gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .requestMessage, param1: Float(MAVLinkDialects.EstimatorStatus.id)))
            return gcs.advance(byMicros: 10_000).messages(MAVLinkDialects.EstimatorStatus.self).first?.flags
        }
        gcs.vehicle.telemetry.estimator.attitudeValid = true
        #expect(flags()?.contains(.estimatorAccelError) == false)
        gcs.vehicle.telemetry.estimator.accelerometerError = true
        #expect(flags()?.contains([.estimatorAccelError, .estimatorAttitude]) == true)
    }

    @Test func requestedAutopilotVersionDeclaresTheImplementedCapabilities() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .requestMessage, param1: Float(AutopilotVersion.id)))
        let version = reply.messages(AutopilotVersion.self)
        #expect(version.count == 1)
        let caps = version.first?.capabilities ?? []
        #expect(caps.contains([.missionInt, .commandInt, .paramFloat, .mavlink2, .missionFence, .missionRally,
                               .setAttitudeTarget, .setPositionTargetLocalNed, .paramEncodeCCast, .ftp]))
        #expect(!caps.contains(.paramEncodeBytewise), "C-cast only")
        #expect(reply.messages(CommandAck.self).map { $0.result } == [.accepted])
    }

    @Test func flightStackClaimsTheGuidedTargetsItFollows() {
        let caps = MAVProtocolCapability(rawValue: AutopilotIdentity.capabilities(of: FlightStackVehicle<NoFiles>.self))
        #expect(caps.contains(.setAttitudeTarget), "SET_ATTITUDE_TARGET is flown (AttitudeTargetFlightTests)")
        #expect(caps.contains([.setPositionTargetLocalNed, .setPositionTargetGlobalInt, .missionFence, .ftp]))
    }

    @Test func availableModesListsEveryModeWithItsPX4CustomMode() {
        var gcs = FakeGroundStation()
        gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .requestMessage, param1: Float(AvailableModes.id)))
        let modes = gcs.advance(byMicros: 10_000).messages(AvailableModes.self)
        #expect(modes.count == FlightMode.allCases.count)
        #expect(modes.map { $0.customMode } == FlightMode.allCases.map { $0.px4CustomMode })
        #expect(modes.first { $0.customMode == FlightMode.mission.px4CustomMode }?.modeName.string == "Mission")
    }

    @Test func timesyncRequestIsAnsweredWithBootTimeInNanoseconds() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(Timesync(tc1: 0, ts1: 123_456, targetSystem: 1, targetComponent: 1)).messages(Timesync.self)
        #expect(reply.map { $0.ts1 } == [123_456])
        #expect(reply.first?.tc1 == Int64(gcs.now.micros) * 1000)
    }

    @Test func statusTextsAreForwardedOnceInOrder() {
        var gcs = FakeGroundStation()
        gcs.advance(byMicros: 10_000)
        gcs.vehicle.telemetry.statusTexts.publish(StatusText(.critical, "Failsafe: battery critical, landing"))
        gcs.vehicle.telemetry.statusTexts.publish(StatusText(.info, "Landed"))
        let first = gcs.advance(byMicros: 10_000).messages(Statustext.self)
        let second = gcs.advance(byMicros: 10_000).messages(Statustext.self)
        #expect(first.map { $0.text.string } == ["Failsafe: battery critical, landing", "Landed"])
        #expect(first.map { $0.severity.rawValue } == [2, 6])
        #expect(second.isEmpty)
    }

    @Test func modeChangeIsAnnouncedAtOnceWithCurrentMode() {
        var gcs = FakeGroundStation()
        gcs.advance(byMicros: 10_000)
        gcs.advance(byMicros: 100_000)
        gcs.vehicle.telemetry.mode = .land
        let frames = gcs.advance(byMicros: 10_000)
        #expect(frames.messages(CurrentMode.self).map { $0.customMode } == [FlightMode.land.px4CustomMode])
        #expect(frames.messages(CurrentMode.self).map { $0.standardMode.rawValue } == [7])
        #expect(frames.messages(Heartbeat.self).count == 1)
    }

    @Test func groundStationSilenceIsReportedAsLinkLossAndRegain() {
        var gcs = FakeGroundStation()
        let gcsHeartbeat = Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8))
        gcs.send(gcsHeartbeat)
        #expect(gcs.vehicle.linkEvents == [true])
        _ = gcs.run(forMicros: 4_900_000, stepMicros: 100_000)
        #expect(gcs.vehicle.linkEvents == [true])
        _ = gcs.run(forMicros: 200_000, stepMicros: 100_000)
        #expect(gcs.vehicle.linkEvents == [true, false])
        gcs.send(gcsHeartbeat)
        #expect(gcs.vehicle.linkEvents == [true, false, true])
    }

    @Test func outboxDropsWholeFramesWhenFull() {
        var outbox = Outbox()
        var encoder = MAVLinkEncoder(systemID: 1, componentID: 1)
        var accepted = 0
        for _ in 0..<1000 where outbox.append(Statustext(text: FixedString("x")), encoder: &encoder, unixMicros: 0) { accepted += 1 }
        #expect(outbox.droppedFrames == 1000 - accepted)
        var frames = 0
        var parser = MAVLinkParser<Common>()
        outbox.withBytes { parser.parseFrames($0) { _ in frames += 1 } }
        #expect(frames == accepted)
        #expect(parser.statistics.crcErrors == 0)
    }
}

extension TelemetryTests {
    /// A 57600-baud radio carries about 5760 bytes/s; the default streams must leave most of it
    /// for commands, mission and parameter transfers.
    @Test func defaultStreamsUseLessThanHalfOfA57600BaudRadio() {
        var gcs = FakeGroundStation()
        gcs.vehicle.telemetry.home = HomeLocation(global: GlobalPosition(latitudeDegrees: 47, longitudeDegrees: 8, altitudeMSL: 488),
                                                  localNED: .init(0, 0, 0))
        let bytes = gcs.run(forMicros: 10_000_000).reduce(0) { $0 + $1.length }
        let perSecond = Double(bytes) / 10
        if ProcessInfo.processInfo.environment["SWIFTLET_PRINT_FIGURES"] != nil { print("default telemetry: \(perSecond) B/s") }
        #expect(perSecond < 5760 / 2)
    }
}
