/// A first-in first-out ring of at most `capacity` elements in inline storage (no heap).
///
/// Pushing onto a full ring drops the oldest element.
public struct FixedRing<let capacity: Int, Element: Sendable>: Sendable {
    @usableFromInline var storage: InlineArray<capacity, Element>
    @usableFromInline var head = 0
    /// Number of elements held.
    public var count = 0

    /// An empty ring; `filler` only initialises the unused storage.
    @inlinable public init(filler: Element) { storage = InlineArray(repeating: filler) }

    @inlinable public var isEmpty: Bool { count == 0 }
    @inlinable public var isFull: Bool { count == capacity }

    @inlinable public mutating func push(_ e: Element) {
        if isFull { head = (head + 1) % capacity; count -= 1 }
        storage[(head + count) % capacity] = e
        count += 1
    }

    /// The oldest element.
    ///
    /// A `mutating get` although it changes nothing: with a plain getter, Swift copied the whole
    /// ring (5 KB for the estimator's IMU ring) into a temporary to read one element, on every
    /// IMU sample; reading in place needs the ring's address.
    @inlinable public var first: Element? { mutating get { isEmpty ? nil : storage[head] } }

    @inlinable public mutating func popFirst() -> Element? {
        guard !isEmpty else { return nil }
        let e = storage[head]
        head = (head + 1) % capacity; count -= 1
        return e
    }

    /// The `i`-th element from the oldest (0 = oldest).
    @inlinable public subscript(i: Int) -> Element {
        get { storage[(head + i) % capacity] }
        set { storage[(head + i) % capacity] = newValue }
    }

    @inlinable public mutating func removeAll() { head = 0; count = 0 }
}
