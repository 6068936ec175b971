import NIOCore
import NIOPosix
import Synchronization

/// A MAVLink byte link: one endpoint (UDP, TCP client, TCP server or serial) that moves chunks of bytes
/// both ways, driven by a swift-nio event loop. It knows nothing of MAVLink framing; `LinkHealth` and
/// `MAVLinkRouter` work on the frames parsed from its chunks.
///
/// Open one with `ByteLink.open(_:)`, read `chunks` and `events`, write with `send(_:to:)`, and
/// `close()` it when done. A TCP client and a serial link reconnect by themselves; each outage is
/// reported once as `LinkEvent.failed` and its end as `LinkEvent.restored`.
public final class ByteLink: Sendable {
    /// Where this link goes.
    public let url: ConnectionURL
    /// Bytes received, in order, one element per read from the socket or device.
    public let chunks: AsyncStream<LinkChunk>
    /// State changes: opened, peers coming and going, failures and recoveries.
    public let events: AsyncStream<LinkEvent>
    /// How long a reconnecting link waits between attempts.
    public let retryInterval: TimeAmount
    /// When set, receives every chunk synchronously on the event loop instead of `chunks` (which then
    /// stays empty): the router uses it to forward without a hop through Swift concurrency.
    let inboundHandler: (@Sendable (LinkChunk) -> Void)?
    /// Whom a `udpin://` link answers (other links ignore it).
    public let replyPolicy: UDPReplyPolicy

    let group: any EventLoopGroup
    let chunkSink: AsyncStream<LinkChunk>.Continuation
    let eventSink: AsyncStream<LinkEvent>.Continuation
    let state = Mutex(LinkState())

    struct LinkState: ~Copyable {
        var channels: [Int: any Channel] = [:]
        var udpReplyAddress: SocketAddress?
        var counters = LinkByteCounters()
        var nextPeer = 0
        var down = false
        var closed = false
        var serialPort: SerialPortHandle?
        var openedDescription = ""
        /// Set by `sendOnTimer(every:)`: the event loop's timer that sends `queuedSends`.
        var transmitTimer: RepeatedTask?
        /// What `send` queued for the transmit timer, oldest first.
        var queuedSends: [QueuedSend] = []
    }

    /// One `send` call waiting for the transmit timer: it goes out as one write (one datagram).
    struct QueuedSend {
        var bytes: [UInt8]
        var destination: LinkDestination
    }

    init(url: ConnectionURL, group: any EventLoopGroup, retryInterval: TimeAmount,
         replyPolicy: UDPReplyPolicy = .lastSender, inboundHandler: (@Sendable (LinkChunk) -> Void)? = nil) {
        self.url = url
        self.replyPolicy = replyPolicy
        self.inboundHandler = inboundHandler
        self.group = group
        self.retryInterval = retryInterval
        (chunks, chunkSink) = AsyncStream.makeStream(of: LinkChunk.self, bufferingPolicy: .unbounded)
        (events, eventSink) = AsyncStream.makeStream(of: LinkEvent.self, bufferingPolicy: .unbounded)
    }

    /// Opens a link and waits until it is up (bound, connected or the device opened).
    ///
    /// - Parameters:
    ///   - url: where to connect or listen.
    ///   - group: the event loops that drive the link; defaults to NIO's shared singleton.
    ///   - retryInterval: the wait between reconnection attempts of TCP clients and serial devices.
    ///   - persistent: when true, a TCP client whose server is not up yet or a serial device not plugged in
    ///     yet does not throw: the failure arrives once as `LinkEvent.failed`, and the link connects when
    ///     the peer or device appears (what a router or a ground station waiting for a vehicle wants).
    ///   - replyPolicy: whom a `udpin://` link answers: the last sender of any datagram (the default,
    ///     MAVSDK's behaviour), or only a sender passed to `confirmSender(_:)`.
    /// - Throws: the first `TransportError` (port in use, unreachable, missing device, permission denied).
    ///   After a successful open, later failures arrive as `LinkEvent.failed` and the link keeps retrying.
    public static func open(_ url: ConnectionURL, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                            retryInterval: TimeAmount = .milliseconds(500), persistent: Bool = false,
                            replyPolicy: UDPReplyPolicy = .lastSender) async throws(TransportError) -> ByteLink {
        try await open(url, group: group, retryInterval: retryInterval, persistent: persistent, replyPolicy: replyPolicy,
                       inboundHandler: nil)
    }

    /// Opens a link whose received chunks go to `inboundHandler`, called on the link's event-loop
    /// thread as each arrives, instead of to `chunks`: for a consumer that runs on a thread of its
    /// own and must not depend on a task being scheduled to take them (a paced vehicle loop).
    /// The other parameters and the errors are `open(_:group:retryInterval:persistent:replyPolicy:)`'s.
    public static func open(_ url: ConnectionURL, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                            retryInterval: TimeAmount = .milliseconds(500), persistent: Bool = false,
                            replyPolicy: UDPReplyPolicy = .lastSender,
                            inboundHandler: (@Sendable (LinkChunk) -> Void)?) async throws(TransportError) -> ByteLink {
        let link = ByteLink(url: url, group: group, retryInterval: retryInterval, replyPolicy: replyPolicy,
                            inboundHandler: inboundHandler)
        do {
            switch url {
            case .udpListen(let host, let port): try await link.openUDP(bindHost: host, bindPort: port, remote: nil)
            case .udpSend(let host, let port): try await link.openUDP(bindHost: "0.0.0.0", bindPort: 0, remote: (host, port))
            case .tcpServer(let host, let port): try await link.openTCPServer(host: host, port: port)
            case .tcpClient(let host, let port): try await link.openTCPClient(host: host, port: port, persistent: persistent)
            case .serial(let path, let baud, let flow):
                try await link.openSerial(path: path, baud: baud, flow: flow, persistent: persistent)
            }
        } catch {
            link.finishStreams()
            throw error
        }
        return link
    }

