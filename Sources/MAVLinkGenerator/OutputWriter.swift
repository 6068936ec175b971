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
            try Data(text.utf8).write(to: url, options: .atomic)
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
