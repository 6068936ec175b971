import Foundation
import MAVLink
import VehicleServices

/// Turns the frames the vehicle refuses (MAVLink 2 signing) into rate-limited log lines.
///
/// The first refusal is reported at once; after that at most one line per `interval` summarises
/// what was refused since the previous line, so a flood of spoofed frames gives a line every few
/// seconds, not one per frame. Each line names the link, the latest refused frame (reason, sender
/// address when the link knows it, system, component and message id) and the running counts by
/// reason. It never contains a frame's bytes, let alone the key.
struct RefusedFrameLog {
    /// The least wall-clock time between two lines.
    let interval: Duration
    /// Refusals since the last line.
    private(set) var pending = 0
    private var latest: (reason: FrameRefusal, link: String, sender: String?, systemID: UInt8, componentID: UInt8,
                         messageID: UInt32)?
    private var counts = RefusedFrameCounts()
    private var nextLine: ContinuousClock.Instant?

    init(interval: Duration = .seconds(5)) { self.interval = interval }

    /// Notes one refused frame; `counts` are the running counts of the link that refused it.
    mutating func record(_ reason: FrameRefusal, frame: MAVLinkFrame, link: String, sender: String?) {
        pending += 1
        counts[reason] += 1
        latest = (reason, link, sender, frame.systemID, frame.componentID, frame.messageID)
    }

    /// The line due at `now`, if any: something was refused since the last line, and the last
    /// line is at least `interval` old.
    mutating func line(at now: ContinuousClock.Instant) -> String? {
        guard pending > 0, let latest, nextLine.map({ now >= $0 }) ?? true else { return nil }
        defer { pending = 0; nextLine = now + interval }
        let from = latest.sender.map { " from \($0)" } ?? ""
        return "refused \(pending) frame(s) on \(latest.link) (latest: \(Self.text(latest.reason))\(from), "
            + "sysid \(latest.systemID) compid \(latest.componentID) msgid \(latest.messageID)); "
            + "totals: unsigned \(counts.unsigned), bad signature \(counts.badSignature), "
            + "replay \(counts.replay), stale \(counts.stale)"
    }

    static func text(_ reason: FrameRefusal) -> String {
        reason.name.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }
}
