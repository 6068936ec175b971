/// Why a flight log could not be replayed: the file, the byte offset where reading stopped (nil
/// when the problem is not at one place, e.g. a sensor missing from the whole log) and the reason.
public struct ReplayLogError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var offset: Int?
    public var reason: String

    public init(file: String, offset: Int? = nil, reason: String) {
        self.file = file; self.offset = offset; self.reason = reason
    }

    public var description: String {
        if let offset { return "\(file): at byte offset \(offset): \(reason)" }
        return "\(file): \(reason)"
    }
}
