import Testing
@testable import GroundStation

@Suite struct GpsdClientTests {
    @Test func noGpsdIsAClearErrorNotAHang() {
        // Port 1 on loopback has no listener: the open must fail at once with a message naming it.
        let clock = ContinuousClock()
        let start = clock.now
        #expect(throws: GpsdError.self) { _ = try GpsdClient(host: "127.0.0.1", port: "1") }
        do {
            _ = try GpsdClient(host: "127.0.0.1", port: "1")
        } catch {
            #expect(error.description.contains("no gpsd at 127.0.0.1:1"))
        }
        #expect(start.duration(to: clock.now) < .seconds(1))
    }
}
