import Autopilot
import FlightCore
import FlightMath
import Simulation

/// What a flight did, collected while stepping it.
struct FlightRecord {
    var reached: [Int] = []
    var finished = false
    var disarmed = false
    var crashed = false
    var maxAltitude = 0.0
    var events: [FlightStackEvent] = []
    var seconds = 0.0
}

func horizontalDistance(_ a: NEDOffset, _ b: NEDOffset) -> Double {
    ((a.north - b.north) * (a.north - b.north) + (a.east - b.east) * (a.east - b.east)).squareRoot()
}

extension SITLVehicle {
    /// A point of the estimator's frame (metres NED from its origin) in the simulator's NED frame.
    func simulatorFrame(of p: Vector3) -> NEDOffset? {
        guard let origin = stack.navigationState.origin else { return nil }
        let geo = LocalTangentPlane(origin: origin).geodetic(of: NEDOffset(north: Double(p.x), east: Double(p.y), down: Double(p.z)))
        return LocalTangentPlane(origin: simulator.scenario.origin).ned(of: geo)
    }

    /// The estimator's position expressed in the simulator's NED frame (the two frames have
    /// different origins: the estimator anchors at its first GNSS fix).
    func estimatedPositionInSimulatorFrame() -> NEDOffset? { simulatorFrame(of: stack.navigationState.position) }

    /// Steps until the vehicle disarms, `seconds` pass, or `stop` says so; collects the events.
    /// `observe` sees every event as it comes, `sample` the vehicle after every step.
    mutating func fly(seconds: Double, until stop: (FlightRecord) -> Bool = { _ in false },
                      observe: (borrowing SITLVehicle, FlightStackEvent) -> Void = { _, _ in },
                      sample: (borrowing SITLVehicle) -> Void = { _ in }) -> FlightRecord {
        var r = FlightRecord()
        let start = time
        let end = simulator.timeMicros + UInt64(seconds * 1e6)
        while simulator.timeMicros < end {
            step()
            while let e = stack.nextEvent() {
                r.events.append(e)
                observe(self, e)
                switch e {
                case .navigator(.itemReached(let i)): r.reached.append(i)
                case .navigator(.missionFinished): r.finished = true
                case .commander(.disarmed): r.disarmed = true
                default: break
                }
            }
            if let t = truth {
                r.maxAltitude = max(r.maxAltitude, -t.position.down)
                if t.crashed { r.crashed = true }
            }
            sample(self)
            if r.disarmed || stop(r) { break }
        }
        r.seconds = time.seconds - start.seconds
        return r
    }
}
