import MAVLink

/// One peer of one router endpoint: the endpoint's index and the peer number its link reports.
public struct EndpointPeer: Sendable, Hashable, CustomStringConvertible {
    /// Index of the endpoint in the router's list.
    public var endpoint: Int
    /// Peer within the endpoint (0 except on a TCP server, where each client has its own number).
    public var peer: Int

    public init(endpoint: Int, peer: Int) { self.endpoint = endpoint; self.peer = peer }

    public var description: String { "endpoint \(endpoint) peer \(peer)" }
}

/// Where a frame is addressed, read from its `target_system` / `target_component` fields.
public struct FrameTarget: Sendable, Equatable {
    /// Target system; 0 means every system (broadcast).
    public var system: UInt8
    /// Target component; 0 means every component of the system.
    public var component: UInt8

    public static let broadcast = FrameTarget(system: 0, component: 0)

    /// Reads the target of `frame` using the dialect's field offsets; broadcast when the message has
    /// no target field or its id is unknown to the dialect.
    public static func of<Dialect: MAVLinkDialect>(_ frame: MAVLinkFrame, in dialect: Dialect.Type) -> FrameTarget {
        guard let info = Dialect.messageInfo(id: frame.messageID), info.targetSystemOffset >= 0 else { return .broadcast }
        let system = frame.payload[Int(info.targetSystemOffset)]
        let component = info.targetComponentOffset >= 0 ? frame.payload[Int(info.targetComponentOffset)] : 0
        return FrameTarget(system: system, component: component)
    }
}

/// MAVLink routing decisions: learns which systems and components are behind which endpoint peer
/// and says where each frame goes. A value type with no I/O; `MAVLinkRouter` drives it.
///
/// Rules (MAVLink routing, as mavlink-router and PX4/ArduPilot apply them):
/// - every frame teaches the table that its sender (system, component) is reachable through the peer it came from;
/// - a broadcast (target system 0, or a message without target fields, or an unknown id) goes to every peer
///   except its source;
/// - a frame for target system S goes only to the peers where S has been heard; when it names a component C
///   that has been heard on some peer, only to those peers; never back to its source;
/// - a frame for a system never heard is dropped (counted in `unroutable`).
public struct RoutingTable: Sendable {
    private var bySystem: [UInt8: Set<EndpointPeer>] = [:]
    private var byComponent: [UInt16: Set<EndpointPeer>] = [:]
    /// Targeted frames dropped because their target has not been heard on any peer.
    public private(set) var unroutable = 0

    public init() {}

    /// Records that `system`/`component` sent a frame through `source`.
    public mutating func learn(system: UInt8, component: UInt8, via source: EndpointPeer) {
        bySystem[system, default: []].insert(source)
        byComponent[UInt16(system) << 8 | UInt16(component), default: []].insert(source)
    }

    /// Forgets every route through `peer` (a TCP client went away).
    public mutating func forget(_ peer: EndpointPeer) {
        for key in bySystem.keys { bySystem[key]?.remove(peer) }
        for key in byComponent.keys { byComponent[key]?.remove(peer) }
    }

    /// The peers a frame from `source` addressed to `target` goes to; `nil` means every peer except the source.
    public mutating func destinations(for target: FrameTarget, from source: EndpointPeer) -> Set<EndpointPeer>? {
        guard target.system != 0 else { return nil }
        var peers: Set<EndpointPeer>
        if target.component != 0, let exact = byComponent[UInt16(target.system) << 8 | UInt16(target.component)], !exact.isEmpty {
            peers = exact
        } else {
            peers = bySystem[target.system] ?? []
        }
        peers.remove(source)
        if peers.isEmpty { unroutable += 1 }
        return peers
    }

    /// The peers through which `system` has been heard.
    public func peers(of system: UInt8) -> Set<EndpointPeer> { bySystem[system] ?? [] }
}
