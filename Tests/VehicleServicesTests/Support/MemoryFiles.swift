import VehicleServices

/// An in-memory file system for FTP tests: full paths to byte arrays, one level of directories.
struct MemoryFiles: VehicleFileSystem {
    var files: [String: [UInt8]] = [:]

    static func string(_ p: FilePath) -> String { p.withBytes { String(decoding: $0, as: UTF8.self) } }
    static func path(_ s: String) -> FilePath { Array(s.utf8).withUnsafeBytes { FilePath($0) } }

    func names(in directory: String) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }

    func entry(_ index: Int, in directory: FilePath) throws(FileError) -> DirectoryEntry? {
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
    mutating func create(_ file: FilePath) throws(FileError) { files[Self.string(file)] = [] }
    mutating func write(_ file: FilePath, at offset: UInt32, _ bytes: UnsafeRawBufferPointer) throws(FileError) {
        let key = Self.string(file)
        guard var f = files[key] else { throw .notFound }
        let end = Int(offset) + bytes.count
        if f.count < end { f += [UInt8](repeating: 0, count: end - f.count) }
        for i in 0..<bytes.count { f[Int(offset) + i] = bytes[i] }
        files[key] = f
    }
    mutating func remove(_ file: FilePath) throws(FileError) {
        guard files.removeValue(forKey: Self.string(file)) != nil else { throw .notFound }
    }
}
