// MAVLink throughput: encode and parse-and-decode a stream of mixed messages.
//
//   MAVLinkBench encode N OUT [R]  encode N messages (a pool of 1024 cycled) into file OUT, best of R
//   MAVLinkBench parse FILE [R] [enum|typed]
//                                  parse and decode every frame of FILE, best of R rounds (both
//                                  decode paths, or only the one named: for callgrind's per-frame
//                                  instruction counts)
//
// Prints one JSON line per measurement. Benchmarks/c/mavlink_c_bench.c builds the same message
// mix from the same generator, so the C library's encoding of it is byte-identical to ours
// (scripts/bench-mavlink checks that with cmp).
import Foundation
import MAVLinkDialects

/// The message mix: message i has type i % 8 and is entry (i / 8) % 128 of that type's pool.
struct Mix {
    var heartbeat: [Heartbeat] = [], sysStatus: [SysStatus] = [], attitude: [Attitude] = []
    var gpsRawInt: [GpsRawInt] = [], globalPositionInt: [GlobalPositionInt] = [], vfrHud: [VfrHud] = []
    var paramValue: [ParamValue] = [], commandLong: [CommandLong] = []

    /// A deterministic pool of 1024 messages of eight common types with varied values
    /// (a 64-bit LCG, the same in the C harness; values drawn in field order).
    init() {
        var s: UInt64 = 0x5EED
        func r() -> UInt32 { s = s &* 6364136223846793005 &+ 1442695040888963407; return UInt32(truncatingIfNeeded: s >> 33) }
        func f() -> Float { Float(r() % 200_000) / 1000 - 100 }
        for i in 0..<1024 {
            switch i % 8 {
            case 0: heartbeat.append(Heartbeat(type: .quadrotor, autopilot: .px4, baseMode: MAVModeFlag(rawValue: r() & 0xFF), customMode: r(), systemStatus: .active))
            case 1: sysStatus.append(SysStatus(onboardControlSensorsPresent: MAVSysStatusSensor(rawValue: r()), load: UInt16(r() % 1000), voltageBattery: UInt16(r() % 20000), currentBattery: Int16(r() % 3000), batteryRemaining: Int8(r() % 100)))
            case 2: attitude.append(Attitude(timeBootMs: r(), roll: f(), pitch: f(), yaw: f(), rollspeed: f(), pitchspeed: f(), yawspeed: f()))
            case 3: gpsRawInt.append(GpsRawInt(timeUsec: UInt64(r()) << 8, fixType: ._3dFix, lat: Int32(bitPattern: r()), lon: Int32(bitPattern: r()), alt: Int32(r() % 100000), eph: 120, epv: 200, vel: UInt16(r() % 2000), cog: UInt16(r() % 36000), satellitesVisible: 14))
            case 4: globalPositionInt.append(GlobalPositionInt(timeBootMs: r(), lat: Int32(bitPattern: r()), lon: Int32(bitPattern: r()), alt: Int32(r() % 100000), relativeAlt: Int32(r() % 50000), vx: Int16(truncatingIfNeeded: r()), vy: Int16(truncatingIfNeeded: r()), vz: Int16(truncatingIfNeeded: r()), hdg: UInt16(r() % 36000)))
            case 5: vfrHud.append(VfrHud(airspeed: f(), groundspeed: f(), heading: Int16(r() % 360), throttle: UInt16(r() % 100), alt: f(), climb: f()))
            case 6: paramValue.append(ParamValue(paramId: FixedString("MC_ROLLRATE_P"), paramValue: f(), paramType: .real32, paramCount: 900, paramIndex: UInt16(r() % 900)))
            default: commandLong.append(CommandLong(targetSystem: 1, targetComponent: 1, command: MAVCmd(rawValue: r() % 600), confirmation: 0, param1: f(), param2: f(), param3: f(), param4: f(), param5: f(), param6: f(), param7: f()))
            }
        }
    }
}

@inline(never) func consume(_ x: UInt64) { if x == 0x1234_5678_9ABC_DEF0 { print("") } }

/// CPU time of this thread, seconds. The benchmark machine is shared (CI runners, other builds), so
/// rounds are timed in thread CPU time, which excludes the time the thread waits for a core.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

/// Runs `body` `rounds` times and returns the best round's thread CPU time, seconds.
func timeBest(_ rounds: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<rounds {
        let t0 = cpuSeconds()
        try body()
        best = min(best, cpuSeconds() - t0)
    }
    return best
}

func report(_ op: String, frames: Int, bytes: Int, best s: Double) {
    print("{\"impl\":\"swift\",\"op\":\"\(op)\",\"frames\":\(frames),\"bytes\":\(bytes),\"seconds\":\(s),\"ns_per_frame\":\(s * 1e9 / Double(frames)),\"mb_per_s\":\(Double(bytes) / s / 1e6)}")
}

