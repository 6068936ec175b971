import VehicleServices

/// An in-memory file system for FTP tests: full paths to byte arrays, one level of directories.
struct MemoryFiles: VehicleFileSystem {
    var files: [String: [UInt8]] = [:]
    /// Counts `entry` calls, shared by every copy of this value (a server is handed copies).
    final class Counter: @unchecked Sendable { var value = 0 }
    let entryLookups = Counter()

    static func string(_ p: FilePath) -> String { p.withBytes { String(decoding: $0, as: UTF8.self) } }
    static func path(_ s: String) -> FilePath { Array(s.utf8).withUnsafeBytes { FilePath($0) } }

    func names(in directory: String) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? {
        entryLookups.value += 1
        let dir = Self.string(directory)
        let names = names(in: dir)
        guard !names.isEmpty else { throw .notFound }
        guard index < names.count else { return nil }
        let full = (dir.hasSuffix("/") ? dir : dir + "/") + names[index]
        return DirectoryEntry(name: Self.path(names[index]), size: UInt32(files[full]!.count), isDirectory: false)
    }
    func size(of file: FilePath) throws(FileError) -> UInt32 {
        guard let f = files[Self.string(file)] else { throw .notFound }
        return UInt32(f.count)
    }
    func read(_ file: FilePath, at offset: UInt32, into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
        guard let f = files[Self.string(file)] else { throw .notFound }
        let start = min(Int(offset), f.count), n = min(buffer.count, f.count - start)
        for i in 0..<n { buffer[i] = f[start + i] }
        return n
    }
    /// Files being written, visible under their name only once `endWriting(keep: true)`.
    var parts: [String: [UInt8]] = [:]
    /// `write` calls so far.
    var writes = 0
    /// Empty directories made by `createDirectory`.
    var directories: Set<String> = []

    mutating func beginWriting(_ file: FilePath, truncate: Bool) throws(FileError) -> UInt32 {
        let key = Self.string(file)
        parts[key] = truncate ? [] : files[key] ?? []
        return UInt32(parts[key]!.count)
    }
    mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) {
        let key = Self.string(file)
        guard var f = parts[key] else { throw .notFound }
        writes += 1
        let end = Int(offset) + bytes.count
        if f.count < end { f += [UInt8](repeating: 0, count: end - f.count) }
        for i in 0..<bytes.count { f[Int(offset) + i] = bytes[i] }
        parts[key] = f
    }
    mutating func endWriting(_ file: FilePath, keep: Bool) throws(FileError) {
        let key = Self.string(file)
        guard let f = parts.removeValue(forKey: key) else { throw .notFound }
        if keep { files[key] = f }
    }
    mutating func remove(_ file: FilePath) throws(FileError) {
        guard files.removeValue(forKey: Self.string(file)) != nil else { throw .notFound }
    }
    mutating func truncate(_ file: FilePath, to length: UInt32) throws(FileError) {
        let key = Self.string(file)
        guard var f = files[key] else { throw .notFound }
        f = Array(f.prefix(Int(length))) + [UInt8](repeating: 0, count: max(0, Int(length) - f.count))
        files[key] = f
    }
    mutating func rename(_ source: FilePath, to destination: FilePath) throws(FileError) {
        guard let f = files.removeValue(forKey: Self.string(source)) else { throw .notFound }
        files[Self.string(destination)] = f
    }
    mutating func createDirectory(_ directory: FilePath) throws(FileError) {
        guard directories.insert(Self.string(directory)).inserted else { throw .exists }
    }
    mutating func removeDirectory(_ directory: FilePath) throws(FileError) {
        let key = Self.string(directory)
        guard directories.contains(key) else { throw .notFound }
        guard names(in: key).isEmpty else { throw .failedErrno(39) }
        directories.remove(key)
    }
}
