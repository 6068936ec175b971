// Physics and sensor throughput of the Swiftlet simulator, built with -O by sim/tools/benchmark.sh.
import Foundation
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

let args = CommandLine.arguments
let root = args.count > 1 ? args[1] : "."

func cpuNanoseconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1e9 + Double(t.tv_nsec)
}
// `bench ROOT world|sim STEPS VEHICLE SCENARIO`: run one loop only, for `perf stat` (cycles and
// instructions per step do not depend on how loaded the machine is).
if args.count == 6, let steps = Int(args[3]) {
    let airframe = try SimulationFiles.airframe(named: args[4], in: root + "/sim/vehicles")
    let scenario = try SimulationFiles.scenario(atPath: root + "/sim/scenarios/\(args[5]).scenario")
    if args[2] == "world" {
        var world = World(airframe: airframe, origin: scenario.origin, wind: scenario.wind, seed: 1)
        world.reset(to: RigidBodyState(position: NEDOffset(north: 0, east: 0, down: -50)))
        print(runWorld(&world, steps: steps))
    } else {
        var sim = Simulator(airframe: airframe, scenario: scenario, seed: 1)
        print(run(&sim, steps: steps))
    }
    exit(0)
}
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
        // Process CPU time, not wall time: on a shared machine waiting for a core is not our cost.
        let t0 = cpuNanoseconds()
        let s1 = run(&sim, steps: steps)
        let t1 = cpuNanoseconds()
        let s2 = runWorld(&world, steps: steps)
        let t2 = cpuNanoseconds()
        let full = (t1 - t0) / Double(steps), physics = (t2 - t1) / Double(steps)
        print("\(vehicle) \(scenarioName) (CPU time): world.step \(Int(physics)) ns, world+sensors+faults \(Int(full)) ns per 1 kHz step "
              + "(\(Int(1e9 / full)) steps/s, \(Int(1e6 / full))x real time) [\(s1 + s2 > 0 ? "+" : "-")]")
    }
}
