import MAVLink
import MAVLinkDialects
import Testing
@testable import GroundStation

@Suite struct ParameterClientTests {
    static let table: [(String, Float, UInt32)] = (0..<40).map { ("P\($0)", Float($0) * 0.5, $0 % 3 == 0 ? 6 : 9) }

    static func value(_ i: Int, encoding: ParameterEncoding) -> Common.Message {
        let (name, v, t) = table[i]
        return .paramValue(ParamValue(paramId: FixedString(name), paramValue: encoding.encode(Double(t == 6 ? Float(i) : v), type: UInt8(t)),
                                      paramType: MAVParamType(rawValue: t), paramCount: UInt16(table.count), paramIndex: UInt16(i)))
    }

    @Test(arguments: [ParameterEncoding.cCast, .bytewise])
    func aListWithLostValuesIsCompletedByRequestingOnlyTheMissingIndices(encoding: ParameterEncoding) {
        var client = ParameterClient(targetSystem: 1, encoding: encoding)
        client.start(.list, at: .zero)
        #expect(client.poll(at: .zero).count == 1)   // PARAM_REQUEST_LIST
        let lost: Set<Int> = [3, 4, 17, 39]
        var t = Duration.zero
        for i in 0..<Self.table.count where !lost.contains(i) {
            t += .milliseconds(10)
            client.receive(Self.value(i, encoding: encoding), systemID: 1, componentID: 1, at: t)
        }
        // Silence: the missing ones are asked for by index, nothing else, and no new list request.
        t += .seconds(1)
        let asked = client.poll(at: t).compactMap { m -> Int? in
            if case .paramRequestRead(let r) = m { return Int(r.paramIndex) } else { return nil }
        }
        #expect(Set(asked) == lost)
        for i in lost { client.receive(Self.value(i, encoding: encoding), systemID: 1, componentID: 1, at: t + .milliseconds(20)) }
        guard case .success(.list(let all)) = client.result else { Issue.record("\(String(describing: client.result))"); return }
        #expect(all.count == Self.table.count)
        #expect(all[3].value == 3 && all[3].type == 6 && all[4].value == 2)   // integers decoded in either encoding
    }

    @Test func aRefusedSetReportsTheValueTheVehicleKept() {
        var client = ParameterClient(targetSystem: 1)
        client.start(.set("P1", 9), at: .zero)
        // Type unknown: read first.
        guard case .paramRequestRead = client.poll(at: .zero).first else { Issue.record("no read first"); return }
        client.receive(Self.value(1, encoding: .cCast), systemID: 1, componentID: 1, at: .milliseconds(10))
        guard case .paramSet(let set)? = client.poll(at: .milliseconds(10)).first else { Issue.record("no set"); return }
        #expect(set.paramValue == 9 && set.paramType.rawValue == 9)
        client.receive(Self.value(1, encoding: .cCast), systemID: 1, componentID: 1, at: .milliseconds(20))
        #expect(client.result == .success(.set(accepted: false, entry: ParameterEntry(name: "P1", value: 0.5, type: 9, index: 1))))
    }

    @Test func bytewiseEncodingPutsTheIntegerBitsInTheFloat() {
        #expect(ParameterEncoding.bytewise.encode(1500, type: 6).bitPattern == 1500)
        #expect(ParameterEncoding.bytewise.decode(Float(bitPattern: UInt32(bitPattern: -7)), type: 6) == -7)
        #expect(ParameterEncoding.bytewise.decode(Float(bitPattern: 200), type: 1) == 200)
        #expect(ParameterEncoding.cCast.encode(1500, type: 6) == 1500)
        #expect(ParameterEncoding(capabilities: 4096, family: .ardupilot) == .bytewise)
        #expect(ParameterEncoding(capabilities: nil, family: .px4) == .bytewise)
        #expect(ParameterEncoding(capabilities: 131_072, family: .px4) == .cCast)
    }
}
