import Foundation

/// Runs blocking work (waiting for a child process, reading a pipe to its end, polling a folder)
/// on a thread of its own and suspends the caller until it finishes.
///
/// Swift concurrency has one cooperative thread per core, two on CI, and every test in the bundle
/// shares them. A test that blocks one of them for the length of a simulated flight stalls all the
/// others: their wall-clock deadlines then expire while their tasks wait for a thread (seen in CI as
/// several tests finishing at the same instant and a TCP test missing a 30 s deadline).
public func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try body() }) }
        thread.stackSize = 1 << 20
        thread.start()
    }
}

/// What a finished child process printed and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status, or the signal number when `reason` is `.uncaughtSignal`.
    public var status: Int32
    public var reason: Process.TerminationReason
    public var out: Data
    public var err: Data

    /// Standard output as UTF-8 text.
    public var outText: String { String(decoding: out, as: UTF8.self) }
    /// Standard error as UTF-8 text.
    public var errText: String { String(decoding: err, as: UTF8.self) }
}

/// Runs a child process to its end on threads of its own, reading standard output and standard
/// error at the same time (so neither pipe can fill and stall the child).
///
/// - Parameters:
///   - executable: the program.
///   - arguments: its arguments.
///   - directory: its working directory; the caller's when `nil`.
///   - environment: its environment; the caller's when `nil`.
///   - captureErr: `false` leaves standard error on the test's own, for progress a human can read.
public func runProcess(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                       environment: [String: String]? = nil, captureErr: Bool = true) async throws -> ProcessOutput {
    try await onOwnThread {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        if let directory { p.currentDirectoryURL = directory }
        if let environment { p.environment = environment }
        p.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        if captureErr { p.standardError = err }
        try p.run()
        let errBox = DataBox()
        let errReader = Thread { errBox.set(captureErr ? err.fileHandleForReading.readDataToEndOfFile() : Data()) }
        errReader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return ProcessOutput(status: p.terminationStatus, reason: p.terminationReason, out: outData, err: errBox.wait())
    }
}

/// One `Data` handed from a reader thread to the thread that waits for it.
private final class DataBox: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock(); data = value; condition.signal(); condition.unlock()
    }

    func wait() -> Data {
        condition.lock(); defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data!
    }
}
