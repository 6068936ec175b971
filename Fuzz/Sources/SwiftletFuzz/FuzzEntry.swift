// The libFuzzer entry points. One binary serves every target; `SWIFTLET_FUZZ_TARGET` picks one
// (scripts/fuzz sets it). Built with `-sanitize=fuzzer,address -parse-as-library`: libFuzzer
// supplies `main`, mutates inputs guided by coverage, and stops at the first crash, address
// error, failed precondition or timeout, saving the input as `crash-…` / `timeout-…`.
import Foundation

/// A fuzz target: one reader (or the codec) and the properties it must keep on any input.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable (UnsafeRawBufferPointer) -> Void

    static let all: [FuzzTarget] = [
        FuzzTarget(name: "mavlink", run: MAVLinkFuzz.run),
        FuzzTarget(name: "plan", run: FileReaderFuzz.plan),
        FuzzTarget(name: "wpl", run: FileReaderFuzz.waypoints),
        FuzzTarget(name: "params", run: FileReaderFuzz.parameters),
        FuzzTarget(name: "scenario", run: FileReaderFuzz.scenario),
        FuzzTarget(name: "vehicle", run: FileReaderFuzz.vehicle),
        FuzzTarget(name: "tlog", run: FileReaderFuzz.telemetryLog),
        FuzzTarget(name: "ulog", run: FlightLogFuzz.ulog),
        FuzzTarget(name: "dataflash", run: FlightLogFuzz.dataflash),
    ]

    /// The target named by `SWIFTLET_FUZZ_TARGET`; exits with the list when it is missing.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["SWIFTLET_FUZZ_TARGET"] ?? ""
        if let t = all.first(where: { $0.name == name }) { return t }
        FileHandle.standardError.write(Data("SWIFTLET_FUZZ_TARGET must be one of: \(all.map(\.name).joined(separator: " "))\n".utf8))
        exit(2)
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.selected.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// libFuzzer's driver (in the `-sanitize=fuzzer` runtime).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The entry point SwiftPM links an executable target to (`main` is defined as this symbol), so
/// it hands the command line to libFuzzer's driver.
@_cdecl("SwiftletFuzz_main")
public func swiftletFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    _ = FuzzTarget.selected
    return LLVMFuzzerRunDriver(&count, &arguments, { data, size in fuzzerTestOneInput(data, size) })
}
