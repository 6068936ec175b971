import Foundation

/// Writes generated files into a folder (replacing what was there) or compares them with it.
public enum OutputWriter {
    /// Replaces `folder`'s `.swift` files with `files` (relative path → contents), atomically per file.
    public static func write(_ files: [String: String], to folder: URL) throws {
        let fm = FileManager.default
        for stale in try existing(in: folder) where files[stale] == nil {
            try fm.removeItem(at: folder.appendingPathComponent(stale))
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let old = try? String(contentsOf: url, encoding: .utf8), old == text { continue }
            try replace(url, with: Data(text.utf8))
        }
    }

    /// Writes `data` to a temporary file beside `url`, flushes it and renames it over `url`, so a
    /// reader sees the old file or the new one, never part of one.
    ///
    /// Not `Data.write(options: .atomic)`: on Linux, Foundation stages that write in a fresh
    /// `/tmp/TemporaryDirectory.*` folder and leaves the folder behind, one per file written.
    static func replace(_ url: URL, with data: Data) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            try handle.synchronize()
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path,
                                                              NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Paths that are missing, different or extra in `folder` compared with `files`.
    public static func differences(_ files: [String: String], in folder: URL) throws -> [String] {
        var out: [String] = []
        let present = Set(try existing(in: folder))
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            guard present.contains(path) else { out.append("missing \(path)"); continue }
            let old = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            if old != text { out.append("changed \(path)") }
        }
        for p in present.sorted() where files[p] == nil { out.append("extra \(p)") }
        return out
    }

    static func existing(in folder: URL) throws -> [String] {
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var out: [String] = []
        let base = folder.standardizedFileURL.path
        for case let url as URL in e where url.pathExtension == "swift" {
            out.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return out
    }
}
