import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Mission protocol server")
struct MissionServerTests {
    static let lat: Int32 = 473_977_420, lon: Int32 = 85_455_940

    static func waypoint(_ seq: Int, param1: Float = 0, kind: MAVMissionType = .mission) -> MissionItemInt {
        MissionItemInt(targetSystem: 1, targetComponent: 1, seq: UInt16(seq), frame: MAVFrame(rawValue: 6),
                       command: MAVCmd.navWaypoint, autocontinue: 1, param1: param1,
                       x: lat + Int32(seq) * 1000, y: lon, z: 20, missionType: kind)
    }

    static func count(_ n: Int, kind: MAVMissionType = .mission) -> MissionCount {
        MissionCount(targetSystem: 1, targetComponent: 1, count: UInt16(n), missionType: kind)
    }

    @Test func uploadRequestsEachItemInTurnAndAcceptsTheWholePlan() {
        var gcs = FakeGroundStation()
        var reply = gcs.send(Self.count(3))
        for seq in 0..<3 {
            #expect(reply.messages(MissionRequestInt.self).map { $0.seq } == [UInt16(seq)])
            reply = gcs.send(Self.waypoint(seq))
        }
        let ack = reply.messages(MissionAck.self)
        #expect(ack.count == 1)
        #expect(ack.first?.type.rawValue == 0)
        #expect(gcs.vehicle.plans[0].count == 3)
        #expect(ack.first?.opaqueId == PlanIdentity.opaqueID(of: gcs.vehicle.plans[0]))
        #expect(ack.first?.opaqueId != 0)
    }

