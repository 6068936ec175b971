import Foundation
import NIOPosix
import MAVLinkDialects
import Testing
@testable import Transport

@Suite(.serialized) struct RouterTests {
    /// The router between a pymavlink ground station (UDP), vehicle 1 (TCP) and vehicle 2 (UDP).
    @Test func routesTargetedAndBroadcastFramesAndPassesUnknownDialectsThroughBetweenPymavlinkPeers() async throws {
        let router = MAVLinkRouter<Common>(endpoints: [
            .udpListen(host: "127.0.0.1", port: 0), .tcpServer(host: "127.0.0.1", port: 0), .udpListen(host: "127.0.0.1", port: 0),
        ])
        try await router.start()
        let ports = router.localPorts.map { String($0 ?? 0) }
        let running = Task { try await router.run() }

        let output = try await PythonPeer.run("router_peers.py", ports)
        running.cancel()
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let broadcast = try #require(result["broadcast"] as? [String: [[Any]]])
        let targeted = try #require(result["targeted"] as? [String: [[Any]]])
        let unknown = try #require(result["unknownForwarded"] as? [String: Bool])

        func heartbeatSources(_ peer: String) -> Set<Int> {
            Set((broadcast[peer] ?? []).filter { $0.first as? String == "HEARTBEAT" }.compactMap { $0[1] as? Int })
        }
        func commandMarkers(_ peer: String) -> [Int] {
            (targeted[peer] ?? []).filter { $0.first as? String == "COMMAND_LONG" }.compactMap { $0[3] as? Int }
        }
        // Broadcast: each peer hears the other two, never its own heartbeat echoed.
        #expect(heartbeatSources("gcs") == [1, 2])
        #expect(heartbeatSources("v1") == [2, 255])
        #expect(heartbeatSources("v2") == [1, 255])
        // Targeted: each command reaches only its target; the one for unknown system 9 goes nowhere.
        #expect(commandMarkers("v1") == [11])
        #expect(commandMarkers("v2") == [22])
        #expect(commandMarkers("gcs") == [])
        #expect(router.statistics.unroutableFrames == 1)
        // An id outside the dialect is forwarded byte-exact to both vehicles.
        #expect(unknown == ["v1": true, "v2": true])
    }

    /// 100,000 frames from one UDP endpoint to another: every frame the router's socket delivered must
    /// be written out again without error; the throughput is printed for docs/PERFORMANCE.md.
    @Test func sustainedUDPLoadLosesNothingTheSocketDelivered() async throws {
        let messageCount = 100_000
        let router = MAVLinkRouter<Common>(endpoints: [.udpListen(host: "127.0.0.1", port: 0), .udpListen(host: "127.0.0.1", port: 0)])
        try await router.start()
        let ports = router.localPorts.compactMap { $0 }
        let running = Task { try await router.run() }
        let peers = MultiThreadedEventLoopGroup(numberOfThreads: 2)   // sender and receiver each on a loop of their own
        let senderLoop = peers.next(), receiverLoop = peers.next()
        let counter = FrameCounter()
        let receiver = try await ByteLink.open(.udpSend(host: "127.0.0.1", port: ports[1]), group: receiverLoop,
                                               retryInterval: .seconds(1), inboundHandler: counter.handler)
        var encoder = MAVLinkEncoder(systemID: 250, componentID: 1)
        receiver.send(try encoder.frame(Heartbeat(type: MAVType(rawValue: 6))).bytes)   // so the router knows where B is
        try await Task.sleep(nanoseconds: 100_000_000)
        let sender = try await ByteLink.open(.udpSend(host: "127.0.0.1", port: ports[0]), group: senderLoop)
        var load = MAVLinkEncoder(systemID: 1, componentID: 1)

        let kernelDropsBefore = udpReceiveBufferErrors()
        let start = ContinuousClock.now
        for i in 0..<messageCount {
            sender.send(try load.frame(SystemTime(timeUnixUsec: UInt64(i), timeBootMs: UInt32(i))).bytes)
            if i % 100 == 99 { try await Task.sleep(nanoseconds: 4_000_000) }   // sustained (at most 25 k/s), not one burst
        }
        try await senderLoop.submit {}.get()   // a loop runs its tasks in order: every write above is done
        let sendingTime = ContinuousClock.now - start
        let delivered = await counter.wait(for: messageCount, timeout: 30)
        let elapsed = counter.lastArrival - start
        let stats = router.statistics
        let kernelDrops = udpReceiveBufferErrors() - kernelDropsBefore
        running.cancel()

        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let routed = stats.receivedFrames - 1   // minus the receiver's heartbeat
        print("router UDP load: \(messageCount) frames sent, router's socket delivered \(routed), router wrote \(stats.forwardedFrames - 1) "
              + "with \(stats.links[1].failedWrites) failed writes, receiver got \(delivered); "
              + "kernel UDP receive-buffer drops on this host meanwhile: \(kernelDrops); "
              + "\(Int(Double(routed) / seconds)) frames/s routed over \(String(format: "%.2f", seconds)) s (sender paced over \(sendingTime))")
        // Zero loss inside the router: each frame its socket delivered was forwarded and every write succeeded.
        #expect(stats.forwardedFrames == stats.receivedFrames)
        #expect(stats.links[1].failedWrites == 0)
        // Every frame that did not arrive is explained by a kernel receive-buffer drop (at the router's socket
        // or the receiver's); other processes' drops only loosen this bound, they cannot fake a pass.
        #expect(messageCount - delivered <= kernelDrops, "\(messageCount - delivered) frames missing, \(kernelDrops) kernel drops")
        #expect(delivered > 0 && routed > 0)
        await sender.close(); await receiver.close()
        try await peers.shutdownGracefully()
    }
}

/// The host's count of UDP datagrams dropped because a socket's receive buffer was full (`/proc/net/snmp`).
func udpReceiveBufferErrors() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/net/snmp", encoding: .utf8) else { return 0 }
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("Udp: ") }.map { $0.split(separator: " ") }
    guard rows.count == 2, let column = rows[0].firstIndex(of: "RcvbufErrors") else { return 0 }
    return Int(rows[1][column]) ?? 0
}

/// Counts well-formed frames arriving on a link, parsing on the link's event loop as the router does.
final class FrameCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var parser = MAVLinkParser<Common>()
    private var count = 0
    private var last = ContinuousClock.now

    /// When the latest frame arrived.
    var lastArrival: ContinuousClock.Instant { lock.withLock { last } }

    /// Hands every received chunk to `count(_:)`; pass it as a link's inbound handler.
    var handler: @Sendable (LinkChunk) -> Void { { [self] chunk in count(chunk) } }

    private func count(_ chunk: LinkChunk) {
        let now = ContinuousClock.now
        lock.withLock {
            var n = 0
            chunk.bytes.withUnsafeBytes { parser.parseFrames($0) { _ in n += 1 } }
            count += n
            if n > 0 { last = now }
        }
    }

    /// Waits until `expected` frames arrived or the count stops growing for a second; returns the count.
    func wait(for expected: Int, timeout: Double) async -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        var last = -1, lastChange = Date()
        while Date() < deadline {
            let now = lock.withLock { count }
            if now >= expected { return now }
            if now != last { last = now; lastChange = Date() } else if Date().timeIntervalSince(lastChange) > 1 { return now }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return lock.withLock { count }
    }
}
