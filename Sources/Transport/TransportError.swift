/// Everything that can go wrong opening or using a link, each case with what a person needs to fix it.
public enum TransportError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidURL(String, reason: String)
    case serialEnumerationFailed(reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): return "invalid connection URL '\(url)': \(reason)"
        case .serialEnumerationFailed(let reason): return "cannot list serial ports: \(reason)"
        }
    }
}
