import Foundation
import Testing
@testable import Transport

@Suite(.serialized) struct SerialLinkTests {
    @Test(arguments: [57_600, 921_600])
    func ptyPairCarriesMAVLinkBothWays(baud: Int) async throws {
        let pty = try PseudoTerminalPair()
        let a = try await ByteLink.open(.serial(path: pty.pathA, baud: baud, flowControl: .none))
        let b = try await ByteLink.open(.serial(path: pty.pathB, baud: baud, flowControl: .none))
        let atA = StreamRecorder(a.chunks), atB = StreamRecorder(b.chunks)
        let forward = TestFrames.heartbeats(count: 50, system: 1), backward = TestFrames.heartbeats(count: 50, system: 255)

        a.send(forward)
        b.send(backward)

        #expect(await atB.waitForBytes(forward.count) == forward)
        #expect(await atA.waitForBytes(backward.count) == backward)
        #expect(a.serialBackend == .termios)
        #expect(a.openedDescription.hasPrefix("serial \(pty.pathA) at \(baud) baud 8N1 via termios"))
        await a.close(); await b.close()
    }

    @Test func missingDeviceIsNamedAndAvailablePortsListed() async throws {
        let path = "/dev/ttyDoesNotExist9"
        let available = try SerialPortInfo.available().map(\.path)

        await #expect(throws: TransportError.serialDeviceMissing(path: path, available: available)) {
            try await ByteLink.open(.serial(path: path, baud: 57_600, flowControl: .none))
        }
        #expect(TransportError.serialDeviceMissing(path: path, available: ["/dev/ttyS0"]).description
            == "serial device /dev/ttyDoesNotExist9 does not exist (available: /dev/ttyS0)")
    }

    @Test func permissionDeniedHintsAtTheDialoutGroup() {
        let message = TransportError.serialPermissionDenied(path: "/dev/ttyACM0").description
        #expect(message.contains("'dialout' group"))
    }

    @Test func vanishedPtyIsReportedOnceAndReopenedWhenItReturns() async throws {
        let pty = try PseudoTerminalPair()
        let link = try await ByteLink.open(.serial(path: pty.pathA, baud: 57_600, flowControl: .none), retryInterval: .milliseconds(50))
        let events = StreamRecorder(link.events)

        pty.stop()
        try await Task.sleep(nanoseconds: 400_000_000)   // several reopen attempts while the device is gone
        try pty.start()
        let record = await events.wait { $0.contains { if case .restored = $0 { true } else { false } } }
        let other = try await ByteLink.open(.serial(path: pty.pathB, baud: 57_600, flowControl: .none))
        let heard = StreamRecorder(other.chunks)
        // Sent again until heard: under load, bytes written before the pair's relay has taken up
        // the reopened device may be lost there (seen once in a full local run), not by the link.
        var got: [UInt8] = []
        for _ in 0..<60 where got.count < 2 {
            link.send([0x55, 0xAA])
            got = await heard.waitForBytes(2, timeout: 0.5)
        }

        let failures = record.filter { if case .failed = $0 { true } else { false } }
        #expect(failures == [.failed(.serialDeviceLost(path: pty.pathA))])
        #expect(Array(got.prefix(2)) == [0x55, 0xAA])
        await link.close(); await other.close()
    }
}
