import NIOCore

/// A chunk of bytes received on a link, with the peer it came from.
public struct LinkChunk: Sendable, Equatable {
    /// The bytes as the socket or device delivered them (not split into MAVLink frames).
    public var bytes: [UInt8]
    /// Which peer of the link sent them: 0 on single-peer links, the client number on a TCP server.
    public var peer: Int
    /// The sender's address on UDP links (one chunk is one datagram there), nil on others.
    public var sender: SocketAddress?

    public init(bytes: [UInt8], peer: Int, sender: SocketAddress? = nil) {
        self.bytes = bytes; self.peer = peer; self.sender = sender
    }

    /// The sender as "HOST:PORT" (IPv6 as "[HOST]:PORT"), nil when unknown.
    public var senderDescription: String? {
        guard let sender, let ip = sender.ipAddress, let port = sender.port else { return nil }
        return sender.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }
}

/// Which peers of a link a send goes to.
public enum LinkDestination: Sendable, Hashable {
    /// Every peer (the only peer on single-peer links).
    case all
    /// One peer, by the number `LinkChunk.peer` reported.
    case only(Int)
    /// Every peer except one (the source of a forwarded message).
    case allExcept(Int)

    func includes(_ peer: Int) -> Bool {
        switch self {
        case .all: return true
        case .only(let p): return p == peer
        case .allExcept(let p): return p != peer
        }
    }
}

/// Something that happened to a link, reported once per change of state.
public enum LinkEvent: Sendable, Equatable {
    /// The link is up; the text says how (for example "serial /dev/ttyUSB0 at 57600 baud via libserialport").
    case opened(String)
    /// A peer appeared: a TCP client connected, or a UDP sender was first heard.
    case peerConnected(peer: Int, address: String)
    /// A TCP client went away.
    case peerDisconnected(peer: Int)
    /// The link is down; reported once, however many retries follow.
    case failed(TransportError)
    /// The link came back after a failure; the text says how.
    case restored(String)
}

/// Byte counters of one link since it was opened.
public struct LinkByteCounters: Sendable, Equatable {
    /// Bytes received from all peers.
    public var receivedBytes: UInt64 = 0
    /// Bytes handed to the socket or device.
    public var sentBytes: UInt64 = 0
    /// Bytes dropped because no peer was there to send to (link down, UDP listener never heard from anyone).
    public var droppedBytes: UInt64 = 0
    /// Writes the socket or device refused (peer gone, buffer error); each is one `send` to one peer.
    public var failedWrites: UInt64 = 0

    public init() {}
}

/// Whom a listening UDP link (`udpin://`) sends to: it cannot know its peer until one speaks.
public enum UDPReplyPolicy: Sendable, Equatable {
    /// The sender of the latest datagram, whatever it held (MAVSDK's and pymavlink's behaviour).
    case lastSender
    /// Only the sender last passed to `ByteLink.confirmSender(_:)`: until then nothing is sent.
    /// A vehicle uses it to answer only frames it accepted, so refused datagrams from a stranger
    /// do not redirect its telemetry.
    case confirmedSender
}
