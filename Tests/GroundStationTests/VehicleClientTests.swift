import MAVLink
import MAVLinkDialects
import Testing
@testable import GroundStation

/// A vehicle that answers commands the way ArduCopter 4.7 or PX4 does about arming and modes,
/// stepped with explicit time, for driving `MissionStarter` without a link.
struct ModeRulesVehicle {
    let family: AutopilotFamily
    /// When the vehicle's position becomes good (GNSS 3D fix, EKF origin set).
    var positionAt: Duration = .seconds(3)
    var customMode: UInt32
    var armed = false
    var encoder = MAVLinkEncoder(systemID: 1, componentID: 1)
    /// Every command heard, in order, with the result given.
    var heard: [(MAVCmd, MAVResult)] = []

    init(family: AutopilotFamily) {
        self.family = family
        customMode = family == .ardupilot ? 0 : 3 << 24 | 4 << 16  // STABILIZE / AUTO.LOITER
    }

    func hasPosition(_ now: Duration) -> Bool { now >= positionAt }

    /// The vehicle's answer to one command, and what it sends about it.
    mutating func handle(_ c: CommandLong, at now: Duration) -> [Common.Message] {
        let auto: UInt32 = family == .ardupilot ? 3 : 4 << 24 | 4 << 16
        var result = MAVResult.accepted
        var text: String?
        switch c.command {
        case .componentArmDisarm:
            if family == .ardupilot && customMode == auto { result = .denied; text = "Arm: Mode not armable" }
            else if !hasPosition(now) { result = .denied; text = "PreArm: Need Position Estimate" }
            else { armed = true }
        case .doSetMode:
            let wanted = family == .ardupilot ? UInt32(c.param2) : UInt32(c.param3) << 24 | UInt32(c.param2) << 16
            if wanted == auto && !hasPosition(now) { result = .denied; text = "Mode change failed: requires position" }
            else { customMode = wanted }
        case .missionStart:
            if family == .ardupilot && !armed { result = .denied } else { customMode = auto }
        default:
            result = .unsupported
        }
        heard.append((c.command, result))
        var out: [Common.Message] = []
        if let text { out.append(.statustext(Statustext(severity: .error, text: FixedString(text)))) }
        out.append(.commandAck(CommandAck(command: c.command, result: result, targetSystem: 255, targetComponent: 190)))
        return out
    }

    /// Telemetry at `now`: heartbeat, GNSS and position.
    func telemetry(at now: Duration) -> [Common.Message] {
        var base: MAVModeFlag = [.customModeEnabled]
        if armed { base.insert(.safetyArmed) }
        let hb = Heartbeat(type: .quadrotor, autopilot: MAVAutopilot(rawValue: family == .ardupilot ? 3 : 12),
                           baseMode: base, customMode: customMode, systemStatus: armed ? .active : .standby)
        var out: [Common.Message] = [.heartbeat(hb)]
        out.append(.gpsRawInt(GpsRawInt(fixType: hasPosition(now) ? GpsFixType(rawValue: 3) : GpsFixType(rawValue: 1),
                                        lat: 473_977_420, lon: 85_455_940, satellitesVisible: 12)))
        if hasPosition(now) { out.append(.globalPositionInt(GlobalPositionInt(lat: 473_977_420, lon: 85_455_940, alt: 488_000))) }
        return out
    }

    mutating func frames(_ messages: [Common.Message]) -> [MAVLinkFrame] {
        messages.compactMap { m in do throws(MAVLinkError) { return try m.frame(with: &encoder) } catch { return nil } }
    }
}

@Suite struct MissionStarterTests {
    /// Runs a starter against the vehicle in 50 ms steps, losing nothing; returns it when done.
    static func run(_ vehicle: inout ModeRulesVehicle, seconds: Int = 30) -> MissionStarter {
        var starter = MissionStarter(family: vehicle.family, timeout: .seconds(seconds))
        var state = VehicleState()
        var now = Duration.zero
        while now < .seconds(seconds + 1) {
            for f in vehicle.frames(vehicle.telemetry(at: now)) { state.receive(frame: f, at: now) }
            for case .commandLong(let c) in starter.poll(state: state, at: now) {
                for f in vehicle.frames(vehicle.handle(c, at: now)) {
                    state.receive(frame: f, at: now)
                    if let m = Common.Message(frame: f) { starter.receive(m, systemID: f.systemID, at: now) }
                }
            }
            if case .running = starter.status {} else { break }
            now += .milliseconds(50)
        }
        return starter
    }

