import Testing
import MAVLinkDialects
@testable import GroundStation

@Suite struct MissionClientTests {
    /// A short survey-like mission near Zurich: takeoff, 8 waypoints, a camera item, RTL.
    static func sampleItems(count: Int = 10) -> [PlanItem] {
        var items = [PlanItem(command: PlanCommand.takeoff, latitude: 0, longitude: 0, altitude: 20)]
        for i in 0..<count {
            items.append(PlanItem(command: PlanCommand.waypoint, latitude: 47.3977 + Double(i) * 1e-4,
                                  longitude: 8.5456 + Double(i % 3) * 2e-4, altitude: 20 + Double(i),
                                  param1: Float(i % 2), param2: .nan, param4: .nan))
        }
        items.append(PlanItem(command: PlanCommand.doSetCameraTriggerDistance, frame: PlanFrame.mission, param1: 12.5))
        items.append(PlanItem(command: PlanCommand.returnToLaunch, frame: PlanFrame.mission))
        return items
    }

    static func expectSameItems(_ got: [PlanItem], _ want: [PlanItem]) {
        #expect(got.count == want.count)
        for (i, (g, w)) in zip(got, want).enumerated() {
            #expect(g.isSame(as: w), "item \(i): got \(g), want \(w)")
        }
    }

    func roundTrip(_ family: AutopilotFamily, seed: UInt64, loss: Double, duplicate: Double) throws {
        let items = Self.sampleItems()
        var vehicle = FakeVehicle(family: family)
        var link = FakeLink(loss: loss, duplicate: duplicate, seed: seed)
        var client = MissionClient(targetSystem: 1, autopilot: family)

        try client.start(.upload(items, .mission), at: link.now)
        let up = link.run(&client, &vehicle)
        guard case .success(.uploaded(let count, let opaque, _)) = up else {
            Issue.record("upload failed: \(String(describing: up))"); return
        }
        #expect(count == items.count + (family == .ardupilot ? 1 : 0))
        #expect(opaque != 0)
        let stored = vehicle.stored[.mission] ?? []
        Self.expectSameItems(family == .ardupilot ? Array(stored.dropFirst()) : stored, items)

        try client.start(.download(.mission), at: link.now)
        let down = link.run(&client, &vehicle)
        guard case .success(.downloaded(let got, let home, let downOpaque)) = down else {
            Issue.record("download failed: \(String(describing: down))"); return
        }
        Self.expectSameItems(got, items)
        #expect((home != nil) == (family == .ardupilot))
        #expect(downOpaque == opaque)
    }

    @Test(arguments: [AutopilotFamily.ardupilot, .px4, .swiftlet], [UInt64(1), 2, 3, 4, 5])
    func uploadAndDownloadSurviveTwentyPercentLossAndDuplicates(family: AutopilotFamily, seed: UInt64) throws {
        try roundTrip(family, seed: seed, loss: 0.2, duplicate: 0.1)
    }

    @Test func arduPilotGetsAHomeItemAtSequenceZeroAndPX4DoesNot() throws {
        for family in [AutopilotFamily.ardupilot, .px4] {
            var vehicle = FakeVehicle(family: family)
            var link = FakeLink(loss: 0, seed: 9)
            var client = MissionClient(targetSystem: 1, autopilot: family)
            let items = Self.sampleItems(count: 2)
            try client.start(.upload(items, .mission), at: .zero)
            _ = link.run(&client, &vehicle)
            let stored = vehicle.stored[.mission] ?? []
            #expect(stored.count == items.count + (family == .ardupilot ? 1 : 0))
            #expect(stored.first?.command == (family == .ardupilot ? PlanCommand.waypoint : PlanCommand.takeoff))
        }
    }

