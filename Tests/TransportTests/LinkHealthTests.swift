import MAVLinkDialects
import Testing
@testable import Transport

@Suite struct LinkHealthTests {
    func heartbeats(system: UInt8, sequences: [UInt8]) throws -> [UInt8] {
        var encoder = MAVLinkEncoder(systemID: system, componentID: 1)
        var bytes: [UInt8] = []
        for s in sequences {
            encoder.sequence = s
            bytes += try encoder.frame(Heartbeat(type: MAVType(rawValue: 2))).bytes
        }
        return bytes
    }

    @Test func firstHeartbeatConnectsAndFiveMissedLoseAndNextRegains() throws {
        var health = LinkHealth<Common>()

        let first = health.received(try heartbeats(system: 1, sequences: [0]), at: 0)
        let stillFine = health.poll(at: 4.9)
        let afterFiveMissed = health.poll(at: 5.1)
        let lostOnlyOnce = health.poll(at: 9)
        let back = health.received(try heartbeats(system: 1, sequences: [1]), at: 10)

        #expect(first == [.connected(system: 1, type: 2)])
        #expect(stillFine.isEmpty)
        #expect(afterFiveMissed == [.lost(system: 1)])
        #expect(lostOnlyOnce.isEmpty)
        #expect(back == [.regained(system: 1)])
    }

    @Test func sequenceGapsCountAsLoss() throws {
        var health = LinkHealth<Common>()

        _ = health.received(try heartbeats(system: 1, sequences: [0, 1, 2, 5, 6]), at: 0)

        #expect(health.report.receivedMessages == 5)
        #expect(health.report.lostMessages == 2)
        #expect(abs(health.report.lossRatio - 2.0 / 7.0) < 1e-9)
    }

    @Test func corruptedFrameCountsAsCRCError() throws {
        var health = LinkHealth<Common>()
        var bytes = try heartbeats(system: 1, sequences: [0])
        bytes[12] ^= 0xFF

        _ = health.received(bytes, at: 0)

        #expect(health.report.crcErrors == 1)
        #expect(health.report.receivedMessages == 0)
    }

    @Test func ratesAreMeasuredOverTheLastWindow() throws {
        var health = LinkHealth<Common>(window: 1)
        let frame = try heartbeats(system: 1, sequences: [0])

        _ = health.received([], at: 0)
        for i in 0..<10 { _ = health.received(frame, at: Double(i) * 0.1) }
        health.sent(bytes: 300, messages: 3, at: 0.5)
        _ = health.poll(at: 1.0)

        #expect(abs(health.report.receivedMessagesPerSecond - 10) < 1e-9)
        #expect(abs(health.report.receivedBytesPerSecond - Double(10 * frame.count)) < 1e-9)
        #expect(abs(health.report.sentBytesPerSecond - 300) < 1e-9)
    }
}
