/// Receives a message's fields one by one, with their XML names, in XML order.
///
/// Generated messages call it from `visitFields(_:)`; tools use it to print messages (for example
/// as JSON) without reflection, so the codec stays free of `Mirror` and existentials.
public protocol MAVLinkFieldVisitor {
    mutating func visit<T: FixedWidthInteger>(_ name: StaticString, _ value: T)
    mutating func visit(_ name: StaticString, _ value: Float)
    mutating func visit(_ name: StaticString, _ value: Double)
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedString<N>)
    mutating func visit<let N: Int, T: FixedWidthInteger & BitwiseCopyable & Sendable>(_ name: StaticString, _ value: FixedArray<N, T>)
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Float>)
    mutating func visit<let N: Int>(_ name: StaticString, _ value: FixedArray<N, Double>)
}