    @Test func arduPilotJumpTargetsCountItsHomeItemOnTheWireOnly() throws {
        for family in [AutopilotFamily.ardupilot, .px4] {
            var vehicle = FakeVehicle(family: family)
            var link = FakeLink(loss: 0, seed: 3)
            var client = MissionClient(targetSystem: 1, autopilot: family)
            var items = Self.sampleItems(count: 3)
            items.insert(PlanItem(command: PlanCommand.doJump, frame: PlanFrame.mission, param1: 1, param2: 2), at: 3)
            try client.start(.upload(items, .mission, readBack: true), at: .zero)
            guard case .success(.uploaded(_, _, true)) = link.run(&client, &vehicle) else { Issue.record("\(family) upload"); continue }
            let stored = vehicle.stored[.mission] ?? []
            // Jump to plan item 1: sequence 2 on ArduPilot (home is 0), 1 on PX4.
            #expect(stored.first { $0.command == PlanCommand.doJump }?.param1 == (family == .ardupilot ? 2 : 1))
            try client.start(.download(.mission), at: link.now)
            guard case .success(.downloaded(let got, _, _)) = link.run(&client, &vehicle) else { Issue.record("\(family) download"); continue }
            #expect(got[3].param1 == 1)
        }
    }

    @Test func autopilotFamilyComesFromTheVehicleHeartbeatNotFromAGroundStation() {
        var client = MissionClient()
        client.receive(.heartbeat(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8))),
                       systemID: 255, componentID: 190, at: .zero)
        #expect(client.autopilot == nil)
        client.receive(.heartbeat(Heartbeat(type: MAVType(rawValue: 2), autopilot: MAVAutopilot(rawValue: 3))),
                       systemID: 1, componentID: 1, at: .zero)
        #expect(client.autopilot == .ardupilot)
        #expect(client.targetSystem == 1)
    }

    @Test func fenceAndRallyTransferWithTheirMissionType() throws {
        var plan = FlightPlan()
        plan.fence = [.polygon(vertices: [GeoPoint(latitude: 47.397, longitude: 8.545), GeoPoint(latitude: 47.399, longitude: 8.545),
                                          GeoPoint(latitude: 47.399, longitude: 8.548), GeoPoint(latitude: 47.397, longitude: 8.548)], inclusion: true),
                      .circle(center: GeoPoint(latitude: 47.398, longitude: 8.546), radius: 25, inclusion: false)]
        plan.rally = [RallyPoint(latitude: 47.3975, longitude: 8.5452, altitude: 30)]
        for kind in [MissionKind.fence, .rally] {
            var vehicle = FakeVehicle(family: .ardupilot)
            var link = FakeLink(loss: 0.2, seed: 77)
            var client = MissionClient(targetSystem: 1, autopilot: .ardupilot)
            try client.start(.upload(plan.protocolItems(kind), kind), at: .zero)
            guard case .success = link.run(&client, &vehicle) else { Issue.record("\(kind) upload failed"); continue }
            try client.start(.download(kind), at: link.now)
            guard case .success(.downloaded(let got, let home, _)) = link.run(&client, &vehicle) else {
                Issue.record("\(kind) download failed"); continue
            }
            #expect(home == nil)
            var back = FlightPlan()
            try back.setProtocolItems(got, kind: kind)
            if kind == .fence { #expect(back.fence.count == 2) } else { #expect(back.rally.count == 1) }
            Self.expectSameItems(got, plan.protocolItems(kind))
        }
    }

    @Test func silentVehicleTimesOutAfterFiveRetriesWithBackoff() throws {
        var vehicle = FakeVehicle(family: .px4)
        vehicle.silent = true
        var link = FakeLink(loss: 0, seed: 1)
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        try client.start(.upload(Self.sampleItems(), .mission), at: .zero)
        let r = link.run(&client, &vehicle)
        #expect(r == .failure(.timeout(stage: "waiting for the first item request", retries: 5)))
        #expect(link.sentByClient == 6)   // the MISSION_COUNT and five resends
        // 1.5 s, then back-off 3, 6, 12, 12, 12 s: about 46.5 s of waiting.
        #expect(link.now >= .seconds(46) && link.now <= .seconds(47))
    }

    @Test func ackBeforeEveryItemWasRequestedIsNeverSuccess() throws {
        var vehicle = FakeVehicle(family: .px4)
        vehicle.ackAfterFirstItem = true
        var link = FakeLink(loss: 0, seed: 1)
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        try client.start(.upload(Self.sampleItems(), .mission), at: .zero)
        #expect(link.run(&client, &vehicle) == .failure(.incomplete(requested: 1, of: 13)))
    }

    @Test func rejectionCarriesTheMissionResult() throws {
        var vehicle = FakeVehicle(family: .px4)
        vehicle.rejectWith = 4   // NO_SPACE
        var link = FakeLink(loss: 0, seed: 1)
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        try client.start(.upload(Self.sampleItems(), .mission), at: .zero)
        #expect(link.run(&client, &vehicle) == .failure(.rejected(result: 4, kind: .mission)))
    }

    @Test func readBackCatchesAVehicleThatStoredSomethingElse() throws {
        var vehicle = FakeVehicle(family: .px4)
        vehicle.corruptReadBackAt = 3
        var link = FakeLink(loss: 0.1, seed: 5)
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        try client.start(.upload(Self.sampleItems(), .mission, readBack: true), at: .zero)
        guard case .failure(.readBackMismatch(let index, _)) = link.run(&client, &vehicle) else {
            Issue.record("expected a read-back mismatch"); return
        }
        #expect(index == 3)
    }

    @Test func readBackOfAGoodUploadIsVerifiedSuccess() throws {
        var vehicle = FakeVehicle(family: .ardupilot)
        var link = FakeLink(loss: 0.2, seed: 6)
        var client = MissionClient(targetSystem: 1, autopilot: .ardupilot)
        try client.start(.upload(Self.sampleItems(), .mission, readBack: true), at: .zero)
        guard case .success(.uploaded(_, _, true)) = link.run(&client, &vehicle) else {
            Issue.record("expected a verified upload"); return
        }
    }

    @Test func outOfOrderAndRepeatedRequestsAreAnswered() throws {
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        let items = Self.sampleItems(count: 3)
        try client.start(.upload(items, .mission), at: .zero)
        _ = client.poll(at: .zero)
        for seq in [2, 0, 2, 1, 3, 5, 4] {
            client.receive(.missionRequestInt(MissionRequestInt(seq: UInt16(seq))), systemID: 1, componentID: 1, at: .milliseconds(10))
            let out = client.poll(at: .milliseconds(10))
            guard case .missionItemInt(let m) = out.first else { Issue.record("no item for \(seq)"); return }
            #expect(m.seq == UInt16(seq))
            #expect(m.z == items[seq].z)
        }
        client.receive(.missionAck(MissionAck(type: MAVMissionResult(rawValue: 0), opaqueId: 42)), systemID: 1, componentID: 1, at: .milliseconds(20))
        #expect(client.result == .success(.uploaded(count: 6, opaqueID: 42, verifiedByReadBack: false)))
    }

    @Test func timeoutAdaptsToTheMeasuredRoundTrip() throws {
        var vehicle = FakeVehicle(family: .px4)
        var link = FakeLink(loss: 0, seed: 3)
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        #expect(client.rtt.timeout == .milliseconds(1500))
        try client.start(.upload(Self.sampleItems(), .mission), at: .zero)
        _ = link.run(&client, &vehicle)
        // Round trip on this link is 80–100 ms (2 × 40 ms latency + 10 ms steps).
        #expect(client.rtt.timeout < .milliseconds(600))
        #expect(client.rtt.timeout >= .milliseconds(250))
    }

    @Test func clearAndSetCurrentComplete() throws {
        var vehicle = FakeVehicle(family: .ardupilot)
        vehicle.stored[.mission] = [vehicle.home] + Self.sampleItems()
        var link = FakeLink(loss: 0.2, seed: 11)
        var client = MissionClient(targetSystem: 1, autopilot: .ardupilot)
        try client.start(.setCurrent(2), at: .zero)
        #expect(link.run(&client, &vehicle) == .success(.currentSet(2)))
        #expect(vehicle.currentSeq == 3)   // plan index 2 is ArduPilot sequence 3
        try client.start(.clear(.mission), at: link.now)
        #expect(link.run(&client, &vehicle) == .success(.cleared))
        #expect(vehicle.stored[.mission]?.count == 1)
    }

    @Test func startWhileBusyIsRefused() throws {
        var client = MissionClient(targetSystem: 1, autopilot: .px4)
        try client.start(.download(.mission), at: .zero)
        #expect(throws: MissionTransferError.busy) { try client.start(.clear(.mission), at: .zero) }
    }
}
