import MAVLinkDialects

/// MAVLink frames for link tests, encoded with the project's codec (the links themselves only move bytes).
enum TestFrames {
    /// `count` v2 HEARTBEATs from `system`/`component` with consecutive sequence numbers, concatenated.
    static func heartbeats(count: Int, system: UInt8 = 1, component: UInt8 = 1) -> [UInt8] {
        var encoder = MAVLinkEncoder(systemID: system, componentID: component)
        return (0..<count).flatMap { _ in
            (try? encoder.frame(Heartbeat(type: MAVType(rawValue: 2), autopilot: MAVAutopilot(rawValue: 12))).bytes) ?? []
        }
    }

    /// One v2 HEARTBEAT from `system`/`component` with sequence number `sequence`.
    static func heartbeat(system: UInt8, component: UInt8, sequence: UInt8) -> [UInt8] {
        var encoder = MAVLinkEncoder(systemID: system, componentID: component)
        encoder.sequence = sequence
        return (try? encoder.frame(Heartbeat(type: MAVType(rawValue: 2))).bytes) ?? []
    }
}
