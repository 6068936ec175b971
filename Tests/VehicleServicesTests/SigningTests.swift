import FlightCore
import MAVLinkDialects
import Testing
@testable import VehicleServices

@Suite("Message signing")
struct SigningTests {
    static let keyBytes: [UInt8] = (0..<32).map { UInt8($0 &* 7 &+ 3) }

    static func setup(_ gcs: inout FakeGroundStation) {
        gcs.send(SetupSigning(targetSystem: 1, targetComponent: 1, secretKey: FixedArray(keyBytes, fill: 0),
                              initialTimestamp: SigningTime.timestamp(unixMicros: gcs.unixMicros)))
        gcs.encoder.signer = MAVLinkSigner(key: SigningKey(keyBytes)!, linkID: 1)
    }

    @Test func unsignedCommandIsRefusedOnceAKeyIsInstalled() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        let frame = try! unsigned.frame(CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1))
        let reply = gcs.deliver(frame)
        #expect(reply.isEmpty)
        #expect(gcs.vehicle.armCalls.isEmpty)
        #expect(gcs.link.refusedFrames == 1)
    }

    @Test func signedCommandIsAcceptedAndTheAnswerIsSigned() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        gcs.now = gcs.now.advanced(byMicros: 1000)
        let reply = gcs.send(CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1))
        #expect(reply.messages(CommandAck.self).map { $0.result } == [.accepted])
        #expect(reply.allSatisfy { $0.signature != nil })
        #expect(gcs.link.signingKey == SigningKey(Self.keyBytes))
    }

    @Test func wronglySignedCommandIsRefused() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var forger = MAVLinkEncoder(systemID: 255, componentID: 190,
                                    signer: MAVLinkSigner(key: SigningKey([UInt8](repeating: 9, count: 32))!, linkID: 1))
        let frame = try! forger.frame(CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1),
                                      unixMicros: gcs.unixMicros + 1000)
        #expect(gcs.deliver(frame).isEmpty)
        #expect(gcs.vehicle.armCalls.isEmpty)
    }

    @Test func unsignedHeartbeatIsStillAcceptedForLinkMonitoring() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        let frame = try! unsigned.frame(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8)))
        _ = gcs.deliver(frame)
        #expect(gcs.vehicle.linkEvents == [true])
    }

    @Test func unsignedSetupCannotReplaceAnInstalledKey() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        let frame = try! unsigned.frame(SetupSigning(targetSystem: 1, targetComponent: 1, secretKey: FixedArray(repeating: 0)))
        _ = gcs.deliver(frame)
        #expect(gcs.link.signingKey == SigningKey(Self.keyBytes))
    }

    @Test func keyIsNeverPrinted() {
        let key = SigningKey(Self.keyBytes)!
        #expect(!"\(key)".contains("3"))
    }
}