    @Test func lastItemResentAfterALostAckGetsTheSameAckAgain() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2))
        gcs.send(Self.waypoint(0))
        let first = gcs.send(Self.waypoint(1)).messages(MissionAck.self)
        #expect(first.map { $0.type.rawValue } == [0])
        // The ACK was lost on the way: the ground station resends the last item.
        let again = gcs.send(Self.waypoint(1)).messages(MissionAck.self)
        #expect(again.map { $0.type.rawValue } == [0])
        #expect(again.first?.opaqueId == first.first?.opaqueId)
        // Any other stray item gets nothing, and the plan is unchanged.
        #expect(gcs.send(Self.waypoint(0)).messages(MissionAck.self).isEmpty)
        #expect(gcs.vehicle.plans[0].count == 2)
    }

    @Test func lostItemIsRequestedAgainAfterTheTimeout() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2))
        // The item never arrives: nothing before 1.5 s, one re-request after.
        #expect(gcs.run(forMicros: 1_400_000).messages(MissionRequestInt.self).isEmpty)
        let again = gcs.run(forMicros: 200_000).messages(MissionRequestInt.self)
        #expect(again.map { $0.seq } == [0])
    }

    @Test func uploadIsCancelledOnceTheSilentSenderHasHadFiveRetriesAndTenSeconds() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2))
        // Re-requests every 1.5 s; five of them are not enough to give up on a sender heard 7.5 s
        // ago (a lossy radio, not a gone ground station), so it waits for 10 s of silence.
        let early = gcs.run(forMicros: 9_900_000)
        #expect(early.messages(MissionRequestInt.self).count == 6)
        #expect(early.messages(MissionAck.self).isEmpty)
        let frames = gcs.run(forMicros: 1_000_000)
        let ack = frames.messages(MissionAck.self)
        #expect(ack.map { $0.type.rawValue } == [UInt32(MissionResult.operationCancelled.rawValue)])
        #expect(gcs.link.missions.isReceiving == false)
        #expect(gcs.vehicle.plans[0].isEmpty)
    }

    @Test func duplicateAndOutOfOrderItemsAreNotStoredAndTheExpectedOneIsRequested() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(3))
        gcs.send(Self.waypoint(0))
        let duplicate = gcs.send(Self.waypoint(0))
        #expect(duplicate.messages(MissionRequestInt.self).map { $0.seq } == [1])
        let early = gcs.send(Self.waypoint(2))
        #expect(early.messages(MissionRequestInt.self).map { $0.seq } == [1])
        gcs.send(Self.waypoint(1))
        let done = gcs.send(Self.waypoint(2))
        #expect(done.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[0].count == 3)
        #expect(gcs.vehicle.plans[0][2].latE7 == Self.lat + 2000)
    }

    @Test func invalidPlanIsRefusedWholeWithTheExactResultAndAStatusText() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2))
        gcs.send(Self.waypoint(0))
        // A negative hold time is MAV_MISSION_INVALID_PARAM1 (6) at item 1.
        let reply = gcs.send(Self.waypoint(1, param1: -1))
        #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [6])
        #expect(gcs.link.missions.lastRejection == MissionRejection(.invalidParam1, at: 1))
        #expect(gcs.vehicle.plans[0].isEmpty, "the old (empty) plan stays")
        let text = reply.messages(Statustext.self).map { $0.text.string }
        #expect(text == ["Mission refused: item 1 invalid param1"])
    }

    @Test func downloadServesCountWithOpaqueIDAndItemsInAnyOrder() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2)); gcs.send(Self.waypoint(0)); gcs.send(Self.waypoint(1))
        let count = gcs.send(MissionRequestList(targetSystem: 1, targetComponent: 1, missionType: .mission)).messages(MissionCount.self)
        #expect(count.map { $0.count } == [2])
        #expect(count.first?.opaqueId == PlanIdentity.opaqueID(of: gcs.vehicle.plans[0]))
        let second = gcs.send(MissionRequestInt(targetSystem: 1, targetComponent: 1, seq: 1, missionType: .mission)).messages(MissionItemInt.self)
        let first = gcs.send(MissionRequestInt(targetSystem: 1, targetComponent: 1, seq: 0, missionType: .mission)).messages(MissionItemInt.self)
        #expect(second.first?.x == Self.lat + 1000)
        #expect(first.first?.x == Self.lat)
        #expect(first.first?.command == MAVCmd.navWaypoint)
        let beyond = gcs.send(MissionRequestInt(targetSystem: 1, targetComponent: 1, seq: 5, missionType: .mission))
        #expect(beyond.messages(MissionAck.self).map { $0.type.rawValue } == [13])
    }

    @Test func legacyMissionItemUploadSwitchesToLegacyRequests() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(2))
        let legacy = LegacyMissionItem(targetSystem: 1, targetComponent: 1, seq: 0, frame: MAVFrame(rawValue: 3),
                                       command: MAVCmd.navWaypoint, autocontinue: 1, x: 47.397742, y: 8.545594, z: 20)
        let reply = gcs.send(legacy)
        #expect(reply.messages(MissionRequest.self).map { $0.seq } == [1])
        gcs.send(LegacyMissionItem(targetSystem: 1, targetComponent: 1, seq: 1, frame: MAVFrame(rawValue: 3),
                                   command: MAVCmd.navWaypoint, autocontinue: 1, x: 47.3978, y: 8.5456, z: 20))
        #expect(gcs.vehicle.plans[0].count == 2)
        #expect(gcs.vehicle.plans[0][0].frameNumber == 6, "float relative frame is stored as its integer twin")
        #expect(abs(Int(gcs.vehicle.plans[0][0].latE7) - 473_977_420) < 50)
    }

    @Test func fenceAndRallyPlansAreKeptSeparately() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(1, kind: .rally))
        let rally = MissionItemInt(targetSystem: 1, targetComponent: 1, seq: 0, frame: MAVFrame(rawValue: 6),
                                   command: MAVCmd(rawValue: 5100), x: Self.lat, y: Self.lon, z: 30, missionType: .rally)
        let reply = gcs.send(rally)
        #expect(reply.messages(MissionAck.self).map { $0.missionType } == [.rally])
        #expect(gcs.vehicle.plans[2].count == 1)
        #expect(gcs.vehicle.plans[0].isEmpty)
    }

    @Test func clearAllEmptiesThePlanAndAcks() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(1)); gcs.send(Self.waypoint(0))
        let reply = gcs.send(MissionClearAll(targetSystem: 1, targetComponent: 1, missionType: .mission))
        #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[0].isEmpty)
    }

    @Test func setCurrentMovesTheMissionAndReportsMissionCurrentWithPlanIDs() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(3)); gcs.send(Self.waypoint(0)); gcs.send(Self.waypoint(1)); gcs.send(Self.waypoint(2))
        let reply = gcs.send(MissionSetCurrent(targetSystem: 1, targetComponent: 1, seq: 2))
        let current = reply.messages(MissionCurrent.self)
        #expect(current.map { $0.seq } == [2])
        #expect(current.first?.total == 3)
        #expect(current.first?.missionId == PlanIdentity.opaqueID(of: gcs.vehicle.plans[0]))
    }

    @Test func eachReachedItemIsReportedOnce() {
        var gcs = FakeGroundStation()
        gcs.advance(byMicros: 10_000)
        gcs.vehicle.telemetry.mission.markReached(4)
        let first = gcs.advance(byMicros: 10_000).messages(MissionItemReached.self)
        let second = gcs.advance(byMicros: 10_000).messages(MissionItemReached.self)
        #expect(first.map { $0.seq } == [4])
        #expect(second.isEmpty)
    }

    @Test func itemsReachedWithinOnePollAreEachReportedInOrder() {
        var gcs = FakeGroundStation()
        gcs.advance(byMicros: 10_000)
        // A waypoint followed by immediate items (speed change, jump) completes in one step.
        for item in [2, 3, 4] { gcs.vehicle.telemetry.mission.markReached(item) }
        let reached = gcs.advance(byMicros: 10_000).messages(MissionItemReached.self)
        #expect(reached.map { $0.seq } == [2, 3, 4])
        #expect(gcs.vehicle.telemetry.mission.lastReachedItem == 4)
    }

    @Test func planLargerThanCapacityIsRefusedWithNoSpace() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(Self.count(MissionPlan.defaultCapacity + 1))
        #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [4])
        #expect(reply.messages(MissionRequestInt.self).isEmpty)
    }

    /// The firmware sets a small `planCapacity` (its heap holds a few plans); an upload takes
    /// storage for its own items only, so an empty fence after a mission costs nothing.
    @Test func planCapacityLimitsUploadsAndAPlanTakesOnlyItsOwnStorage() {
        var gcs = FakeGroundStation()
        gcs.link.missions.planCapacity = 3
        let refused = gcs.send(Self.count(4))
        #expect(refused.messages(MissionAck.self).map { $0.type.rawValue } == [4])
        #expect(refused.messages(Statustext.self).map { $0.text.string } == ["Plan refused: more than 3 items"])
        gcs.send(Self.count(3))
        gcs.send(Self.waypoint(0)); gcs.send(Self.waypoint(1))
        let done = gcs.send(Self.waypoint(2))
        #expect(done.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[0].count == 3 && gcs.vehicle.plans[0].capacity == 3)
        let empty = gcs.send(Self.count(0, kind: .fence))
        #expect(empty.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[1].isEmpty && gcs.vehicle.plans[1].capacity == 0)
    }
}

extension MissionServerTests {
    @Test func repeatedCountRestartsTheUploadFromTheFirstItem() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(3)); gcs.send(Self.waypoint(0))
        let restart = gcs.send(Self.count(2))
        #expect(restart.messages(MissionRequestInt.self).map { $0.seq } == [0])
        gcs.send(Self.waypoint(0))
        let done = gcs.send(Self.waypoint(1))
        #expect(done.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[0].count == 2)
    }

    @Test func groundStationAckCancelsTheUploadAndStopsRetries() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(3))
        gcs.send(MissionAck(targetSystem: 1, targetComponent: 1, type: MAVMissionResult(rawValue: 15), missionType: .mission))
        #expect(!gcs.link.missions.isReceiving)
        #expect(gcs.run(forMicros: 3_000_000).messages(MissionRequestInt.self).isEmpty)
    }

    @Test func uploadOfAnotherPlanTypeDuringAnUploadIsDenied() {
        var gcs = FakeGroundStation()
        gcs.send(Self.count(3))
        let other = gcs.send(Self.count(1, kind: .fence))
        #expect(other.messages(MissionAck.self).map { $0.type.rawValue } == [14])
        #expect(gcs.link.missions.isReceiving)
    }
}
