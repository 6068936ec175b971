import MAVLinkDialects
import Testing
@testable import Transport

@Suite struct RoutingTableTests {
    let gcs = EndpointPeer(endpoint: 0, peer: 0)
    let vehicle1 = EndpointPeer(endpoint: 1, peer: 0)
    let vehicle2 = EndpointPeer(endpoint: 2, peer: 0)

    func commandFrame(targetSystem: UInt8, targetComponent: UInt8) throws -> MAVLinkFrame {
        var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
        return try encoder.frame(CommandLong(targetSystem: targetSystem, targetComponent: targetComponent, command: MAVCmd(rawValue: 400)))
    }

    @Test func targetFieldsAreReadFromTheDialectOffsets() throws {
        let frame = try commandFrame(targetSystem: 7, targetComponent: 42)
        var encoder = MAVLinkEncoder(systemID: 1, componentID: 1)
        let heartbeat = try encoder.frame(Heartbeat())

        #expect(FrameTarget.of(frame, in: Common.self) == FrameTarget(system: 7, component: 42))
        #expect(FrameTarget.of(heartbeat, in: Common.self) == .broadcast)
    }

    @Test func broadcastGoesEverywhereButTheSource() {
        var table = RoutingTable()

        #expect(table.destinations(for: .broadcast, from: gcs) == nil)
    }

    @Test func targetedFrameGoesOnlyWhereItsSystemWasHeard() {
        var table = RoutingTable()
        table.learn(system: 1, component: 1, via: vehicle1)
        table.learn(system: 2, component: 1, via: vehicle2)

        #expect(table.destinations(for: FrameTarget(system: 2, component: 0), from: gcs) == [vehicle2])
        #expect(table.destinations(for: FrameTarget(system: 1, component: 1), from: gcs) == [vehicle1])
    }

    @Test func knownComponentNarrowsTheRouteAndUnknownComponentFallsBackToTheSystem() {
        var table = RoutingTable()
        table.learn(system: 1, component: 1, via: vehicle1)
        table.learn(system: 1, component: 100, via: vehicle2)   // a camera of system 1 on another link

        #expect(table.destinations(for: FrameTarget(system: 1, component: 100), from: gcs) == [vehicle2])
        #expect(table.destinations(for: FrameTarget(system: 1, component: 55), from: gcs) == [vehicle1, vehicle2])
    }

    @Test func frameForAnUnheardSystemIsDroppedAndCounted() {
        var table = RoutingTable()
        table.learn(system: 1, component: 1, via: vehicle1)

        #expect(table.destinations(for: FrameTarget(system: 9, component: 1), from: gcs) == [])
        #expect(table.unroutable == 1)
    }

    @Test func targetedFrameNeverGoesBackToItsSource() {
        var table = RoutingTable()
        table.learn(system: 1, component: 1, via: vehicle1)

        #expect(table.destinations(for: FrameTarget(system: 1, component: 1), from: vehicle1) == [])
    }

    @Test func forgottenPeerNoLongerReceivesItsSystemsTraffic() {
        var table = RoutingTable()
        table.learn(system: 1, component: 1, via: vehicle1)

        table.forget(vehicle1)

        #expect(table.peers(of: 1).isEmpty)
    }
}
