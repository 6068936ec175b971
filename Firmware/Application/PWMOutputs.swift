import FlightCore

/// Motor commands (0…1, the airframe's motor order) to PWM pulse widths on the board's outputs:
/// 1000 µs is stopped, 2000 µs full throttle; outputs past the airframe's motors stay at 1000 µs
/// (the PX4/ArduPilot defaults for `PWM_MAIN_MIN`/`MAX` and `PWM_MAIN_DISARM`).
enum PWMOutputs {
    static let minimum: UInt32 = 1000, maximum: UInt32 = 2000

    /// The pulse width for a motor command.
    static func pulse(_ command: Float) -> UInt32 {
        let c = command.isNaN ? 0 : Swift.min(1, Swift.max(0, command))
        return minimum + UInt32((c * Float(maximum - minimum)).rounded())
    }

    /// Writes every output: the airframe's motors from `outputs`, the rest at the minimum.
    static func write(_ outputs: ActuatorOutputs) {
        for channel in 0 ..< Board.pwmChannels {
            Board.setPWM(channel, microseconds: channel < outputs.count ? pulse(outputs[channel]) : minimum)
        }
    }
}
