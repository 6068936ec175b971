// The board edge, implemented in C under Firmware/Board/ (board.h declares the same functions).
// Everything the Swift application needs from the hardware goes through `Board`.

@_extern(c, "board_uart_write") func c_board_uart_write(_ bytes: UnsafePointer<UInt8>?, _ count: Int)
@_extern(c, "board_uart_read") func c_board_uart_read() -> Int32
@_extern(c, "board_pwm_write") func c_board_pwm_write(_ channel: UInt32, _ pulse: UInt32)
@_extern(c, "board_pwm_read") func c_board_pwm_read(_ channel: UInt32) -> UInt32
@_extern(c, "board_pwm_channels") func c_board_pwm_channels() -> UInt32
@_extern(c, "board_micros") func c_board_micros() -> UInt64
@_extern(c, "board_cycles") func c_board_cycles() -> UInt64
@_extern(c, "board_cpu_hz") func c_board_cpu_hz() -> UInt32
@_extern(c, "board_wait_for_interrupt") func c_board_wait_for_interrupt()
@_extern(c, "board_semihosting_cmdline") func c_board_semihosting_cmdline(_ buffer: UnsafeMutablePointer<UInt8>?, _ capacity: Int) -> Int32
@_extern(c, "board_semihosting_write") func c_board_semihosting_write(_ text: UnsafePointer<UInt8>?)
@_extern(c, "board_exit") func c_board_exit(_ code: Int32)
@_extern(c, "board_name") func c_board_name() -> UnsafePointer<UInt8>?
@_extern(c, "board_heap_used") func c_board_heap_used() -> Int

/// The board's services: the MAVLink UART, PWM outputs, the time base and the semihosting host.
enum Board {
    /// Sends `bytes` on the MAVLink UART (blocks until the transmitter has taken them).
    static func write(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        c_board_uart_write(base.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    /// The next byte received on the MAVLink UART, nil when none is waiting.
    static func readByte() -> UInt8? {
        let b = c_board_uart_read()
        return b < 0 ? nil : UInt8(truncatingIfNeeded: b)
    }

    /// Microseconds since boot (SysTick).
    static var micros: UInt64 { c_board_micros() }
    /// Processor clock cycles since boot (SysTick resolution: one cycle).
    static var cycles: UInt64 { c_board_cycles() }
    /// The processor clock, Hz.
    static var cpuHz: UInt32 { c_board_cpu_hz() }
    /// Bytes of the heap in use (start-up allocations only; nothing is allocated per tick).
    static var heapUsed: Int { c_board_heap_used() }

    /// Sleeps until the next interrupt (at the latest the next 1 ms SysTick).
    static func waitForInterrupt() { c_board_wait_for_interrupt() }

    /// Number of PWM outputs.
    static var pwmChannels: Int { Int(c_board_pwm_channels()) }
    /// Sets output `channel`'s pulse width, µs (clamped to the 2.5 ms period).
    static func setPWM(_ channel: Int, microseconds: UInt32) { c_board_pwm_write(UInt32(channel), microseconds) }
    /// The pulse width output `channel` holds, µs (read back from the timer, or the board's record).
    static func pwm(_ channel: Int) -> UInt32 { c_board_pwm_read(UInt32(channel)) }

    /// The board's name, as the build names it (`netduinoplus2`, `mps2-an386`).
    static var name: String { String(cString: c_board_name()!) }

    /// The command line the semihosting host passes (QEMU `-semihosting-config arg=…`), "" if none.
    static func commandLine() -> String {
        var buffer = InlineArray<128, UInt8>(repeating: 0)
        let ok = withUnsafeMutableBytes(of: &buffer) { raw in
            c_board_semihosting_cmdline(raw.baseAddress!.assumingMemoryBound(to: UInt8.self), 127) == 0
        }
        guard ok else { return "" }
        return withUnsafeBytes(of: &buffer) { String(cString: $0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Writes `line` and a newline to the semihosting host's console (QEMU: its stderr).
    static func log(_ line: String) {
        var text = line
        text.append("\n")
        text.withCString { c_board_semihosting_write(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) }
    }

    /// Ends the run: the semihosting host exits with `code` (0 pass, 1 self-test failure).
    static func exit(_ code: Int32) -> Never {
        c_board_exit(code)
        while true { waitForInterrupt() }   // board_exit does not return
    }
}
