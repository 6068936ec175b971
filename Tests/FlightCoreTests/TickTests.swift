import Testing
@testable import FlightCore

@Suite struct TickTests {
    @Test func secondsSinceIsSignedAndInSeconds() {
        let a = Tick(micros: 1_000_000), b = Tick(micros: 3_500_000)
        #expect(b.seconds(since: a) == 2.5)
        #expect(a.seconds(since: b) == -2.5)
        #expect(a < b)
    }
}
