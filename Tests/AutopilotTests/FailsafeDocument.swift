import FlightCore
import Foundation

/// The "Failsafes in SITL flights" table of docs/FAILSAFES.md, read so that `FailsafeFlightTests`
/// injects the faults and expects the commander events exactly as the document states them.
///
/// A row: `| `case` | `scenario fault` or — | `event`, `event`, … |`; events are written
/// `failsafe(trigger, action)`, `failsafeCleared(trigger)`, `modeChanged(mode)`, `landed`,
/// `disarmed(reason)`, with `return` for `returnToLaunch`.
struct FailsafeDocument {
    struct Row {
        /// The scenario-file fault arguments after `at SECONDS` (nil: none, the flight breaches the fence).
        var fault: String?
        var events: [CommanderEvent]
    }

    var rows: [String: Row] = [:]

    static let shared: FailsafeDocument = {
        let url = SITLFixtures.repoRoot.appendingPathComponent("docs/FAILSAFES.md")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return FailsafeDocument(markdown: text)
    }()

    init(markdown: String) {
        var inSection = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { inSection = line.contains("Failsafes in SITL flights") }
            guard inSection, line.hasPrefix("| `") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let fault = cells[1].hasPrefix("`") ? cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")) : nil
            let events = cells[2].components(separatedBy: "`, `").map {
                Self.event($0.trimmingCharacters(in: CharacterSet(charactersIn: "`")))
            }
            rows[name] = Row(fault: fault, events: events.compactMap { $0 })
            if events.contains(where: { $0 == nil }) { rows[name]?.events = [] }   // unreadable: fails the test
        }
    }

    static func event(_ text: String) -> CommanderEvent? {
        let open = text.firstIndex(of: "(")
        let head = open.map { String(text[..<$0]) } ?? text
        let args = open.map { text[text.index(after: $0)...].dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        func named<T>(_ name: String, _ all: [T]) -> T? {
            let wanted = name == "return" ? "returnToLaunch" : name
            return all.first { "\($0)" == wanted }
        }
        let reasons = (UInt8(0)...UInt8(16)).compactMap(DisarmReason.init(rawValue:))
        switch (head, args.count) {
        case ("landed", 0): return .landed
        case ("failsafe", 2):
            guard let t = named(args[0], FailsafeTrigger.allCases), let a = named(args[1], FailsafeAction.allCases) else { return nil }
            return .failsafe(t, a)
        case ("failsafeCleared", 1): return named(args[0], FailsafeTrigger.allCases).map { .failsafeCleared($0) }
        case ("modeChanged", 1): return named(args[0], FlightMode.allCases).map { .modeChanged($0) }
        case ("disarmed", 1): return named(args[0], reasons).map { .disarmed($0) }
        default: return nil
        }
    }
}
