import Testing
@testable import Transport

/// `ByteLink.sendOnTimer(every:)`: sends queue on the caller's thread and the event loop's timer
/// sends them, each as it was given and in order.
@Suite struct TransmitTimerTests {
    /// A UDP listener, and a sender to it that sends on a timer every `interval`.
    static func timedSender(every interval: Duration) async throws -> (sender: ByteLink, listener: ByteLink, heard: StreamRecorder<LinkChunk>) {
        let listener = try await ByteLink.open(.udpListen(host: "127.0.0.1", port: 0))
        let port = try #require(listener.localPort)
        let sender = try await ByteLink.open(.udpSend(host: "127.0.0.1", port: port))
        let heard = StreamRecorder(listener.chunks)
        sender.sendOnTimer(every: interval)
        return (sender, listener, heard)
    }

    @Test func queuedSendsGoOutOnTheTimerInOrderOneDatagramEach() async throws {
        let (sender, listener, heard) = try await Self.timedSender(every: .milliseconds(10))
        let frames = (0..<3).map { TestFrames.heartbeat(system: 1, component: 1, sequence: UInt8($0)) }

        for frame in frames { sender.send(frame) }

        let chunks = await heard.wait { $0.count >= 3 }
        #expect(chunks.map(\.bytes) == frames)
        #expect(sender.counters.sentBytes == UInt64(frames.joined().count))
        await sender.close(); await listener.close()
    }

    @Test func sendsWaitForTheTimerAndCloseSendsWhatIsLeft() async throws {
        let (sender, listener, heard) = try await Self.timedSender(every: .seconds(3600))

        sender.send([1, 2, 3])
        sender.send([4, 5])

        // Nothing has been handed to the event loop: the bytes are neither sent nor dropped yet.
        #expect(sender.counters.sentBytes == 0)
        #expect(sender.counters.droppedBytes == 0)
        await sender.close()
        let chunks = await heard.wait { $0.count >= 2 }
        #expect(chunks.map(\.bytes) == [[1, 2, 3], [4, 5]])
        await listener.close()
    }

    @Test func aListenerThatHeardNoOneDropsQueuedSendsWhenTheTimerRuns() async throws {
        let listener = try await ByteLink.open(.udpListen(host: "127.0.0.1", port: 0))
        listener.sendOnTimer(every: .milliseconds(5))

        listener.send([1, 2, 3, 4])

        for _ in 0..<2000 where listener.counters.droppedBytes == 0 { try await Task.sleep(nanoseconds: 5_000_000) }
        #expect(listener.counters.droppedBytes == 4)
        #expect(listener.counters.sentBytes == 0)
        await listener.close()
    }
}
