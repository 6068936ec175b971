import Foundation

/// Where a MAVLink link goes, parsed once from the strings pilots already type into MAVSDK,
/// MAVProxy and QGroundControl.
///
/// Accepted forms (the `description` gives back the canonical first form of each row):
///
/// | meaning | URL forms |
/// |---|---|
/// | UDP, listen; reply to whoever sent last | `udpin://[host]:port`, `udp://:port`, `udp://0.0.0.0:port`, `udpin:host:port` |
/// | UDP, send to a host | `udpout://host:port`, `udp://host:port`, `udpout:host:port` |
/// | TCP client (reconnects) | `tcp://host:port`, `tcpout://host:port`, `tcp:host:port` |
/// | TCP server, several clients | `tcpin://[host]:port`, `tcpin:host:port` |
/// | serial device | `serial:///dev/ttyUSB0[:baud][?flow=rtscts]`, `/dev/ttyACM0[,baud]` |
///
/// An omitted listen host means every interface (`0.0.0.0`); an omitted baud rate means 57600
/// (the SiK radio and MAVProxy default). IPv6 hosts are written in brackets: `udpin://[::1]:14550`.
/// Port 0 is allowed for listening forms only (the system picks a free port).
public enum ConnectionURL: Sendable, Hashable, CustomStringConvertible {
    /// Listen for UDP datagrams on `host:port`; replies go to the address that sent last.
    case udpListen(host: String, port: Int)
    /// Send UDP datagrams to `host:port` from an ephemeral local port; replies are received.
    case udpSend(host: String, port: Int)
    /// Connect to a TCP server at `host:port`, reconnecting when it goes away.
    case tcpClient(host: String, port: Int)
    /// Accept TCP clients on `host:port`; every client is a peer of the link.
    case tcpServer(host: String, port: Int)
    /// A serial device at `path`, 8N1 at `baud` bits per second.
    case serial(path: String, baud: Int, flowControl: SerialFlowControl)

    /// The baud rate used when a serial URL names none (SiK radios and MAVProxy default to it).
    public static let defaultBaud = 57_600
    /// The wildcard address used when a listening URL names no host.
    public static let anyHost = "0.0.0.0"

    /// Parses a connection string in any of the accepted forms.
    ///
    /// - Throws: `TransportError.invalidURL` naming the string and what is wrong with it.
    public init(parsing text: String) throws(TransportError) {
        self = try ConnectionURLParser(text: text).parse()
    }

    /// The canonical URL, which parses back to an equal value.
    public var description: String {
        switch self {
        case .udpListen(let host, let port): return "udpin://\(Self.hostText(host)):\(port)"
        case .udpSend(let host, let port): return "udpout://\(Self.hostText(host)):\(port)"
        case .tcpClient(let host, let port): return "tcp://\(Self.hostText(host)):\(port)"
        case .tcpServer(let host, let port): return "tcpin://\(Self.hostText(host)):\(port)"
        case .serial(let path, let baud, let flow):
            return "serial://\(path):\(baud)" + (flow == .none ? "" : "?flow=\(flow.rawValue)")
        }
    }

    /// True for forms that wait for peers rather than reaching out to one.
    public var isListening: Bool {
        switch self {
        case .udpListen, .tcpServer: return true
        case .udpSend, .tcpClient, .serial: return false
        }
    }

    private static func hostText(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }
}

/// Hardware flow control on a serial link.
public enum SerialFlowControl: String, Sendable, Hashable, CaseIterable {
    /// No flow control (the usual for USB flight controllers).
    case none
    /// RTS/CTS hardware handshaking (SiK radios wired with flow control).
    case rtscts
    /// XON/XOFF software flow control (rare on MAVLink links, which carry binary data).
    case xonxoff
}

/// Splits a connection string into scheme, host, port and options; one instance per string.
struct ConnectionURLParser {
    let text: String