    /// Sends bytes to the chosen peers; returns at once (the event loop writes them).
    ///
    /// Bytes with nowhere to go (link down, a UDP listener that has heard no one yet) are dropped and
    /// counted in `counters.droppedBytes`, as a radio would drop them. After `sendOnTimer(every:)`
    /// the bytes are only queued here, and sent (and counted) by the link's transmit timer.
    public func send(_ bytes: [UInt8], to destination: LinkDestination = .all) {
        let queued = state.withLock { s in
            guard s.transmitTimer != nil else { return false }
            s.queuedSends.append(QueuedSend(bytes: bytes, destination: destination))
            return true
        }
        if !queued { transmit(bytes, to: destination) }
    }

    /// Writes `bytes` to the chosen peers now: one hop onto each channel's loop (none when already
    /// on it), where the write, the flush and the count of a refused write happen.
    func transmit(_ bytes: [UInt8], to destination: LinkDestination) {
        let (targets, udpAddress): ([any Channel], SocketAddress?) = state.withLock { s in
            (s.channels.filter { $0.key != Self.listenerKey && destination.includes($0.key) }.map(\.value), s.udpReplyAddress)
        }
        var sent = 0
        for channel in targets {
            if isDatagram && udpAddress == nil { continue }
            sent += 1
            let write: @Sendable () -> Void = { [self] in
                let buffer = channel.allocator.buffer(bytes: bytes)
                let future = udpAddress.map { channel.writeAndFlush(AddressedEnvelope(remoteAddress: $0, data: buffer)) }
                    ?? channel.writeAndFlush(buffer)
                future.whenFailure { [self] _ in state.withLock { $0.counters.failedWrites += 1 } }
            }
            if channel.eventLoop.inEventLoop { write() } else { channel.eventLoop.execute(write) }
        }
        state.withLock { s in
            if sent == 0 { s.counters.droppedBytes += UInt64(bytes.count) } else { s.counters.sentBytes += UInt64(bytes.count * sent) }
        }
    }

    /// Byte counters since the link was opened.
    public var counters: LinkByteCounters { state.withLock { $0.counters } }

    /// The local port a listening link is bound to (useful after asking for port 0), nil for others.
    public var localPort: Int? {
        guard url.isListening else { return nil }
        return state.withLock { ($0.channels[Self.listenerKey] ?? $0.channels[0])?.localAddress?.port }
    }

    /// How the link is (or was last) connected, for example "serial /dev/pts/3 at 57600 baud via termios".
    public var openedDescription: String { state.withLock { $0.openedDescription } }

    /// Closes sockets and devices, stops reconnecting and finishes both streams.
    public func close() async {
        // What the transmit timer has not sent yet goes out ahead of the close, on the same loops.
        await stopTransmitTimer()
        let channels = state.withLock { s -> [any Channel] in
            s.closed = true
            defer { s.channels.removeAll() }
            return Array(s.channels.values)
        }
        for channel in channels { try? await channel.close() }
        state.withLock { s in
            s.serialPort?.close()
            s.serialPort = nil
        }
        finishStreams()
    }

    var isDatagram: Bool {
        switch url {
        case .udpListen, .udpSend: return true
        default: return false
        }
    }

    var isClosed: Bool { state.withLock { $0.closed } }

    /// The key of a server's listening channel in `channels`; never a peer number.
    static let listenerKey = -1

    func finishStreams() {
        chunkSink.finish()
        eventSink.finish()
    }

    func received(_ bytes: [UInt8], from peer: Int, sender: SocketAddress? = nil) {
        state.withLock { $0.counters.receivedBytes += UInt64(bytes.count) }
        let chunk = LinkChunk(bytes: bytes, peer: peer, sender: sender)
        if let inboundHandler { inboundHandler(chunk) } else { chunkSink.yield(chunk) }
    }

    /// Records the link as up; emits `opened` the first time and `restored` after an outage.
    func markUp(_ how: String) {
        let event: LinkEvent? = state.withLock { s in
            defer { s.down = false; s.openedDescription = how }
            if s.openedDescription.isEmpty { return .opened(how) }
            return s.down ? .restored(how) : nil
        }
        if let event { eventSink.yield(event) }
    }

    /// Records the link as down; emits `failed` only on the first failure of an outage.
    func markDown(_ error: TransportError) {
        let first = state.withLock { s in
            defer { s.down = true }
            return !s.down && !s.closed
        }
        if first { eventSink.yield(.failed(error)) }
    }
}
