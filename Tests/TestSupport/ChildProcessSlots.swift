import Testing

/// A first-come, first-served limit on how many tests that run child processes (simulated
/// vehicles, peers, CLI runs) run at once.
///
/// Swift Testing starts every test at the same time. While children were waited for on the
/// cooperative threads, those threads (one per core) also capped how many such tests ran; waited
/// for on threads of their own (`onOwnThread`), nothing would, and dozens of vehicles and peers
/// would share two cores (measured: a CLI call that answers in 0.1 s took 134 s, and flights
/// failed). Waiting for a slot suspends the test without holding a thread. Tests take slots
/// through the `.childProcesses` trait.
public actor ChildProcessSlots {
    /// The bundle's slots: two, one per core of a CI machine.
    public static let shared = ChildProcessSlots(limit: 2)

    private let limit: Int
    private var inUse = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// `limit`: how many children may run at once.
    public init(limit: Int) { self.limit = limit }

    /// Waits for a free slot and takes it; give it back with `release()`.
    public func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back, handing it straight to the longest waiter if there is one.
    public func release() {
        if waiting.isEmpty {
            inUse -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }

    /// Runs `body` holding a slot.
    public nonisolated func holding<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await acquire()
        do {
            let result = try await body()
            await release()
            return result
        } catch {
            await release()
            throw error
        }
    }
}

/// Runs each test of the suite (or the test) it is attached to while holding one of
/// `ChildProcessSlots.shared`'s slots: `@Suite(.childProcesses)`.
public struct ChildProcessesTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    /// One scope per test case: never for a suite or a whole parameterised test, so a test never
    /// takes two slots (which could deadlock).
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? {
        testCase == nil ? nil : self
    }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        try await ChildProcessSlots.shared.holding(function)
    }
}

extension Trait where Self == ChildProcessesTrait {
    /// The test runs child processes: it waits for one of the bundle's few slots first.
    public static var childProcesses: Self { ChildProcessesTrait() }
}