    func parse() throws(TransportError) -> ConnectionURL {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw fail("empty connection string; try udpin://:14550 or serial:///dev/ttyUSB0:57600") }
        if trimmed.hasPrefix("/") { return try parseMAVProxySerial(trimmed) }
        if let range = trimmed.range(of: "://") {
            let scheme = String(trimmed[..<range.lowerBound]).lowercased()
            let rest = String(trimmed[range.upperBound...])
            return try parse(scheme: scheme, rest: rest, mavproxyStyle: false)
        }
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw fail("no scheme; expected e.g. udpin://:14550, tcp://host:5760 or serial:///dev/ttyACM0:115200")
        }
        let scheme = String(trimmed[..<colon]).lowercased()
        let rest = String(trimmed[trimmed.index(after: colon)...])
        return try parse(scheme: scheme, rest: rest, mavproxyStyle: true)
    }

    private func parse(scheme: String, rest: String, mavproxyStyle: Bool) throws(TransportError) -> ConnectionURL {
        switch scheme {
        case "udpin":
            let (host, port) = try hostPort(rest, hostRequired: false, allowPortZero: true)
            return .udpListen(host: host ?? ConnectionURL.anyHost, port: port)
        case "udp":
            let (host, port) = try hostPort(rest, hostRequired: false, allowPortZero: true)
            guard let host, !Self.isWildcard(host) else { return .udpListen(host: host ?? ConnectionURL.anyHost, port: port) }
            guard port != 0 else { throw fail("port 0 cannot be sent to; give the destination port") }
            return .udpSend(host: host, port: port)
        case "udpout":
            let (host, port) = try hostPort(rest, hostRequired: true, allowPortZero: false)
            return .udpSend(host: host!, port: port)
        case "tcp", "tcpout":
            let (host, port) = try hostPort(rest, hostRequired: true, allowPortZero: false)
            return .tcpClient(host: host!, port: port)
        case "tcpin":
            let (host, port) = try hostPort(rest, hostRequired: false, allowPortZero: true)
            return .tcpServer(host: host ?? ConnectionURL.anyHost, port: port)
        case "serial":
            guard !mavproxyStyle else { throw fail("serial URLs are written serial:///dev/NAME:BAUD") }
            return try parseSerial(rest)
        default:
            throw fail("unknown scheme '\(scheme)'; expected udpin, udpout, udp, tcp, tcpout, tcpin or serial")
        }
    }

    /// Parses `[host]:port`, `host:port` or `:port`; rejects paths and queries.
    private func hostPort(_ rest: String, hostRequired: Bool, allowPortZero: Bool) throws(TransportError) -> (String?, Int) {
        if rest.contains("/") || rest.contains("?") { throw fail("unexpected path or query after host:port") }
        let host: Substring, portText: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw fail("IPv6 address is missing its closing ']'") }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            guard after.hasPrefix(":") else { throw fail("missing port; expected [address]:port") }
            portText = after.dropFirst()
        } else {
            guard let colon = rest.lastIndex(of: ":") else { throw fail("missing port; expected host:port") }
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
            if host.contains(":") { throw fail("IPv6 addresses must be in brackets, e.g. [::1]:14550") }
        }
        guard !portText.isEmpty else { throw fail("missing port; expected host:port") }
        guard let port = Int(portText), portText.allSatisfy(\.isASCIIDigit) else {
            throw fail("port '\(portText)' is not a number")
        }
        guard port <= 65_535 else { throw fail("port \(port) is out of range 1...65535") }
        if port == 0 && !allowPortZero { throw fail("port 0 cannot be connected to; give the remote port") }
        if host.isEmpty {
            if hostRequired { throw fail("missing host; expected host:port") }
            return (nil, port)
        }
        return (String(host), port)
    }

    /// Parses `/dev/NAME[:baud][?flow=...]` (the part after `serial://`).
    private func parseSerial(_ rest: String) throws(TransportError) -> ConnectionURL {
        var body = Substring(rest)
        var flow = SerialFlowControl.none
        if let q = body.firstIndex(of: "?") {
            flow = try parseQuery(body[body.index(after: q)...])
            body = body[..<q]
        }
        guard body.hasPrefix("/") else { throw fail("serial device must be an absolute path, e.g. serial:///dev/ttyUSB0:57600") }
        var path = body, baud = ConnectionURL.defaultBaud
        if let colon = body.lastIndex(of: ":") {
            let baudText = body[body.index(after: colon)...]
            if !baudText.isEmpty, baudText.allSatisfy(\.isASCIIDigit) {
                baud = try parseBaud(baudText)
                path = body[..<colon]
            } else if baudText.isEmpty {
                throw fail("missing baud rate after ':'")
            } else if !baudText.contains("/") {
                throw fail("baud rate '\(baudText)' is not a number")
            }
        }
        guard path.count > 1 else { throw fail("missing serial device path") }
        return .serial(path: String(path), baud: baud, flowControl: flow)
    }

    /// Parses MAVProxy's `/dev/ttyACM0[,baud]`.
    private func parseMAVProxySerial(_ s: String) throws(TransportError) -> ConnectionURL {
        guard let comma = s.firstIndex(of: ",") else {
            guard !s.contains(":") else { throw fail("serial device and baud are separated by ',' in this form, e.g. /dev/ttyACM0,115200") }
            return .serial(path: s, baud: ConnectionURL.defaultBaud, flowControl: .none)
        }
        let baudText = s[s.index(after: comma)...]
        guard !baudText.isEmpty else { throw fail("missing baud rate after ','") }
        guard baudText.allSatisfy(\.isASCIIDigit) else { throw fail("baud rate '\(baudText)' is not a number") }
        return .serial(path: String(s[..<comma]), baud: try parseBaud(baudText), flowControl: .none)
    }

    private func parseBaud(_ text: Substring) throws(TransportError) -> Int {
        guard let baud = Int(text), baud >= 50, baud <= 12_000_000 else { throw fail("baud rate \(text) is out of range 50...12000000") }
        return baud
    }

    private func parseQuery(_ query: Substring) throws(TransportError) -> SerialFlowControl {
        var flow = SerialFlowControl.none
        for item in query.split(separator: "&") {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0] == "flow" else { throw fail("unknown option '\(item)'; the only option is flow=none|rtscts|xonxoff") }
            guard let value = SerialFlowControl(rawValue: pair[1].lowercased()) else {
                throw fail("unknown flow control '\(pair[1])'; expected none, rtscts or xonxoff")
            }
            flow = value
        }
        return flow
    }

    private static func isWildcard(_ host: String) -> Bool { host == "0.0.0.0" || host == "::" }

    private func fail(_ reason: String) -> TransportError { .invalidURL(text, reason: reason) }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
