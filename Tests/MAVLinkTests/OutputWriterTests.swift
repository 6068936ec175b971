import Foundation
@testable import MAVLinkGenerator
import Testing

/// `mavlink-generate`'s writer: replaces a folder's generated files, leaving nothing else behind.
@Suite struct OutputWriterTests {
    @Test func replacesChangedFilesKeepsUnchangedOnesRemovesStaleOnesAndLeavesNoTemporaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputWriter.write(["A.swift": "a1", "Sub/B.swift": "b1", "Stale.swift": "s"], to: folder)
        let unchanged = folder.appendingPathComponent("Sub/B.swift")
        let before = try FileManager.default.attributesOfItem(atPath: unchanged.path)[.modificationDate] as? Date
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: unchanged.path)

        try OutputWriter.write(["A.swift": "a2", "Sub/B.swift": "b1"], to: folder)

        #expect(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8) == "a2")
        #expect(try String(contentsOf: unchanged, encoding: .utf8) == "b1")
        let after = try FileManager.default.attributesOfItem(atPath: unchanged.path)[.modificationDate] as? Date
        #expect(before != nil && after == Date(timeIntervalSince1970: 1_000_000), "an unchanged file is not rewritten")
        #expect(try OutputWriter.differences(["A.swift": "a2", "Sub/B.swift": "b1"], in: folder).isEmpty)
        let everything = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
        #expect(everything == ["A.swift", "Sub", "Sub/B.swift"], "no temporary or stale files: \(everything)")
    }
}
