import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Command server")
struct CommandServerTests {
    static func command(_ cmd: MAVCmd, _ p1: Float = 0, _ p2: Float = 0, _ p3: Float = 0, p7: Float = 0, confirmation: UInt8 = 0) -> CommandLong {
        CommandLong(targetSystem: 1, targetComponent: 1, command: cmd, confirmation: confirmation, param1: p1, param2: p2, param3: p3, param7: p7)
    }

    @Test func armIsAcknowledgedAccepted() {
        var gcs = FakeGroundStation()
        let acks = gcs.send(Self.command(.componentArmDisarm, 1)).messages(CommandAck.self)
        #expect(acks.map { $0.result } == [.accepted])
        #expect(acks.first?.command == .componentArmDisarm)
        #expect(acks.first?.targetSystem == 255)
        #expect(gcs.vehicle.armCalls.count == 1)
        #expect(gcs.vehicle.armCalls.first?.force == false)
    }

    @Test func resentCommandIsCarriedOutOnceAndAnsweredAgain() {
        var gcs = FakeGroundStation()
        gcs.send(Self.command(.componentArmDisarm, 1, confirmation: 0))
        gcs.now = gcs.now.advanced(byMicros: 500_000)
        let again = gcs.send(Self.command(.componentArmDisarm, 1, confirmation: 1)).messages(CommandAck.self)
        #expect(again.map { $0.result } == [.accepted])
        #expect(gcs.vehicle.armCalls.count == 1)
        #expect(gcs.link.commands.suppressed == 1)
    }

    @Test func refusedArmIsDeniedWithTheReasonAsStatusText() {
        var gcs = FakeGroundStation()
        gcs.vehicle.armOutcome = .denied(reason: "Arming denied: no GNSS fix")
        let reply = gcs.send(Self.command(.componentArmDisarm, 1))
        #expect(reply.messages(CommandAck.self).map { $0.result } == [.denied])
        #expect(reply.messages(Statustext.self).map { $0.text.string } == ["Arming denied: no GNSS fix"])
    }

    @Test func forcedDisarmInFlightUsesTheMagicNumber() {
        var gcs = FakeGroundStation()
        gcs.vehicle.telemetry.armed = true
        gcs.vehicle.telemetry.landedState = .inAir
        let plain = gcs.send(Self.command(.componentArmDisarm, 0)).messages(CommandAck.self)
        let forced = gcs.send(Self.command(.componentArmDisarm, 0, 21196)).messages(CommandAck.self)
        #expect(plain.map { $0.result } == [.denied])
        #expect(forced.map { $0.result } == [.accepted])
        #expect(gcs.vehicle.disarmCalls == [false, true])
    }

    @Test func px4SetModeSelectsTheMatchingFlightMode() {
        var gcs = FakeGroundStation()
        // MAVSDK's start of a mission: base mode custom (1), main auto (4), sub mission (4).
        let ack = gcs.send(Self.command(.doSetMode, 1, 4, 4)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.accepted])
        #expect(gcs.vehicle.modeRequests == [.mission])
        let acro = gcs.send(Self.command(.doSetMode, 1, 5, 0)).messages(CommandAck.self)
        #expect(acro.map { $0.result } == [.denied])
    }

    @Test func standardModeLandAndReturnCommandsRequestModes() {
        var gcs = FakeGroundStation()
        gcs.send(Self.command(.doSetStandardMode, 7))
        gcs.send(Self.command(.navReturnToLaunch))
        gcs.send(Self.command(.navLand))
        #expect(gcs.vehicle.modeRequests == [.land, .returnToLaunch, .land])
    }

    @Test func takeoffReportsInProgressWithRelativeAltitude() {
        var gcs = FakeGroundStation()
        gcs.vehicle.telemetry.home = HomeLocation(global: GlobalPosition(latitudeDegrees: 47, longitudeDegrees: 8, altitudeMSL: 488),
                                                  localNED: .init(0, 0, 0))
        let ack = gcs.send(Self.command(.navTakeoff, p7: 498)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.inProgress])
        #expect(gcs.vehicle.takeoffAltitudes == [10])
    }

    @Test func unknownCommandIsUnsupported() {
        var gcs = FakeGroundStation()
        let ack = gcs.send(Self.command(MAVCmd(rawValue: 31000))).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.unsupported])
    }

    @Test func commandIntCarriesExactCoordinates() {
        var gcs = FakeGroundStation()
        let ack = gcs.send(CommandInt(targetSystem: 1, targetComponent: 1, frame: MAVFrame(rawValue: 6), command: .doReposition,
                                      param1: -1, x: 473_977_420, y: 85_455_940, z: 15)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.accepted])
    }

    @Test func missionStartWithoutMissionIsDenied() {
        var gcs = FakeGroundStation()
        let ack = gcs.send(Self.command(.missionStart)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.denied])
        #expect(gcs.vehicle.missionStarts.count == 1)
    }

    @Test func rebootIsAcknowledgedAndHandedToTheVehicle() {
        var gcs = FakeGroundStation()
        let ack = gcs.send(Self.command(.preflightRebootShutdown, 1)).messages(CommandAck.self)
        #expect(ack.map { $0.result } == [.accepted])
        #expect(gcs.vehicle.rebootRequests == [false])
    }

    @Test func commandForAnotherSystemIsIgnored() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(CommandLong(targetSystem: 7, targetComponent: 1, command: .componentArmDisarm, param1: 1))
        #expect(reply.isEmpty)
        #expect(gcs.vehicle.armCalls.isEmpty)
    }
}

extension CommandServerTests {
    @Test func commandForAnotherComponentIsIgnored() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(CommandLong(targetSystem: 1, targetComponent: 100, command: .componentArmDisarm, param1: 1))
        #expect(reply.isEmpty)
        #expect(gcs.vehicle.armCalls.isEmpty)
    }
}

extension CommandServerTests {
    @Test func longCommandReportsProgressThenAClosingAck() {
        var gcs = FakeGroundStation()
        let first = gcs.send(Self.command(.navTakeoff, p7: .nan)).messages(CommandAck.self)
        #expect(first.map { $0.result } == [.inProgress])
        #expect(gcs.advance(byMicros: 10_000).messages(CommandAck.self).isEmpty, "no news, no message")
        gcs.vehicle.commandProgress = .inProgress(progress: 50)
        #expect(gcs.advance(byMicros: 10_000).messages(CommandAck.self).map { $0.progress } == [50])
        gcs.vehicle.commandProgress = .accepted
        let closing = gcs.advance(byMicros: 10_000).messages(CommandAck.self)
        #expect(closing.map { $0.result } == [.accepted])
        #expect(closing.first?.command == .navTakeoff)
        #expect(gcs.advance(byMicros: 10_000).messages(CommandAck.self).isEmpty)
    }
}