func encode(count: Int, out: String, rounds: Int) throws {
    let mix = Mix()
    var bytes = [UInt8](repeating: 0, count: count * 60)
    var n = 0
    let best = try timeBest(rounds) {
        var enc = MAVLinkEncoder(systemID: 1, componentID: 1)
        n = 0
        try bytes.withUnsafeMutableBytes { buf in
            let base = buf.baseAddress!
            for i in 0..<count {
                let dst = UnsafeMutableRawBufferPointer(start: base + n, count: MAVLinkFrame.maxFrameLength)
                let k = (i >> 3) & 127
                switch i & 7 {
                case 0: n += try enc.encode(mix.heartbeat[k], into: dst)
                case 1: n += try enc.encode(mix.sysStatus[k], into: dst)
                case 2: n += try enc.encode(mix.attitude[k], into: dst)
                case 3: n += try enc.encode(mix.gpsRawInt[k], into: dst)
                case 4: n += try enc.encode(mix.globalPositionInt[k], into: dst)
                case 5: n += try enc.encode(mix.vfrHud[k], into: dst)
                case 6: n += try enc.encode(mix.paramValue[k], into: dst)
                default: n += try enc.encode(mix.commandLong[k], into: dst)
                }
            }
        }
    }
    try Data(bytes[0..<n]).write(to: URL(fileURLWithPath: out))
    report("encode", frames: count, bytes: n, best: best)
}

func parse(file: String, rounds: Int, only: String?) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    var frames = 0
    var check: UInt64 = 0
    // 1. Parse and decode into the dialect's `Common.Message` enum, then switch over it.
    let enumBest = timeBest(only == "typed" ? 0 : rounds) {
        var parser = MAVLinkParser<Common>()
        frames = 0
        bytes.withUnsafeBytes { buf in
            parser.parse(buf) { frame in
                frames += 1
                guard let m = Common.Message(view: frame) else { return }
                switch m {
                case .heartbeat(let h): check &+= UInt64(h.customMode)
                case .sysStatus(let s): check &+= UInt64(s.voltageBattery)
                case .attitude(let a): check &+= UInt64(a.roll.bitPattern)
                case .gpsRawInt(let g): check &+= UInt64(bitPattern: Int64(g.lat))
                case .globalPositionInt(let g): check &+= UInt64(bitPattern: Int64(g.lon))
                case .vfrHud(let v): check &+= UInt64(v.alt.bitPattern)
                case .paramValue(let p): check &+= UInt64(p.paramIndex)
                case .commandLong(let c): check &+= UInt64(c.param7.bitPattern)
                default: break
                }
            }
        }
    }
    let enumCheck = check
    check = 0
    // 2. Parse, switch on the message id and decode the one type (what C code does).
    let typedBest = timeBest(only == "enum" ? 0 : rounds) {
        var parser = MAVLinkParser<Common>()
        frames = 0
        bytes.withUnsafeBytes { buf in
            parser.parse(buf) { frame in
                frames += 1
                switch frame.messageID {
                case Heartbeat.id: check &+= UInt64(frame.decodeUnchecked(Heartbeat.self).customMode)
                case SysStatus.id: check &+= UInt64(frame.decodeUnchecked(SysStatus.self).voltageBattery)
                case Attitude.id: check &+= UInt64(frame.decodeUnchecked(Attitude.self).roll.bitPattern)
                case GpsRawInt.id: check &+= UInt64(bitPattern: Int64(frame.decodeUnchecked(GpsRawInt.self).lat))
                case GlobalPositionInt.id: check &+= UInt64(bitPattern: Int64(frame.decodeUnchecked(GlobalPositionInt.self).lon))
                case VfrHud.id: check &+= UInt64(frame.decodeUnchecked(VfrHud.self).alt.bitPattern)
                case ParamValue.id: check &+= UInt64(frame.decodeUnchecked(ParamValue.self).paramIndex)
                case CommandLong.id: check &+= UInt64(frame.decodeUnchecked(CommandLong.self).param7.bitPattern)
                default: break
                }
            }
        }
    }
    precondition(only != nil || check == enumCheck, "the two decode paths disagree")
    consume(check &+ enumCheck)
    if only != "typed" { report("parse-enum", frames: frames, bytes: bytes.count, best: enumBest) }
    if only != "enum" { report("parse-typed", frames: frames, bytes: bytes.count, best: typedBest) }
}

let args = CommandLine.arguments
switch args.dropFirst().first {
case "encode": try encode(count: Int(args[2])!, out: args[3], rounds: args.count > 4 ? Int(args[4])! : 1)
case "parse" where args.count > 4 && !["enum", "typed"].contains(args[4]):
    print("MAVLinkBench: the decode path is enum or typed, not \(args[4])")
    exit(2)
case "parse": try parse(file: args[2], rounds: args.count > 3 ? Int(args[3])! : 3, only: args.count > 4 ? args[4] : nil)
default:
    print("usage: MAVLinkBench encode N OUT [ROUNDS] | parse FILE [ROUNDS] [enum|typed]")
    exit(2)
}
