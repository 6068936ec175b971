/// How serious a status text is, numbered as MAVLink's `MAV_SEVERITY` (0 emergency … 7 debug).
public enum StatusSeverity: UInt8, Sendable, Equatable {
    case emergency = 0, alert = 1, critical = 2, error = 3, warning = 4, notice = 5, info = 6, debug = 7
}

/// One human-readable event line (`STATUSTEXT`): at most 50 ASCII bytes are sent.
public struct StatusText: Sendable, Equatable {
    public var severity: StatusSeverity
    /// The words; kept as a static string so publishing an event never allocates.
    public var text: StaticString

    public init(_ severity: StatusSeverity, _ text: StaticString) { self.severity = severity; self.text = text }

    public static func == (a: StatusText, b: StatusText) -> Bool {
        a.severity == b.severity && a.text.withUTF8Buffer { x in b.text.withUTF8Buffer { y in x.elementsEqual(y) } }
    }
}

/// The vehicle's recent status texts: a fixed ring with a running count, so every link can send
/// each line once by remembering how many it has already sent (`total`).
public struct StatusTextLog: Sendable {
    /// Lines kept; older ones are overwritten (a link that falls this far behind skips them).
    public static let capacity = 16
    @usableFromInline var ring: InlineArray<16, StatusText>
    /// Number of lines ever published.
    public private(set) var total: UInt32 = 0

    public init() { ring = InlineArray(repeating: StatusText(.debug, "")) }

    /// Publishes a line.
    public mutating func publish(_ line: StatusText) {
        ring[Int(total % UInt32(Self.capacity))] = line
        total &+= 1
    }

    /// The line with running number `number`, or nil when it has been overwritten or not yet published.
    public func line(_ number: UInt32) -> StatusText? {
        guard number < total, total - number <= UInt32(Self.capacity) else { return nil }
        return ring[Int(number % UInt32(Self.capacity))]
    }
}
