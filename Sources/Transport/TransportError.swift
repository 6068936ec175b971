/// Everything that can go wrong opening or using a link, each case with what a person needs to fix it.
public enum TransportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A connection string that does not parse; `reason` says what is wrong.
    case invalidURL(String, reason: String)
    /// libserialport could not list the serial ports.
    case serialEnumerationFailed(reason: String)
    /// A listening link could not bind because another program holds the address.
    case portInUse(url: String)
    /// A listening link could not bind for another reason (bad address, no such interface).
    case bindFailed(url: String, reason: String)
    /// A client link could not reach its peer (refused, no route, name not resolved).
    case unreachable(url: String, reason: String)
    /// The TCP peer closed the connection; a client link keeps retrying.
    case peerClosed(url: String)
    /// The serial device does not exist; `available` lists the ports that do.
    case serialDeviceMissing(path: String, available: [String])
    /// The serial device exists but this user may not open it.
    case serialPermissionDenied(path: String)
    /// The serial device could not be opened or configured.
    case serialOpenFailed(path: String, reason: String)
    /// The serial device went away while open (cable pulled, pty closed); the link reopens it when it returns.
    case serialDeviceLost(path: String)
    /// The baud rate is not one the termios path can set.
    case unsupportedBaud(path: String, baud: Int)

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): return "invalid connection URL '\(url)': \(reason)"
        case .serialEnumerationFailed(let reason): return "cannot list serial ports: \(reason)"
        case .portInUse(let url): return "\(url): address already in use (is another ground station or router running?)"
        case .bindFailed(let url, let reason): return "\(url): cannot listen: \(reason)"
        case .unreachable(let url, let reason): return "\(url): cannot reach peer: \(reason)"
        case .peerClosed(let url): return "\(url): peer closed the connection"
        case .serialDeviceMissing(let path, let available):
            let list = available.isEmpty ? "no serial ports found" : "available: " + available.joined(separator: ", ")
            return "serial device \(path) does not exist (\(list))"
        case .serialPermissionDenied(let path):
            return "permission denied opening \(path): add yourself to the 'dialout' group (sudo usermod -aG dialout $USER) and log in again"
        case .serialOpenFailed(let path, let reason): return "cannot open serial device \(path): \(reason)"
        case .serialDeviceLost(let path): return "serial device \(path) went away (cable pulled?); waiting for it to return"
        case .unsupportedBaud(let path, let baud): return "\(path): baud rate \(baud) is not supported by this serial driver"
        }
    }
}

extension TransportError {
    /// True for failures that end by themselves when a peer starts or a device is plugged in (as
    /// opposed to a wrong URL, a busy port or missing permissions, which need a person).
    var peerMayAppear: Bool {
        switch self {
        case .unreachable, .peerClosed, .serialDeviceMissing, .serialDeviceLost: return true
        case .invalidURL, .serialEnumerationFailed, .portInUse, .bindFailed, .serialPermissionDenied,
             .serialOpenFailed, .unsupportedBaud: return false
        }
    }
}
