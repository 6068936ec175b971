/// A mission: an ordered, fixed-capacity list of `MissionItem`s.
///
/// Storage is allocated once, at `init(capacity:)`; appending never reallocates, and a plan that
/// would exceed the capacity is refused with `MissionResult.noSpace`. Nothing here allocates while
/// flying: the navigator reads items by index.
public struct MissionPlan: Sendable {
    /// Default capacity, items.
    public static let defaultCapacity = 1000

    /// The items, in sequence order.
    public private(set) var items: [MissionItem]
    /// Maximum number of items the plan holds.
    public let capacity: Int

    public init(capacity: Int = MissionPlan.defaultCapacity) {
        self.capacity = capacity
        items = []
        items.reserveCapacity(capacity)
    }

    /// Number of items.
    @inlinable public var count: Int { items.count }
    @inlinable public var isEmpty: Bool { items.isEmpty }
    @inlinable public subscript(index: Int) -> MissionItem { items[index] }

    /// Adds an item at the end; throws `noSpace` when the plan is full.
    public mutating func append(_ item: MissionItem) throws(MissionRejection) {
        guard items.count < capacity else { throw MissionRejection(.noSpace, at: items.count) }
        items.append(item)
    }

    /// Removes every item, keeping the storage.
    public mutating func removeAll() { items.removeAll(keepingCapacity: true) }
}
