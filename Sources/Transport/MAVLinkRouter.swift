import MAVLink
import NIOCore
import NIOPosix
import Synchronization

/// Something a router saw, tagged with the endpoint (index into `endpoints`) it happened on.
public enum RouterEvent: Sendable, Equatable {
    /// A link state change (opened, peer came or went, failed, restored).
    case link(endpoint: Int, LinkEvent)
    /// A system's heartbeats started, stopped (5 missed) or resumed on an endpoint.
    case heartbeat(endpoint: Int, HeartbeatEvent)
}

/// Counters of a running router.
public struct RouterStatistics: Sendable, Equatable {
    /// Frames received from all endpoints.
    public var receivedFrames: UInt64 = 0
    /// Frame copies written to endpoints (a broadcast to three endpoints counts three).
    public var forwardedFrames: UInt64 = 0
    /// Targeted frames dropped because their target system was never heard.
    public var unroutableFrames: Int = 0
    /// Health of each endpoint, in `endpoints` order.
    public var endpoints: [LinkHealthReport] = []
    /// Byte counters of each endpoint's link (including writes the socket refused), in `endpoints` order.
    public var links: [LinkByteCounters] = []
}

/// Forwards MAVLink between any number of endpoints following the MAVLink routing rules (see
/// `RoutingTable`): it learns which systems and components are behind which endpoint, sends targeted
/// frames only where their target is, broadcasts everywhere but the source, and forwards frames of
/// ids unknown to `Dialect` byte-exact as broadcasts.
///
/// Usage: `try await MAVLinkRouter<ArduPilotMega>(endpoints: urls).run()`; it returns when the
/// calling task is cancelled (links are closed then), or throws if an endpoint cannot be opened.
public final class MAVLinkRouter<Dialect: MAVLinkDialect & SendableMetatype>: Sendable {
    /// The endpoints, in the order their indices are reported.
    public let endpoints: [ConnectionURL]
    /// Link and heartbeat events of all endpoints.
    public let events: AsyncStream<RouterEvent>
    private let eventSink: AsyncStream<RouterEvent>.Continuation
    private let group: any EventLoopGroup
    private let retryInterval: TimeAmount
    private let state = Mutex(RouterState())
    private let origin = ContinuousClock.now

    private struct RouterState: ~Copyable {
        var links: [ByteLink] = []
        var table = RoutingTable()
        var parsers: [EndpointPeer: ParserBox<Dialect>] = [:]
        var health: [LinkHealth<Dialect>] = []
        var received: UInt64 = 0
        var forwarded: UInt64 = 0
    }

    /// Creates a router over `endpoints`; nothing is opened until `start()` or `run()`.
    public init(endpoints: [ConnectionURL], group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                retryInterval: TimeAmount = .milliseconds(500)) {
        self.endpoints = endpoints
        self.group = group
        self.retryInterval = retryInterval
        (events, eventSink) = AsyncStream.makeStream(of: RouterEvent.self, bufferingPolicy: .bufferingNewest(1024))
    }

    /// Opens every endpoint (in order); on the first failure closes those already open and throws it.
    /// TCP clients and serial devices are opened persistently: one that is not there yet is reported
    /// as a `.link(endpoint:, .failed(...))` event and joins when it appears; listening endpoints that
    /// cannot bind, serial permission problems and bad baud rates fail the start.
    public func start() async throws(TransportError) {
        state.withLock { s in s.health = endpoints.map { _ in LinkHealth<Dialect>() } }
        // Every endpoint on one event loop: a forwarded frame is written on the thread that read it,
        // without a cross-thread hand-off per write (mavlink-router is single-threaded for the same reason).
        let loop = group.next()
        for (index, url) in endpoints.enumerated() {
            do {
                let link = try await ByteLink.open(url, group: loop, retryInterval: retryInterval, persistent: true) { [self] chunk in
                    route(chunk, from: index)
                }
                state.withLock { $0.links.append(link) }
            } catch {
                for link in state.withLock({ $0.links }) { await link.close() }
                state.withLock { $0.links.removeAll() }
                throw error
            }
        }
    }

