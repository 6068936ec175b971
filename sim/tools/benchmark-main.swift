// Physics and sensor throughput of the Swiftlet simulator, built with -O by sim/tools/benchmark.sh.
import FlightMath

@inline(never) func run(_ sim: inout Simulator, steps: Int) -> Float {
    var sink: Float = 0
    for i in 0..<steps {
        let u = MotorCommands(all: 0.58 + 0.02 * Float(i & 7) / 7)
        let out = sim.step(u)
        sink += out.truth.velocity.z + (out.sensors.imu?.accel.z ?? 0)
    }
    return sink
}

@inline(never) func runWorld(_ world: inout World, steps: Int) -> Float {
    var sink: Float = 0
    for i in 0..<steps {
        sink += world.step(motorCommands: MotorCommands(all: 0.58 + 0.02 * Float(i & 7) / 7), dt: 0.001).velocity.z
    }
    return sink
}

let root = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "."
let clock = ContinuousClock()
for vehicle in ["quad450", "hexa550"] {
    for scenarioName in ["calm", "windy-faults"] {
        let airframe = try SimulationFiles.airframe(named: vehicle, in: root + "/sim/vehicles")
        let scenario = try SimulationFiles.scenario(atPath: root + "/sim/scenarios/\(scenarioName).scenario")
        var sim = Simulator(airframe: airframe, scenario: scenario, seed: 1)
        var world = World(airframe: airframe, origin: scenario.origin, wind: scenario.wind, seed: 1)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50)))
        sim = Simulator(airframe: airframe, scenario: scenario, seed: 1)
        let steps = 2_000_000
        _ = run(&sim, steps: 10_000)
        let t0 = clock.now
        let s1 = run(&sim, steps: steps)
        let t1 = clock.now
        let s2 = runWorld(&world, steps: steps)
        let t2 = clock.now
        func ns(_ d: Duration) -> Double {
            Double(d.components.seconds) * 1e9 + Double(d.components.attoseconds) / 1e9
        }
        let full = ns(t1 - t0) / Double(steps), physics = ns(t2 - t1) / Double(steps)
        print("\(vehicle) \(scenarioName): world.step \(Int(physics)) ns, world+sensors+faults \(Int(full)) ns per 1 kHz step "
              + "(\(Int(1e9 / full)) steps/s, \(Int(1e6 / full))x real time) [\(s1 + s2 > 0 ? "+" : "-")]")
    }
}
