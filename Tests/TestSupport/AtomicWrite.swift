import Foundation

/// Writes `text` as UTF-8 to a temporary file beside `url` and renames it over `url`.
///
/// What `String.write(to:atomically: true)` promises, without its side effect on Linux: Foundation
/// stages such a write in a new `/tmp/TemporaryDirectory.*` folder and never removes the folder.
public func writeAtomically(_ text: String, to url: URL) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    try text.write(to: temporary, atomically: false, encoding: .utf8)
    guard rename(temporary.path, url.path) == 0 else {
        let code = errno
        try? FileManager.default.removeItem(at: temporary)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
}