    @Test func arduPilotIsArmedInGuidedOncePositionedThenStartedWithMissionStart() {
        var vehicle = ModeRulesVehicle(family: .ardupilot)
        let starter = Self.run(&vehicle)
        #expect(starter.status == .started)
        #expect(vehicle.heard.map(\.0) == [.doSetMode, .componentArmDisarm, .missionStart])
        #expect(vehicle.heard.allSatisfy { $0.1 == .accepted })
        #expect(vehicle.customMode == 3 && vehicle.armed)
    }

    @Test func px4IsArmedOncePositionedThenSwitchedToAutoMission() {
        var vehicle = ModeRulesVehicle(family: .px4)
        let starter = Self.run(&vehicle)
        #expect(starter.status == .started)
        #expect(vehicle.heard.map(\.0) == [.componentArmDisarm, .doSetMode])
        #expect(vehicle.customMode == 4 << 24 | 4 << 16 && vehicle.armed)
    }

    @Test func aRefusedArmIsRetriedAndAPersistentRefusalIsReportedWithTheVehiclesReason() {
        // Swiftlet's sequence does not wait for a position, so the vehicle refuses until it has one.
        var vehicle = ModeRulesVehicle(family: .swiftlet)
        vehicle.positionAt = .seconds(2)
        let started = Self.run(&vehicle)
        #expect(started.status == .started)
        #expect(vehicle.heard.first.map { $0.1 } == .denied)
        #expect(vehicle.heard.last.map { $0.0 } == .missionStart)

        var never = ModeRulesVehicle(family: .swiftlet)
        never.positionAt = .seconds(1000)
        let failed = Self.run(&never, seconds: 5)
        guard case .failed(let why) = failed.status else { Issue.record("\(failed.status)"); return }
        #expect(why.contains("arming"))
        #expect(why.contains("DENIED: PreArm: Need Position Estimate"))
    }
}

@Suite struct CommandClientTests {
    static let arm = CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1)

    @Test func unansweredCommandIsResentWithRisingConfirmationThenTimesOut() {
        var c = CommandClient()
        c.start(Self.arm, at: .zero)
        var sent: [UInt8] = []
        var t = Duration.zero
        while c.result == nil, t < .seconds(20) {
            for case .commandLong(let m) in c.poll(at: t) { sent.append(m.confirmation) }
            t += .milliseconds(100)
        }
        #expect(sent == [0, 1, 2, 3])
        #expect(c.result == .timeout(attempts: 4))
        #expect(t > .seconds(3) && t < .seconds(5))
    }

    @Test func commandIntIsResentUnchanged() {
        var c = CommandClient()
        let goto = CommandInt(targetSystem: 1, targetComponent: 1, frame: MAVFrame(rawValue: 6), command: .doReposition,
                              param1: -1, param2: 1, x: 473_977_420, y: 85_455_940, z: 15)
        c.start(goto, at: .zero)
        #expect(c.poll(at: .zero) == [.commandInt(goto)])
        #expect(c.poll(at: .milliseconds(1100)) == [.commandInt(goto)])
        c.receive(.commandAck(CommandAck(command: .doReposition, result: .accepted)), systemID: 1, at: .milliseconds(1200))
        #expect(c.result == .accepted)
    }

    @Test func inProgressStopsResendingAndWaitsForTheFinalResult() {
        var c = CommandClient()
        c.start(Self.arm, at: .zero)
        #expect(c.poll(at: .zero).count == 1)
        c.receive(.commandAck(CommandAck(command: .componentArmDisarm, result: .inProgress, progress: 40)), systemID: 1, at: .milliseconds(100))
        #expect(c.progress == 40)
        #expect(c.poll(at: .seconds(10)).isEmpty)
        #expect(c.result == nil)
        c.receive(.commandAck(CommandAck(command: .componentArmDisarm, result: .accepted)), systemID: 1, at: .seconds(12))
        #expect(c.result == .accepted)
    }

    @Test func refusalCarriesTheStatusTextHeardMeanwhileAndOtherAcksAreIgnored() {
        var c = CommandClient()
        c.start(Self.arm, at: .zero)
        _ = c.poll(at: .zero)
        c.receive(.commandAck(CommandAck(command: .missionStart, result: .accepted)), systemID: 1, at: .milliseconds(10))
        c.receive(.commandAck(CommandAck(command: .componentArmDisarm, result: .accepted)), systemID: 2, at: .milliseconds(10))
        #expect(c.result == nil)
        c.receive(.statustext(Statustext(severity: .critical, text: FixedString("Arming denied: no GNSS fix"))), systemID: 1, at: .milliseconds(20))
        c.receive(.commandAck(CommandAck(command: .componentArmDisarm, result: .denied)), systemID: 1, at: .milliseconds(30))
        #expect(c.result == .refused(.denied, reason: "Arming denied: no GNSS fix"))
        #expect(c.result?.description == "DENIED: Arming denied: no GNSS fix")
    }
}

