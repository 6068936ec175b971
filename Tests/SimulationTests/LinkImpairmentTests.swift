import Testing
@testable import Simulation

@Suite struct LinkImpairmentTests {
    /// Sends `count` packets of `size` bytes, one every `interval`, and delivers until all are due.
    static func pump(_ link: inout LinkImpairment, count: Int, size: Int = 20, interval: Duration = .milliseconds(10))
        -> [(at: Duration, bytes: [UInt8])] {
        var out: [(Duration, [UInt8])] = []
        var now = Duration.zero
        for i in 0..<count {
            link.send((0..<size).map { UInt8(truncatingIfNeeded: $0 &+ i) }, at: now)
            link.deliver(until: now) { out.append((now, $0)) }
            now += interval
        }
        while let next = link.nextDelivery {
            now = next
            link.deliver(until: now) { out.append((now, $0)) }
        }
        return out
    }

    @Test func aPerfectLinkDeliversEverythingAtOnceInOrder() {
        var link = LinkImpairment(.ideal, seed: 1)
        let got = Self.pump(&link, count: 100)
        #expect(got.count == 100)
        #expect(got.enumerated().allSatisfy { i, p in p.bytes.first == UInt8(i) && p.at == .milliseconds(10 * i) })
        #expect(link.counters.delivered == 100 && link.counters.lost == 0)
    }

    @Test func lossDuplicationCorruptionAndReorderingHappenAtTheirRates() {
        let settings = LinkImpairment.Settings(loss: 0.2, duplicate: 0.1, reorder: 0.1, reorderWindow: .milliseconds(100),
                                               delay: .milliseconds(50), corrupt: 0.05)
        var link = LinkImpairment(settings, seed: 7)
        let got = Self.pump(&link, count: 20_000)
        let c = link.counters
        #expect(abs(Double(c.lost) / 20_000 - 0.2) < 0.015)
        let survivors = 20_000 - c.lost
        #expect(abs(Double(c.duplicated) / Double(survivors) - 0.1) < 0.015)
        #expect(abs(Double(c.reordered) / Double(survivors) - 0.1) < 0.015)
        #expect(abs(Double(c.corrupted) / Double(survivors) - 0.05) < 0.01)
        #expect(got.count == survivors + c.duplicated)
        // Reordered packets really arrive after later ones.
        let firstBytes = got.map(\.bytes).map { Int($0[1]) &- 1 }
        #expect(zip(firstBytes, firstBytes.dropFirst()).contains { $0 > $1 })
        // A corrupted packet differs from what was sent in exactly one bit.
        let flipped = got.filter { p in
            let i = Int(p.bytes[0])
            return (0..<20).map { UInt8(truncatingIfNeeded: $0 &+ i) } != p.bytes
        }
        #expect(!flipped.isEmpty)
        for p in flipped.prefix(40) {
            // Byte 0 may be the damaged one: compare with every packet that could have been sent.
            let sentGuesses = (0..<256).map { k in (0..<20).map { UInt8(truncatingIfNeeded: $0 &+ k) } }
            let bits = sentGuesses.map { s in zip(s, p.bytes).reduce(0) { $0 + ($1.0 ^ $1.1).nonzeroBitCount } }.min()
            #expect(bits == 1)
        }
    }

    @Test func theLineRateSpacesPacketsAndAFullBufferDrops() {
        // 57600 baud, 10 bits per byte: a 48-byte packet takes 8.33 ms on the line.
        let settings = LinkImpairment.Settings(delay: .milliseconds(100), baud: 57_600, queueLimit: 480)
        var link = LinkImpairment(settings, seed: 1)
        var arrivals: [Duration] = []
        for _ in 0..<20 { link.send([UInt8](repeating: 0xAA, count: 48), at: .zero) }
        while let next = link.nextDelivery { link.deliver(until: next) { _ in arrivals.append(next) } }
        // 10 fit in the 480-byte buffer (the first leaves the queue as it is sent), the rest overflow.
        #expect(link.counters.overflowed == 20 - arrivals.count)
        #expect(arrivals.count == 10)
        let perPacket = Duration.nanoseconds(48 * 10 * 1_000_000_000 / 57_600)
        for (i, t) in arrivals.enumerated() {
            #expect(t == .milliseconds(100) + perPacket * (i + 1))
        }
    }

    @Test func theSameSeedGivesTheSamePatternAndOneSettingDoesNotReshuffleAnother() {
        let base = LinkImpairment.Settings(loss: 0.3, delay: .milliseconds(20), jitter: .milliseconds(10))
        var a = LinkImpairment(base, seed: 42), b = LinkImpairment(base, seed: 42)
        let ra = Self.pump(&a, count: 500), rb = Self.pump(&b, count: 500)
        #expect(ra.map(\.at) == rb.map(\.at) && ra.map(\.bytes) == rb.map(\.bytes))
        // Adding duplication keeps exactly the same packets lost.
        var withDuplicates = base
        withDuplicates.duplicate = 0.5
        var c = LinkImpairment(withDuplicates, seed: 42)
        let rc = Self.pump(&c, count: 500)
        #expect(Set(rc.map(\.bytes)) == Set(ra.map(\.bytes)))
        var d = LinkImpairment(base, seed: 43)
        #expect(Self.pump(&d, count: 500).map(\.bytes) != ra.map(\.bytes))
    }

    @Test func settingsOutOfRangeAreNamed() {
        #expect(LinkImpairment.Settings(loss: 1.5).problem?.contains("loss") == true)
        #expect(LinkImpairment.Settings(delay: .milliseconds(-1)).problem != nil)
        #expect(LinkImpairment.Settings(baud: -2).problem != nil)
        #expect(LinkImpairment.Settings(loss: 0.3, baud: 57_600).problem == nil)
    }
}
