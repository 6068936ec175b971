import Testing
@testable import Transport

@Suite struct SocketLinkTests {
    @Test func udpListenerRepliesToWhoeverSentLast() async throws {
        let listener = try await ByteLink.open(.udpListen(host: "127.0.0.1", port: 0))
        let port = try #require(listener.localPort)
        let sender = try await ByteLink.open(.udpSend(host: "127.0.0.1", port: port))
        let heard = StreamRecorder(listener.chunks), replies = StreamRecorder(sender.chunks)
        let frame = TestFrames.heartbeat(system: 1, component: 1, sequence: 7)

        sender.send(frame)
        #expect(await heard.waitForBytes(frame.count) == frame)
        listener.send([1, 2, 3])

        #expect(await replies.waitForBytes(3) == [1, 2, 3])
        await sender.close(); await listener.close()
    }

    @Test func udpListenerDropsSendsUntilSomeoneIsHeard() async throws {
        let listener = try await ByteLink.open(.udpListen(host: "127.0.0.1", port: 0))

        listener.send([1, 2, 3, 4])

        #expect(listener.counters.droppedBytes == 4)
        #expect(listener.counters.sentBytes == 0)
        await listener.close()
    }

    @Test func secondUDPListenerOnTheSamePortReportsPortInUse() async throws {
        let first = try await ByteLink.open(.udpListen(host: "127.0.0.1", port: 0))
        let port = try #require(first.localPort)
        let url = ConnectionURL.udpListen(host: "127.0.0.1", port: port)

        await #expect(throws: TransportError.portInUse(url: url.description)) { try await ByteLink.open(url) }
        await first.close()
    }

    @Test func tcpServerServesSeveralClientsSeparately() async throws {
        let server = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: 0))
        let port = try #require(server.localPort)
        let fromClients = StreamRecorder(server.chunks), serverEvents = StreamRecorder(server.events)
        let a = try await ByteLink.open(.tcpClient(host: "127.0.0.1", port: port))
        let b = try await ByteLink.open(.tcpClient(host: "127.0.0.1", port: port))
        let atA = StreamRecorder(a.chunks), atB = StreamRecorder(b.chunks)
        await serverEvents.wait { $0.filter { if case .peerConnected = $0 { true } else { false } }.count == 2 }

        a.send([0xAA]); try await Task.sleep(nanoseconds: 50_000_000); b.send([0xBB])
        let chunks = await fromClients.wait { $0.count >= 2 }
        let peerOfA = try #require(chunks.first { $0.bytes == [0xAA] }?.peer)
        let peerOfB = try #require(chunks.first { $0.bytes == [0xBB] }?.peer)
        server.send([0x01], to: .only(peerOfA))
        server.send([0x02], to: .allExcept(peerOfA))

        #expect(peerOfA != peerOfB)
        #expect(await atA.waitForBytes(1) == [0x01])
        #expect(await atB.waitForBytes(1) == [0x02])
        await a.close(); await b.close(); await server.close()
    }

    @Test func tcpClientToAClosedPortReportsUnreachable() async throws {
        let probe = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: 0))
        let port = try #require(probe.localPort)
        await probe.close()
        let url = ConnectionURL.tcpClient(host: "127.0.0.1", port: port)

        await #expect(throws: TransportError.unreachable(url: url.description, reason: "connection refused")) {
            try await ByteLink.open(url)
        }
    }

    @Test func tcpClientReportsPeerClosedOnceAndReconnectsWhenTheServerReturns() async throws {
        var server = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: 0))
        let port = try #require(server.localPort)
        let client = try await ByteLink.open(.tcpClient(host: "127.0.0.1", port: port), retryInterval: .milliseconds(50))
        let events = StreamRecorder(client.events)

        await server.close()
        try await Task.sleep(nanoseconds: 400_000_000)   // several failed retries while the server is away
        server = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: port))
        let heard = StreamRecorder(server.chunks)
        let record = await events.wait { $0.contains { if case .restored = $0 { true } else { false } } }
        client.send([7, 7])

        let failures = record.filter { if case .failed = $0 { true } else { false } }
        #expect(failures == [.failed(.peerClosed(url: "tcp://127.0.0.1:\(port)"))])
        #expect(await heard.waitForBytes(2) == [7, 7])
        await client.close(); await server.close()
    }
}

@Suite struct PersistentLinkTests {
    @Test func persistentTCPClientWaitsForAServerThatIsNotUpYet() async throws {
        let probe = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: 0))
        let port = try #require(probe.localPort)
        await probe.close()
        let url = ConnectionURL.tcpClient(host: "127.0.0.1", port: port)

        let client = try await ByteLink.open(url, retryInterval: .milliseconds(50), persistent: true)
        let events = StreamRecorder(client.events)
        try await Task.sleep(nanoseconds: 300_000_000)
        let server = try await ByteLink.open(.tcpServer(host: "127.0.0.1", port: port))
        let heard = StreamRecorder(server.chunks)
        // Generous deadlines: the whole suite runs in parallel with simulated flights and peers, and
        // a starved task can miss a 5 s wall-clock deadline (seen in CI). They cost nothing when met.
        let record = await events.wait(timeout: 30) { $0.contains { if case .opened = $0 { true } else { false } } }
        client.send([9])

        #expect(record.first == .failed(.unreachable(url: url.description, reason: "connection refused")))
        #expect(record.filter { if case .failed = $0 { true } else { false } }.count == 1)
        #expect(await heard.waitForBytes(1, timeout: 30) == [9])
        await client.close(); await server.close()
    }

    @Test func persistentSerialLinkStillRefusesAPermissionProblem() {
        #expect(!TransportError.serialPermissionDenied(path: "/dev/ttyACM0").peerMayAppear)
        #expect(TransportError.serialDeviceMissing(path: "/dev/ttyACM0", available: []).peerMayAppear)
    }
}