@Suite struct FlightModeTableTests {
    @Test func px4NamesAndShortNamesEncodeMainAndSubMode() {
        #expect(FlightModeTable.mode(named: "AUTO.MISSION", for: .px4)?.customMode == 0x0404_0000)
        #expect(FlightModeTable.mode(named: "mission", for: .px4)?.customMode == 0x0404_0000)
        #expect(FlightModeTable.mode(named: "rtl", for: .swiftlet)?.name == "AUTO.RTL")
        #expect(FlightModeTable.mode(named: "POSCTL", for: .px4)?.customMode == 0x0003_0000)
        let cmd = FlightModeTable.setModeCommand(FlightModeTable.mode(named: "AUTO.LAND", for: .px4)!, family: .px4, target: (1, 1))
        #expect(cmd.command == .doSetMode && cmd.param1 == 1 && cmd.param2 == 4 && cmd.param3 == 6)
    }

    @Test func arduCopterNamesAreCustomModeNumbers() {
        #expect(FlightModeTable.mode(named: "guided", for: .ardupilot)?.customMode == 4)
        #expect(FlightModeTable.mode(named: "AUTO.MISSION", for: .ardupilot) == nil)
        let cmd = FlightModeTable.setModeCommand(FlightModeTable.mode(named: "RTL", for: .ardupilot)!, family: .ardupilot, target: (1, 1))
        #expect(cmd.param2 == 6 && cmd.param3 == 0)
    }

    @Test func heartbeatsDecodeToNamedModes() {
        let px4 = Heartbeat(type: .quadrotor, autopilot: MAVAutopilot(rawValue: 12), baseMode: [.customModeEnabled], customMode: 0x0503_0000)
        // Outside AUTO the sub mode is left over; POSCTL regardless.
        #expect(FlightModeTable.mode(of: px4, family: .px4)?.name == "POSCTL")
        let apm = Heartbeat(type: .quadrotor, autopilot: MAVAutopilot(rawValue: 3), baseMode: [.customModeEnabled], customMode: 16)
        #expect(FlightModeTable.mode(of: apm, family: .ardupilot)?.name == "POSHOLD")
        let noCustom = Heartbeat(type: .quadrotor, autopilot: MAVAutopilot(rawValue: 12), baseMode: [], customMode: 0x0404_0000)
        #expect(FlightModeTable.mode(of: noCustom, family: .px4) == nil)
    }
}

@Suite struct VehicleStateTests {
    @Test func foldsTheFirstVehicleIgnoresOthersAndCountsSequenceGaps() throws {
        var state = VehicleState()
        var gcs = MAVLinkEncoder(systemID: 255, componentID: 190)
        var vehicle = MAVLinkEncoder(systemID: 7, componentID: 1)
        var other = MAVLinkEncoder(systemID: 9, componentID: 1)
        let hb = Common.Message.heartbeat(Heartbeat(type: .quadrotor, autopilot: MAVAutopilot(rawValue: 12),
                                                    baseMode: [.customModeEnabled, .safetyArmed], customMode: 0x0404_0000))
        state.receive(frame: try Common.Message.heartbeat(Heartbeat(type: .gcs, autopilot: .invalid)).frame(with: &gcs), at: .zero)
        #expect(state.systemID == nil)
        state.receive(frame: try hb.frame(with: &vehicle), at: .zero)
        state.receive(frame: try Common.Message.globalPositionInt(GlobalPositionInt(lat: 1, lon: 2, alt: 3000, relativeAlt: 12_500)).frame(with: &other), at: .zero)
        state.receive(frame: try Common.Message.globalPositionInt(GlobalPositionInt(lat: 0, lon: 0, alt: 0)).frame(with: &vehicle), at: .zero)
        #expect(state.latitude == nil)   // 0, 0 before a fix is no position
        vehicle.sequence &+= 3  // three frames lost
        state.receive(frame: try Common.Message.globalPositionInt(GlobalPositionInt(lat: 473_977_420, lon: 85_455_940, alt: 500_000, relativeAlt: 12_000)).frame(with: &vehicle), at: .seconds(1))
        #expect(state.systemID == 7)
        #expect(state.armed)
        #expect(state.mode?.name == "AUTO.MISSION")
        #expect(state.relativeAltitude == 12)
        #expect(state.framesReceived == 3 && state.framesLost == 3)
        #expect(state.linkLossPercent == 50)
    }
}
