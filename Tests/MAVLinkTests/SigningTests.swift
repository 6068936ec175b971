import MAVLinkDialects
import Testing

@Suite struct SigningTests {
    let key = SigningKey((0..<32).map { UInt8($0 * 7 & 0xFF) })!
    let now: UInt64 = 1_750_000_000_000_000 // µs since the Unix epoch

    func signedCommand(_ signer: inout MAVLinkSigner, at micros: UInt64, sequence: UInt8 = 0) throws -> MAVLinkFrame {
        var enc = MAVLinkEncoder(systemID: 255, componentID: 190, signer: signer)
        enc.sequence = sequence
        let f = try enc.frame(CommandLong(targetSystem: 1, targetComponent: 1, command: .componentArmDisarm, param1: 1), unixMicros: micros)
        signer = enc.signer!
        return f
    }

    @Test func signedFrameVerifiesAndItsReplayIsRefused() throws {
        var signer = MAVLinkSigner(key: key, linkID: 1)
        var verifier = SignatureVerifier(key: key)
        let f = try signedCommand(&signer, at: now)
        #expect(f.incompatFlags & MAVLinkFrame.incompatSigned != 0)
        #expect(verifier.verify(f, unixMicros: now) == .acceptedSigned)
        #expect(verifier.verify(f, unixMicros: now) == .rejectedReplay)
        #expect(verifier.counters.rejectedReplay == 1)
    }

    @Test func wrongKeyIsRefused() throws {
        var signer = MAVLinkSigner(key: SigningKey([UInt8](repeating: 9, count: 32))!, linkID: 1)
        var verifier = SignatureVerifier(key: key)
        #expect(verifier.verify(try signedCommand(&signer, at: now), unixMicros: now) == .rejectedBadSignature)
    }

    @Test func tamperedPayloadIsRefused() throws {
        var signer = MAVLinkSigner(key: key, linkID: 1)
        var verifier = SignatureVerifier(key: key)
        var f = try signedCommand(&signer, at: now)
        f.payload[0] ^= 1
        f.checksum = f.computeChecksum(crcExtra: CommandLong.crcExtra)
        #expect(verifier.verify(f, unixMicros: now) == .rejectedBadSignature)
    }

    @Test func newStreamMoreThanAMinuteOldIsStale() throws {
        var signer = MAVLinkSigner(key: key, linkID: 1)
        var verifier = SignatureVerifier(key: key)
        let old = try signedCommand(&signer, at: now - 61_000_000)
        #expect(verifier.verify(old, unixMicros: now) == .rejectedStale)
        var fresh = MAVLinkSigner(key: key, linkID: 2)
        #expect(verifier.verify(try signedCommand(&fresh, at: now - 59_000_000), unixMicros: now) == .acceptedSigned)
    }

    @Test func unsignedFramesFollowThePolicy() throws {
        var enc = MAVLinkEncoder(systemID: 255, componentID: 190)
        let command = try enc.frame(CommandLong(command: .componentArmDisarm))
        let radio = try enc.frame(RadioStatus(rssi: 100))
        var strict = SignatureVerifier(key: key)
        #expect(strict.verify(command, unixMicros: now) == .rejectedUnsigned)
        #expect(strict.verify(radio, unixMicros: now) == .acceptedUnsigned)
        var lenient = SignatureVerifier(key: key, acceptUnsigned: true)
        #expect(lenient.verify(command, unixMicros: now) == .acceptedUnsigned)
    }

    @Test func timestampsStrictlyIncreaseEvenWhenTheClockStalls() throws {
        var signer = MAVLinkSigner(key: key, linkID: 1)
        let a = try signedCommand(&signer, at: now), b = try signedCommand(&signer, at: now)
        #expect(b.signature!.timestamp == a.signature!.timestamp + 1)
        #expect(a.signature!.timestamp == (now - 1_420_070_400_000_000) / 10)
    }

    @Test func keyNeverShowsInDescriptions() {
        #expect("\(key)" == "SigningKey(<hidden>)")
    }
}

@Suite struct HashTests {
    func hex(_ d: InlineArray<32, UInt8>) -> String {
        (0..<32).map { let s = String(d[$0], radix: 16); return s.count == 1 ? "0" + s : s }.joined()
    }

    @Test func sha256MatchesTheFIPSExamples() {
        #expect(hex([UInt8]("abc".utf8).withUnsafeBytes { SHA256.hash($0) })
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex([UInt8]().withUnsafeBytes { SHA256.hash($0) })
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(hex([UInt8](two.utf8).withUnsafeBytes { SHA256.hash($0) })
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(hex(million.withUnsafeBytes { SHA256.hash($0) })
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func incrementalUpdatesEqualOneShot() {
        let data = (0..<1000).map { UInt8(truncatingIfNeeded: $0 * 31) }
        var s = SHA256()
        var i = 0
        for n in [1, 63, 64, 65, 7, 300, 500] { data[i..<min(1000, i + n)].withUnsafeBytes { s.update($0) }; i = min(1000, i + n) }
        var out = InlineArray<32, UInt8>(repeating: 0)
        withUnsafeMutableBytes(of: &out) { s.finalize(into: $0) }
        #expect(hex(out) == hex(data.withUnsafeBytes { SHA256.hash($0) }))
    }

    @Test func slicedCRCEqualsBytewiseCRC() {
        var rng = TestRNG(seed: 5)
        // Every length up to 40 exercises each path: eight-byte blocks, the four-byte step, the tail.
        for n in Array(0...40) + [100, 263] {
            let data = (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            var bytewise = CRC16()
            for b in data { bytewise.accumulate(b) }
            #expect(data.withUnsafeBytes { CRC16.checksum($0) } == bytewise.value)
        }
    }
}
