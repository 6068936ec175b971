/// Normalised commands for up to eight motors, 0 (stopped) … 1 (full throttle), in the
/// airframe's motor order. Entries beyond the airframe's motor count are ignored.
public struct MotorCommands: Equatable, Sendable {
    public var values: (Float, Float, Float, Float, Float, Float, Float, Float)

    public init(_ values: (Float, Float, Float, Float, Float, Float, Float, Float) = (0, 0, 0, 0, 0, 0, 0, 0)) {
        self.values = values
    }

    /// All motors at the same `throttle`.
    public init(all throttle: Float) {
        values = (throttle, throttle, throttle, throttle, throttle, throttle, throttle, throttle)
    }

    /// Motor `index` (0-based), 0…1.
    @inlinable public subscript(index: Int) -> Float {
        get {
            switch index {
            case 0: values.0
            case 1: values.1
            case 2: values.2
            case 3: values.3
            case 4: values.4
            case 5: values.5
            case 6: values.6
            case 7: values.7
            default: 0
            }
        }
        set {
            switch index {
            case 0: values.0 = newValue
            case 1: values.1 = newValue
            case 2: values.2 = newValue
            case 3: values.3 = newValue
            case 4: values.4 = newValue
            case 5: values.5 = newValue
            case 6: values.6 = newValue
            case 7: values.7 = newValue
            default: break
            }
        }
    }

    public static func == (a: MotorCommands, b: MotorCommands) -> Bool {
        (0..<8).allSatisfy { a[$0] == b[$0] }
    }
}
