/// The vehicle's recent parameter changes: a fixed ring of parameter indices with a running count,
/// so every link announces each change once with `PARAM_VALUE` (the MAVLink parameter protocol
/// broadcasts a change so that every ground station stays in sync) by remembering how many it has
/// already announced (`total`).
public struct ParameterChangeLog: Sendable {
    /// Changes kept; a link that falls further behind announces only the most recent ones.
    public static let capacity = 32
    var ring: InlineArray<32, UInt16> = InlineArray(repeating: 0)
    /// Number of changes ever recorded.
    public private(set) var total: UInt32 = 0

    public init() {}

    /// Records that the parameter at `index` changed value.
    public mutating func record(index: Int) {
        ring[Int(total % UInt32(Self.capacity))] = UInt16(clamping: index)
        total &+= 1
    }

    /// The parameter index of change number `number` (0 = first ever), nil when forgotten or not yet recorded.
    public func index(ofChange number: UInt32) -> Int? {
        guard number < total, total - number <= UInt32(Self.capacity) else { return nil }
        return Int(ring[Int(number % UInt32(Self.capacity))])
    }

}
