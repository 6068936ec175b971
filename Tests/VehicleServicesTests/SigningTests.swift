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
        #expect(gcs.link.refused.unsigned == 1 && gcs.link.refused.total == 1)
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

    @Test func unsignedHeartbeatsCannotHoldOffTheLinkLossFailsafe() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        gcs.now = gcs.now.advanced(byMicros: 1000)
        gcs.send(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8)))
        #expect(gcs.vehicle.linkEvents == [true])
        // The ground station goes quiet; someone else on the network sends unsigned GCS heartbeats.
        var spoofer = MAVLinkEncoder(systemID: 255, componentID: 190)
        for _ in 0..<8 {
            _ = gcs.run(forMicros: 1_000_000)
            _ = gcs.deliver(try! spoofer.frame(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8))))
        }
        #expect(gcs.vehicle.linkEvents == [true, false], "lost after five silent seconds, spoofed heartbeats or not")
        #expect(gcs.link.refused.unsigned == 8)
    }

    @Test func unsignedHeartbeatsCanBeAllowedForLinkMonitoring() {
        var gcs = FakeGroundStation()
        gcs.link.config.acceptUnsignedHeartbeat = true
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        let frame = try! unsigned.frame(Heartbeat(type: MAVType(rawValue: 6), autopilot: MAVAutopilot(rawValue: 8)))
        _ = gcs.deliver(frame)
        #expect(gcs.vehicle.linkEvents == [true])
        #expect(gcs.link.refused.total == 0)
    }

    @Test func unsignedSetupCannotReplaceAnInstalledKey() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        let frame = try! unsigned.frame(SetupSigning(targetSystem: 1, targetComponent: 1, secretKey: FixedArray(repeating: 0)))
        _ = gcs.deliver(frame)
        #expect(gcs.link.signingKey == SigningKey(Self.keyBytes))
    }

    static func arm(_ encoder: inout MAVLinkEncoder, unixMicros: UInt64) -> MAVLinkFrame {
        try! encoder.frame(CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1),
                           unixMicros: unixMicros)
    }

    @Test func everyRefusalIsReturnedAndCountedByReason() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        gcs.now = gcs.now.advanced(byMicros: 1000)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        #expect(gcs.refusal(of: Self.arm(&unsigned, unixMicros: gcs.unixMicros)) == .unsigned)
        var forger = MAVLinkEncoder(systemID: 255, componentID: 190,
                                    signer: MAVLinkSigner(key: SigningKey([UInt8](repeating: 9, count: 32))!, linkID: 5))
        #expect(gcs.refusal(of: Self.arm(&forger, unixMicros: gcs.unixMicros)) == .badSignature)
        // The right key, but signed two minutes ago on a stream the vehicle has not seen.
        var old = MAVLinkEncoder(systemID: 255, componentID: 190, signer: MAVLinkSigner(key: SigningKey(Self.keyBytes)!, linkID: 7))
        #expect(gcs.refusal(of: Self.arm(&old, unixMicros: gcs.unixMicros - 120_000_000)) == .stale)
        #expect(gcs.vehicle.armCalls.isEmpty)
        let genuine = Self.arm(&gcs.encoder, unixMicros: gcs.unixMicros)
        #expect(gcs.refusal(of: genuine) == nil)
        #expect(gcs.vehicle.armCalls.count == 1)
        #expect(gcs.refusal(of: genuine) == .replay)
        #expect(gcs.vehicle.armCalls.count == 1, "the replayed arm reached no service")
        var expected = RefusedFrameCounts()
        expected.unsigned = 1; expected.badSignature = 1; expected.stale = 1; expected.replay = 1
        #expect(gcs.link.refused == expected)
        #expect(gcs.link.lastRefusal == .replay)
        // Another key (from a signed SETUP_SIGNING) keeps the running counts.
        gcs.link.installSigningKey(SigningKey([UInt8](repeating: 4, count: 32)))
        #expect(gcs.link.refused.total == 4)
    }

    @Test func refusalsAreAnnouncedInARateLimitedStatusTextWarning() {
        var gcs = FakeGroundStation()
        Self.setup(&gcs)
        var unsigned = MAVLinkEncoder(systemID: 255, componentID: 190)
        func warnings(_ frames: [MAVLinkFrame]) -> [String] {
            frames.messages(Statustext.self).filter { $0.severity == .warning }.map { $0.text.string }
                .filter { $0.hasPrefix("Signing:") }
        }
        #expect(warnings(gcs.run(forMicros: 1_000_000)).isEmpty, "nothing refused, nothing said")
        for _ in 0..<3 { _ = gcs.deliver(Self.arm(&unsigned, unixMicros: gcs.unixMicros)) }
        #expect(warnings(gcs.advance(byMicros: 10_000)) == ["Signing: 3 refused (last: unsigned)"])
        var forger = MAVLinkEncoder(systemID: 255, componentID: 190,
                                    signer: MAVLinkSigner(key: SigningKey([UInt8](repeating: 9, count: 32))!, linkID: 5))
        for _ in 0..<500 { _ = gcs.deliver(Self.arm(&forger, unixMicros: gcs.unixMicros)) }
        #expect(warnings(gcs.run(forMicros: 9_000_000)).isEmpty, "at most one warning per 10 s under a flood")
        #expect(warnings(gcs.run(forMicros: 1_500_000)) == ["Signing: 503 refused (last: bad signature)"])
        #expect(warnings(gcs.run(forMicros: 20_000_000)).isEmpty, "quiet once the refusals stop")
    }

    @Test func keyIsNeverPrinted() {
        let key = SigningKey(Self.keyBytes)!
        #expect(!"\(key)".contains("3"))
    }
}

extension FakeGroundStation {
    /// Delivers one frame; what `VehicleLink.receive` says of it (replies are discarded).
    mutating func refusal(of frame: MAVLinkFrame) -> FrameRefusal? {
        defer { outbox.removeAll() }
        return link.receive(frame, at: now, unixMicros: unixMicros, vehicle: &vehicle, into: &outbox)
    }
}