    /// Opens the endpoints if `start()` was not called, then routes until the calling task is cancelled.
    public func run() async throws(TransportError) {
        if state.withLock({ $0.links.isEmpty }) { try await start() }
        let links = state.withLock { $0.links }
        await withTaskGroup(of: Void.self) { group in
            for (index, link) in links.enumerated() {
                group.addTask { for await event in link.events { self.handle(event, on: index) } }
            }
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: 250_000_000)
                    self.pollHeartbeats()
                }
            }
            await withTaskCancellationHandler {
                await group.next()
            } onCancel: {
                Task { for link in links { await link.close() } }
            }
            group.cancelAll()
        }
        for link in links { await link.close() }
        eventSink.finish()
    }

    /// Local ports of the listening endpoints (nil for others), once started; for port-0 endpoints in tests.
    public var localPorts: [Int?] { state.withLock { $0.links.map(\.localPort) } }

    /// Counters and per-endpoint health so far.
    public var statistics: RouterStatistics {
        state.withLock { s in
            var r = RouterStatistics()
            r.receivedFrames = s.received
            r.forwardedFrames = s.forwarded
            r.unroutableFrames = s.table.unroutable
            r.endpoints = s.health.map(\.report)
            r.links = s.links.map(\.counters)
            return r
        }
    }

    private var now: Double {
        let d = ContinuousClock.now - origin
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Parses a chunk from one endpoint peer and forwards each frame by the routing rules; runs on the
    /// event loop of the receiving link.
    private func route(_ chunk: LinkChunk, from endpoint: Int) {
        let source = EndpointPeer(endpoint: endpoint, peer: chunk.peer)
        let time = now
        var outgoing: [EndpointPeer: [UInt8]] = [:]   // peer -1 on an endpoint means "all peers but the source"
        var frameCounts: [Int: Int] = [:]
        var heartbeatEvents: [HeartbeatEvent] = []
        let links: [ByteLink] = state.withLock { s in
            guard endpoint < s.links.count, s.links.count == endpoints.count else { return [] }   // still opening
            let box: ParserBox<Dialect>
            if let existing = s.parsers[source] { box = existing } else { box = ParserBox(); s.parsers[source] = box }
            let crcBefore = box.parser.statistics.crcErrors
            var frames: [MAVLinkFrame] = []
            chunk.bytes.withUnsafeBytes { raw in box.parser.parseFrames(raw) { frames.append($0) } }
            s.health[endpoint].countReceivedBytes(chunk.bytes.count, crcErrors: box.parser.statistics.crcErrors - crcBefore, at: time)
            for frame in frames {
                s.received += 1
                if let e = s.health[endpoint].record(frame, at: time) { heartbeatEvents.append(e) }
                s.table.learn(system: frame.systemID, component: frame.componentID, via: source)
                let bytes = frame.bytes
                if let peers = s.table.destinations(for: FrameTarget.of(frame, in: Dialect.self), from: source) {
                    for peer in peers { outgoing[peer, default: []] += bytes; frameCounts[peer.endpoint, default: 0] += 1 }
                } else {
                    for e in s.links.indices where e != endpoint || s.links[e].url.isMultiPeer {
                        outgoing[EndpointPeer(endpoint: e, peer: -1), default: []] += bytes
                        frameCounts[e, default: 0] += 1
                    }
                }
            }
            s.forwarded += UInt64(frameCounts.values.reduce(0, +))
            for (e, count) in frameCounts {
                let bytes = outgoing.filter { $0.key.endpoint == e }.reduce(0) { $0 + $1.value.count }
                s.health[e].sent(bytes: bytes, messages: count, at: time)
            }
            return s.links
        }
        for (target, bytes) in outgoing {
            let destination: LinkDestination = target.peer >= 0 ? .only(target.peer)
                : (target.endpoint == endpoint ? .allExcept(source.peer) : .all)
            links[target.endpoint].send(bytes, to: destination)
        }
        for e in heartbeatEvents { eventSink.yield(.heartbeat(endpoint: endpoint, e)) }
    }

    private func handle(_ event: LinkEvent, on endpoint: Int) {
        if case .peerDisconnected(let peer) = event {
            state.withLock { s in
                let gone = EndpointPeer(endpoint: endpoint, peer: peer)
                s.table.forget(gone)
                s.parsers[gone] = nil
            }
        }
        eventSink.yield(.link(endpoint: endpoint, event))
    }

    private func pollHeartbeats() {
        let time = now
        let events = state.withLock { s in
            s.health.indices.flatMap { e in s.health[e].poll(at: time).map { RouterEvent.heartbeat(endpoint: e, $0) } }
        }
        for e in events { eventSink.yield(e) }
    }
}

extension ConnectionURL {
    /// True when the link can have several peers at once (a TCP server), so a frame may go back
    /// out of the endpoint it came in on, to the other peers.
    var isMultiPeer: Bool {
        if case .tcpServer = self { return true }
        return false
    }
}

/// A parser kept by reference so each chunk parses in place (a `MAVLinkParser` holds a 2 KiB buffer).
final class ParserBox<Dialect: MAVLinkDialect> {
    var parser = MAVLinkParser<Dialect>()
}
