/// A fixed-capacity first-in-first-out queue of events; when full the oldest is dropped.
///
/// Storage is allocated once at init; pushing and popping never allocate.
public struct EventQueue<Element: Sendable>: Sendable {
    private var storage: [Element?]
    private var head = 0
    /// Events waiting.
    public private(set) var count = 0
    /// Events dropped because the queue was full.
    public private(set) var dropped = 0

    public init(capacity: Int) { storage = [Element?](repeating: nil, count: max(1, capacity)) }

    public var capacity: Int { storage.count }
    public var isEmpty: Bool { count == 0 }

    /// Appends an event, dropping the oldest when full.
    public mutating func push(_ element: Element) {
        if count == storage.count { head = (head + 1) % storage.count; count -= 1; dropped += 1 }
        storage[(head + count) % storage.count] = element
        count += 1
    }

    /// Removes and returns the oldest event.
    public mutating func pop() -> Element? {
        guard count > 0 else { return nil }
        let e = storage[head]
        storage[head] = nil
        head = (head + 1) % storage.count
        count -= 1
        return e
    }
}
