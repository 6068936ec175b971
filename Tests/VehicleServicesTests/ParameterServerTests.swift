import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Parameter server")
struct ParameterServerTests {
    static func name(_ s: String) -> FixedString<16> { FixedString(s) }

    @Test func listStreamsEveryParameterPacedToTheByteBudget() {
        var gcs = FakeGroundStation()
        let total = gcs.vehicle.parameters.count
        gcs.send(ParamRequestList(targetSystem: 1, targetComponent: 1))
        // One second at 100 Hz polling: at most the budget (1200 B/s of 37-byte frames, plus the first one).
        let firstSecond = gcs.run(forMicros: 1_000_000).messages(ParamValue.self)
        let budget = Int(gcs.link.parameters.bytesPerSecond / 37) + 2
        #expect(firstSecond.count <= budget)
        #expect(firstSecond.count >= budget - 4)
        let rest = gcs.run(forMicros: UInt64(total / 20 + 2) * 1_000_000).messages(ParamValue.self)
        let all = firstSecond + rest
        #expect(all.count == total)
        #expect(all.map { Int($0.paramIndex) } == Array(0..<total))
        #expect(all.allSatisfy { Int($0.paramCount) == total })
    }

    @Test func readByNameAndByIndexAnswerTheSameValue() {
        var gcs = FakeGroundStation()
        let definition = gcs.vehicle.parameters.definitions[3]
        let byIndex = gcs.send(ParamRequestRead(targetSystem: 1, targetComponent: 1, paramIndex: 3)).messages(ParamValue.self)
        let nameText = definition.name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        let byName = gcs.send(ParamRequestRead(targetSystem: 1, targetComponent: 1, paramId: Self.name(nameText), paramIndex: -1))
            .messages(ParamValue.self)
        #expect(byIndex.count == 1)
        #expect(byIndex == byName)
        #expect(byIndex.first?.paramId.string == nameText)
        #expect(byIndex.first?.paramType.rawValue == UInt32(definition.type.rawValue))
    }

    @Test func acceptedSetIsEchoedWithTheNewValue() {
        var gcs = FakeGroundStation()
        let i = gcs.vehicle.parameters.index(of: "MC_ROLL_P")!
        let reply = gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 7.5,
                                      paramType: .real32))
        #expect(reply.messages(ParamValue.self).map { $0.paramValue } == [7.5])
        #expect(gcs.vehicle.parameters.values[i] == .float(7.5))
    }

    @Test func refusedSetEchoesTheOldValueAndSaysWhy() {
        var gcs = FakeGroundStation()
        let before = gcs.vehicle.parameters.value(of: "MC_ROLL_P")!
        let reply = gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 500,
                                      paramType: .real32))
        #expect(reply.messages(ParamValue.self).map { $0.paramValue } == [before.floatValue])
        #expect(gcs.vehicle.parameters.value(of: "MC_ROLL_P") == before)
        #expect(reply.messages(Statustext.self).map { $0.text.string } == ["Param MC_ROLL_P refused: out of range"])
    }

    @Test func integerParameterTravelsCCastAndRefusesFractions() throws {
        var gcs = FakeGroundStation()
        let index = try #require(gcs.vehicle.parameters.definitions.firstIndex { $0.type == .int32 })
        let d = gcs.vehicle.parameters.definitions[index]
        let name = d.name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        guard case .int32(let current) = gcs.vehicle.parameters.values[index] else { Issue.record("not int"); return }
        let reply = gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name(name), paramValue: Float(current) + 0.5,
                                      paramType: .int32))
        #expect(reply.messages(ParamValue.self).map { $0.paramValue } == [Float(current)], "C-cast: the float field holds the integer's value")
        #expect(reply.messages(Statustext.self).count == 1)
    }

    @Test func onlyAcceptedSetsAreCountedForTheEdgeToPersist() {
        var gcs = FakeGroundStation()
        #expect(gcs.link.parameters.acceptedSets == 0)
        gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 7.5, paramType: .real32))
        #expect(gcs.link.parameters.acceptedSets == 1)
        gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 500, paramType: .real32))
        gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("NO_SUCH_PARAM"), paramValue: 1))
        #expect(gcs.link.parameters.acceptedSets == 1, "refused and unknown sets change nothing to save")
    }

    @Test func unknownNameGetsNoValueButAStatusText() {
        var gcs = FakeGroundStation()
        let reply = gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("NO_SUCH_PARAM"), paramValue: 1))
        #expect(reply.messages(ParamValue.self).isEmpty)
        #expect(reply.messages(Statustext.self).map { $0.text.string } == ["Param unknown: NO_SUCH_PARAM"])
    }

    @Test func aChangeMadeOnOneLinkIsAnnouncedOnEveryOtherLinkOnce() throws {
        // Two ground stations on two links of one vehicle: A sets, B hears the new value.
        var gcs = FakeGroundStation()
        var other = VehicleLink()
        var otherOutbox = Outbox()
        func pollBoth() -> (a: [ParamValue], b: [ParamValue]) {
            let a = gcs.advance(byMicros: 10_000).messages(ParamValue.self)
            let (now, unix) = (gcs.now, gcs.unixMicros)
            other.poll(at: now, unixMicros: unix, vehicle: &gcs.vehicle, into: &otherOutbox)
            var frames: [MAVLinkFrame] = []
            var parser = MAVLinkParser<Common>()
            otherOutbox.withBytes { parser.parseFrames($0) { frames.append($0) } }
            otherOutbox.removeAll()
            return (a, frames.messages(ParamValue.self))
        }
        _ = pollBoth()
        let echo = gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 7.5,
                                     paramType: .real32)).messages(ParamValue.self)
        #expect(echo.map(\.paramValue) == [7.5])
        let after = pollBoth()
        #expect(after.a.isEmpty, "the setting link already answered: no second PARAM_VALUE")
        #expect(after.b.map { $0.paramId.string } == ["MC_ROLL_P"])
        #expect(after.b.map(\.paramValue) == [7.5])
        let i = try #require(gcs.vehicle.parameters.index(of: "MC_ROLL_P"))
        #expect(after.b.map { Int($0.paramIndex) } == [i])
        #expect(pollBoth().b.isEmpty, "announced once")
        // A refused value and a set to the same value change nothing: nothing is announced.
        gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 500, paramType: .real32))
        gcs.send(ParamSet(targetSystem: 1, targetComponent: 1, paramId: Self.name("MC_ROLL_P"), paramValue: 7.5, paramType: .real32))
        #expect(pollBoth().b.isEmpty)
    }
}
