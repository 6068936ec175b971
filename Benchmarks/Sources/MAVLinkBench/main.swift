// MAVLink throughput: encode and parse-and-decode a stream of mixed messages.
//
//   MAVLinkBench encode N OUT      encode N messages (a pool of 1024 cycled) into file OUT
//   MAVLinkBench parse FILE [R]    parse and decode every frame of FILE, R rounds
//
// Prints one JSON line with the figures. The same message mix is used by the C harness.
import Foundation
import MAVLinkDialects

struct Mix {
    /// A deterministic pool of messages of eight common types with varied values.
    static func pool() -> [Common.Message] {
        var s: UInt64 = 0x5EED
        func r() -> UInt32 { s = s &* 6364136223846793005 &+ 1442695040888963407; return UInt32(truncatingIfNeeded: s >> 33) }
        func f() -> Float { Float(r() % 200_000) / 1000 - 100 }
        var out: [Common.Message] = []
        for i in 0..<1024 {
            switch i % 8 {
            case 0: out.append(.heartbeat(Heartbeat(type: .quadrotor, autopilot: .px4, baseMode: MAVModeFlag(rawValue: r() & 0xFF), customMode: r(), systemStatus: .active)))
            case 1: out.append(.sysStatus(SysStatus(onboardControlSensorsPresent: MAVSysStatusSensor(rawValue: r()), load: UInt16(r() % 1000), voltageBattery: UInt16(r() % 20000), currentBattery: Int16(r() % 3000), batteryRemaining: Int8(r() % 100))))
            case 2: out.append(.attitude(Attitude(timeBootMs: r(), roll: f(), pitch: f(), yaw: f(), rollspeed: f(), pitchspeed: f(), yawspeed: f())))
            case 3: out.append(.gpsRawInt(GpsRawInt(timeUsec: UInt64(r()) << 8, fixType: ._3dFix, lat: Int32(bitPattern: r()), lon: Int32(bitPattern: r()), alt: Int32(r() % 100000), eph: 120, epv: 200, vel: UInt16(r() % 2000), cog: UInt16(r() % 36000), satellitesVisible: 14)))
            case 4: out.append(.globalPositionInt(GlobalPositionInt(timeBootMs: r(), lat: Int32(bitPattern: r()), lon: Int32(bitPattern: r()), alt: Int32(r() % 100000), relativeAlt: Int32(r() % 50000), vx: Int16(truncatingIfNeeded: r()), vy: Int16(truncatingIfNeeded: r()), vz: Int16(truncatingIfNeeded: r()), hdg: UInt16(r() % 36000))))
            case 5: out.append(.vfrHud(VfrHud(airspeed: f(), groundspeed: f(), heading: Int16(r() % 360), throttle: UInt16(r() % 100), alt: f(), climb: f())))
            case 6: out.append(.paramValue(ParamValue(paramId: FixedString("MC_ROLLRATE_P"), paramValue: f(), paramType: .real32, paramCount: 900, paramIndex: UInt16(r() % 900))))
            default: out.append(.commandLong(CommandLong(targetSystem: 1, targetComponent: 1, command: MAVCmd(rawValue: r() % 600), confirmation: 0, param1: f(), param2: f(), param3: f(), param4: f(), param5: f(), param6: f(), param7: f())))
            }
        }
        return out
    }
}

@inline(never) func consume(_ x: UInt64) { if x == 0x1234_5678_9ABC_DEF0 { print("") } }

func seconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }

func encode(count: Int, out: String) throws {
    let pool = Mix.pool()
    var enc = MAVLinkEncoder(systemID: 1, componentID: 1)
    var bytes = [UInt8](repeating: 0, count: count * 60)
    var n = 0
    let clock = ContinuousClock()
    let t = try clock.measure {
        try bytes.withUnsafeMutableBytes { buf in
            for i in 0..<count {
                let dst = UnsafeMutableRawBufferPointer(rebasing: buf[n...])
                switch pool[i & 1023] {
                case .heartbeat(let m): n += try enc.encode(m, into: dst)
                case .sysStatus(let m): n += try enc.encode(m, into: dst)
                case .attitude(let m): n += try enc.encode(m, into: dst)
                case .gpsRawInt(let m): n += try enc.encode(m, into: dst)
                case .globalPositionInt(let m): n += try enc.encode(m, into: dst)
                case .vfrHud(let m): n += try enc.encode(m, into: dst)
                case .paramValue(let m): n += try enc.encode(m, into: dst)
                case .commandLong(let m): n += try enc.encode(m, into: dst)
                default: break
                }
            }
        }
    }
    try Data(bytes[0..<n]).write(to: URL(fileURLWithPath: out))
    let s = seconds(t)
    print("{\"impl\":\"swift\",\"op\":\"encode\",\"frames\":\(count),\"bytes\":\(n),\"seconds\":\(s),\"ns_per_frame\":\(s * 1e9 / Double(count))}")
}

func parse(file: String, rounds: Int) throws {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    var frames = 0
    var check: UInt64 = 0
    let clock = ContinuousClock()
    var best = Duration.seconds(1000)
    for _ in 0..<rounds {
        var parser = MAVLinkParser<Common>()
        frames = 0
        let t = clock.measure {
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
        best = min(best, t)
    }
    consume(check)
    let s = seconds(best)
    print("{\"impl\":\"swift\",\"op\":\"parse\",\"frames\":\(frames),\"bytes\":\(bytes.count),\"seconds\":\(s),\"ns_per_frame\":\(s * 1e9 / Double(frames)),\"mb_per_s\":\(Double(bytes.count) / s / 1e6)}")
}

let args = CommandLine.arguments
switch args.dropFirst().first {
case "encode": try encode(count: Int(args[2])!, out: args[3])
case "parse": try parse(file: args[2], rounds: args.count > 3 ? Int(args[3])! : 3)
default:
    print("usage: MAVLinkBench encode N OUT | parse FILE [ROUNDS]")
    exit(2)
}
