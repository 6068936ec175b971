import Foundation

/// Transfer progress for people: a redrawn bar on a terminal, a line per tenth otherwise, nothing
/// with `--json` (the JSON result is the output then).
struct ProgressLine {
    let label: String
    let quiet: Bool
    let terminal = isatty(STDERR_FILENO) == 1
    var lastTenth = -1

    init(_ label: String, quiet: Bool) { self.label = label; self.quiet = quiet }

    mutating func update(_ done: Int, of total: Int) {
        guard !quiet, total > 0 else { return }
        let fraction = Double(min(done, total)) / Double(total)
        if terminal {
            let width = 30, filled = Int(fraction * Double(width))
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)".utf8))
            if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let tenth = Int(fraction * 10)
            if done > 0, tenth != lastTenth { lastTenth = tenth; FileHandle.standardError.write(Data("\(label): \(done)/\(total)\n".utf8)) }
        }
    }

    /// Ends a bar left unfinished (a failed transfer), so the next output starts on its own line.
    func end() { if !quiet && terminal { FileHandle.standardError.write(Data("\n".utf8)) } }
}
