import FlightCore
import MAVLinkDialects
import VehicleServices

/// A scripted ground station with a fake clock: encodes requests with our encoder, feeds them to a
/// `VehicleLink`, and parses everything the link put in its outbox.
struct FakeGroundStation {
    var link = VehicleLink()
    var vehicle = FakeVehicle()
    var encoder = MAVLinkEncoder(systemID: 255, componentID: 190)
    var parser = MAVLinkParser<Common>()
    var outbox = Outbox()
    /// Monotonic time, microseconds since boot.
    var now = Tick(micros: 1_000_000)
    /// Unix time at boot (2026-01-01), microseconds.
    let unixAtBoot: UInt64 = 1_767_225_600_000_000
    var unixMicros: UInt64 { unixAtBoot + now.micros }

    /// Sends `message` to the vehicle and returns the frames it answered with.
    @discardableResult
    mutating func send<M: MAVLinkMessage>(_ message: M) -> [MAVLinkFrame] {
        let frame = try! encoder.frame(message, unixMicros: unixMicros)
        return deliver(frame)
    }

    /// Delivers an already-encoded frame (e.g. a duplicate or one from another encoder).
    mutating func deliver(_ frame: MAVLinkFrame) -> [MAVLinkFrame] {
        // Round-trip through bytes so the vehicle sees exactly what a parser makes of the wire.
        var frames: [MAVLinkFrame] = []
        var p = MAVLinkParser<Common>()
        frame.bytes.withUnsafeBytes { p.parseFrames($0) { frames.append($0) } }
        for f in frames { link.receive(f, at: now, unixMicros: unixMicros, vehicle: &vehicle, into: &outbox) }
        return drain()
    }

    /// Advances the clock by `micros` and polls once.
    @discardableResult
    mutating func advance(byMicros micros: UInt64) -> [MAVLinkFrame] {
        now = now.advanced(byMicros: micros)
        link.poll(at: now, unixMicros: unixMicros, vehicle: &vehicle, into: &outbox)
        return drain()
    }

    /// Advances in steps of `stepMicros` for `totalMicros`, collecting every frame sent.
    mutating func run(forMicros totalMicros: UInt64, stepMicros: UInt64 = 10_000) -> [MAVLinkFrame] {
        var all: [MAVLinkFrame] = []
        var elapsed: UInt64 = 0
        while elapsed < totalMicros { all += advance(byMicros: stepMicros); elapsed += stepMicros }
        return all
    }

    mutating func drain() -> [MAVLinkFrame] {
        var frames: [MAVLinkFrame] = []
        outbox.withBytes { parser.parseFrames($0) { frames.append($0) } }
        outbox.removeAll()
        return frames
    }
}

extension Array where Element == MAVLinkFrame {
    /// The decoded messages of type `M`.
    func messages<M: MAVLinkMessage>(_ type: M.Type) -> [M] { compactMap { $0.decode(as: M.self) } }
}
