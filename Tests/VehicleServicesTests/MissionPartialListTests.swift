import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

/// `MISSION_REQUEST_PARTIAL_LIST` and `MISSION_WRITE_PARTIAL_LIST`.
@Suite("Mission partial lists")
struct MissionPartialListTests {
    typealias M = MissionServerTests

    /// A ground station with a plan of `n` waypoints installed.
    static func withPlan(_ n: Int) -> FakeGroundStation {
        var gcs = FakeGroundStation()
        gcs.send(M.count(n))
        for seq in 0..<n { gcs.send(M.waypoint(seq)) }
        #expect(gcs.vehicle.plans[0].count == n)
        return gcs
    }

    static func requestPartial(_ start: Int16, _ end: Int16) -> MissionRequestPartialList {
        MissionRequestPartialList(targetSystem: 1, targetComponent: 1, startIndex: start, endIndex: end, missionType: .mission)
    }

    static func writePartial(_ start: Int16, _ end: Int16) -> MissionWritePartialList {
        MissionWritePartialList(targetSystem: 1, targetComponent: 1, startIndex: start, endIndex: end, missionType: .mission)
    }

    @Test func partialDownloadSendsExactlyTheRangeAndMinusOneMeansToTheEnd() {
        var gcs = Self.withPlan(6)
        let middle = gcs.send(Self.requestPartial(2, 4)).messages(MissionItemInt.self)
        #expect(middle.map(\.seq) == [2, 3, 4])
        #expect(middle.map(\.x) == [M.lat + 2000, M.lat + 3000, M.lat + 4000])
        #expect(middle.allSatisfy { $0.targetSystem == 255 && $0.targetComponent == 190 })
        #expect(gcs.send(Self.requestPartial(4, -1)).messages(MissionItemInt.self).map(\.seq) == [4, 5])
        #expect(gcs.send(Self.requestPartial(1, 1)).messages(MissionItemInt.self).map(\.seq) == [1])
    }

    @Test func partialDownloadOfALongRangeIsPacedAcrossPolls() {
        var gcs = Self.withPlan(300)
        let first = gcs.send(Self.requestPartial(0, -1)).messages(MissionItemInt.self)
        #expect(first.count < 300, "not all at once: the outbox is bounded")
        let rest = gcs.run(forMicros: 200_000).messages(MissionItemInt.self)
        #expect((first + rest).map { Int($0.seq) } == Array(0..<300))
    }

    @Test func partialDownloadOutsideThePlanIsRefused() {
        var gcs = Self.withPlan(3)
        for (start, end) in [(Int16(3), Int16(3)), (1, 5), (2, 1), (-1, 2)] {
            let reply = gcs.send(Self.requestPartial(start, end))
            #expect(reply.messages(MissionItemInt.self).isEmpty)
            #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [13], "MAV_MISSION_INVALID_SEQUENCE for \(start)…\(end)")
            #expect(reply.messages(Statustext.self).map { $0.text.string } == ["Partial list refused: range outside the plan"])
        }
    }

    @Test func partialUploadReplacesTheRangeAndKeepsTheRest() {
        var gcs = Self.withPlan(5)
        let oldID = PlanIdentity.opaqueID(of: gcs.vehicle.plans[0])
        var reply = gcs.send(Self.writePartial(1, 2))
        for seq in 1...2 {
            #expect(reply.messages(MissionRequestInt.self).map(\.seq) == [UInt16(seq)])
            var item = M.waypoint(seq)
            item.z = 55
            reply = gcs.send(item)
        }
        let ack = reply.messages(MissionAck.self)
        #expect(ack.map { $0.type.rawValue } == [0])
        let plan = gcs.vehicle.plans[0]
        #expect(plan.count == 5)
        #expect((0..<5).map { plan[$0].altitude } == [20, 55, 55, 20, 20])
        #expect((0..<5).map { plan[$0].latE7 } == (0..<5).map { M.lat + Int32($0) * 1000 })
        #expect(ack.first?.opaqueId == PlanIdentity.opaqueID(of: plan))
        #expect(ack.first?.opaqueId != oldID)
    }

    @Test func partialUploadStartingAtTheEndExtendsThePlan() {
        var gcs = Self.withPlan(2)
        var reply = gcs.send(Self.writePartial(2, 3))
        reply = gcs.send(M.waypoint(2))
        #expect(reply.messages(MissionRequestInt.self).map(\.seq) == [3])
        reply = gcs.send(M.waypoint(3))
        #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [0])
        #expect(gcs.vehicle.plans[0].count == 4)
    }

    @Test func partialUploadMakingThePlanInvalidIsRefusedWholeAndTheOldPlanStays() {
        var gcs = Self.withPlan(4)
        let before = PlanIdentity.opaqueID(of: gcs.vehicle.plans[0])
        gcs.send(Self.writePartial(2, 2))
        // A negative hold time: the whole resulting plan is validated and refused at item 2.
        let reply = gcs.send(M.waypoint(2, param1: -1))
        #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [6])
        #expect(reply.messages(Statustext.self).map { $0.text.string } == ["Mission refused: item 2 invalid param1"])
        #expect(PlanIdentity.opaqueID(of: gcs.vehicle.plans[0]) == before)
        #expect(gcs.vehicle.plans[0][2].param1 == 0)
    }

    @Test func partialUploadRangeThatDoesNotFitThePlanIsRefused() {
        var gcs = Self.withPlan(3)
        for (start, end) in [(Int16(4), Int16(4)), (2, 1), (-1, 0)] {
            let reply = gcs.send(Self.writePartial(start, end))
            #expect(reply.messages(MissionRequestInt.self).isEmpty)
            #expect(reply.messages(MissionAck.self).map { $0.type.rawValue } == [13])
        }
        #expect(!gcs.link.missions.isReceiving)
        #expect(gcs.vehicle.plans[0].count == 3)
    }
}
