import MAVLink

/// Hand-built MAVLink v2 frames for link tests (the transport moves bytes; it must not need a parser to pass them).
enum TestFrames {
    /// CRC_EXTRA of HEARTBEAT (message id 0).
    static let heartbeatCRCExtra: UInt8 = 50

    /// A v2 HEARTBEAT from `system`/`component` with sequence number `sequence`.
    static func heartbeat(system: UInt8, component: UInt8, sequence: UInt8) -> [UInt8] {
        // custom_mode u32, type, autopilot, base_mode, system_status, mavlink_version
        let payload: [UInt8] = [0, 0, 0, 0, 2, 12, 0x81, 4, 3]
        var frame: [UInt8] = [0xFD, UInt8(payload.count), 0, 0, sequence, system, component, 0, 0, 0] + payload
        var crc = CRC16()
        for b in frame.dropFirst() { crc.accumulate(b) }
        crc.accumulate(heartbeatCRCExtra)
        frame += [UInt8(crc.value & 0xFF), UInt8(crc.value >> 8)]
        return frame
    }

    /// `count` heartbeats with consecutive sequence numbers, concatenated.
    static func heartbeats(count: Int, system: UInt8 = 1, component: UInt8 = 1) -> [UInt8] {
        (0..<count).flatMap { heartbeat(system: system, component: component, sequence: UInt8(truncatingIfNeeded: $0)) }
    }
}
