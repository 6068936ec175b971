import Foundation

/// An SVG overview of one flight log (`swiftlet plot`): the path from above (planned, i.e. the
/// position setpoints, against the estimate), then altitude, attitude and battery over time,
/// with failsafes and other warnings marked as red lines at their time.
public enum FlightLogChart {
    /// One panel's curve: label, colour, (seconds since the log start, value) samples.
    struct Curve { var label: String; var colour: String; var points: [(Double, Double)]; var dashed = false }

    static let width = 900.0, left = 60.0, right = 130.0

    /// The SVG document for `log`; `title` heads it (e.g. the file name).
    public static func svg(_ log: ULogContents, title: String) -> String {
        let t0 = log.start
        func seconds(_ t: UInt64) -> Double { Double(t &- t0) / 1e6 }
        func series(_ topic: String, _ field: String, scale: Double = 1) -> [(Double, Double)] {
            guard let s = log.topics[topic] else { return [] }
            return zip(s.timestamps, s[field]).compactMap { $1.isFinite ? (seconds($0), $1 * scale) : nil }
        }
        func xy(_ topic: String) -> [(Double, Double)] {   // (east, north)
            guard let s = log.topics[topic] else { return [] }
            return zip(s["y"], s["x"]).filter { $0.isFinite && $1.isFinite }
        }
        func attitude(_ axis: Int) -> [(Double, Double)] {
            guard let s = log.topics["vehicle_attitude"],
                  (0..<4).allSatisfy({ s["q[\($0)]"].count == s.timestamps.count }) else { return [] }
            return s.timestamps.indices.map { i in
                let w = s["q[0]"][i], x = s["q[1]"][i], y = s["q[2]"][i], z = s["q[3]"][i]
                let v: Double
                switch axis {
                case 0: v = atan2(2 * (w * x + y * z), 1 - 2 * (x * x + y * y))
                case 1: v = asin(max(-1, min(1, 2 * (w * y - z * x))))
                default: v = atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z))
                }
                return (seconds(s.timestamps[i]), v * 180 / .pi)
            }
        }
        let end = max(1, log.topics.values.compactMap { $0.timestamps.last.map(seconds) }.max() ?? 1)
        let warnings = log.logged.filter { $0.level <= 4 || $0.text.hasPrefix("Failsafe") }.map { (seconds($0.timestamp), $0.text) }

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"1180\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n<text x=\"\(left)\" y=\"16\" font-size=\"14\">\(escape(title))</text>\n"
        out += map(planned: xy("vehicle_local_position_setpoint"), flown: xy("vehicle_local_position"), top: 30, height: 460)
        out += panel("altitude above the origin, m", top: 520, end: end, warnings: warnings, curves: [
            Curve(label: "setpoint", colour: "#999", points: series("vehicle_local_position_setpoint", "z", scale: -1), dashed: true),
            Curve(label: "estimate", colour: "#1f77b4", points: series("vehicle_local_position", "z", scale: -1)),
            Curve(label: "truth", colour: "#2ca02c", points: series("vehicle_local_position_groundtruth", "z", scale: -1)),
        ])
        out += panel("attitude, degrees", top: 740, end: end, warnings: warnings, curves: [
            Curve(label: "roll", colour: "#1f77b4", points: attitude(0)),
            Curve(label: "pitch", colour: "#ff7f0e", points: attitude(1)),
            Curve(label: "yaw", colour: "#2ca02c", points: attitude(2)),
        ])
        out += panel("battery, V", top: 960, end: end, warnings: warnings, curves: [
            Curve(label: "voltage", colour: "#9467bd", points: series("battery_status", "voltage_v")),
        ])
        return out + "</svg>\n"
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    static func polyline(_ points: [(Double, Double)], colour: String, dashed: Bool) -> String {
        let p = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        return "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\"\(dashed ? " stroke-dasharray=\"5,3\"" : "") points=\"\(p)\"/>\n"
    }

    /// The path from above, north up, equal scales.
    static func map(planned: [(Double, Double)], flown: [(Double, Double)], top: Double, height: Double) -> String {
        let all = planned + flown
        let minE = (all.map(\.0).min() ?? 0) - 5, maxE = (all.map(\.0).max() ?? 0) + 5
        let minN = (all.map(\.1).min() ?? 0) - 5, maxN = (all.map(\.1).max() ?? 0) + 5
        let plotW = width - left - right
        let scale = min(plotW / (maxE - minE), height / (maxN - minN))
        func pt(_ p: (Double, Double)) -> (Double, Double) { (left + (p.0 - minE) * scale, top + height - (p.1 - minN) * scale) }
        var out = "<text x=\"\(left)\" y=\"\(f(top + 12))\">path from above (north up), m; origin = estimator origin</text>\n"
        out += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(f((maxE - minE) * scale))\" height=\"\(f((maxN - minN) * scale))\" fill=\"none\" stroke=\"#ccc\"/>\n"
        out += polyline(planned.map(pt), colour: "#999", dashed: true)
        out += polyline(flown.map(pt), colour: "#1f77b4", dashed: false)
        out += "<text x=\"\(f(width - right + 10))\" y=\"\(f(top + 30))\" fill=\"#999\">planned</text>\n"
        out += "<text x=\"\(f(width - right + 10))\" y=\"\(f(top + 48))\" fill=\"#1f77b4\">flown</text>\n"
        return out
    }

    /// A time-series panel with its own value range; warnings as red vertical lines.
    static func panel(_ title: String, top: Double, end: Double, warnings: [(Double, String)], curves: [Curve]) -> String {
        let height = 180.0, plotW = width - left - right
        let values = curves.flatMap { $0.points.map(\.1) }
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if hi - lo < 1e-6 { lo -= 1; hi += 1 }
        func x(_ t: Double) -> Double { left + t / end * plotW }
        func y(_ v: Double) -> Double { top + 20 + (1 - (v - lo) / (hi - lo)) * (height - 30) }
        var out = "<text x=\"\(left)\" y=\"\(f(top + 12))\">\(escape(title))</text>\n"
        out += "<rect x=\"\(left)\" y=\"\(f(top + 20))\" width=\"\(f(plotW))\" height=\"\(f(height - 30))\" fill=\"none\" stroke=\"#ccc\"/>\n"
        out += "<text x=\"\(f(left - 55))\" y=\"\(f(y(hi) + 4))\">\(f(hi))</text>\n<text x=\"\(f(left - 55))\" y=\"\(f(y(lo) + 4))\">\(f(lo))</text>\n"
        out += "<text x=\"\(f(left + plotW - 60))\" y=\"\(f(top + height + 4))\">\(f(end)) s</text>\n"
        for (t, text) in warnings {
            out += "<line class=\"warning\" x1=\"\(f(x(t)))\" y1=\"\(f(top + 20))\" x2=\"\(f(x(t)))\" y2=\"\(f(top + height - 10))\" stroke=\"#d62728\"><title>\(escape(text))</title></line>\n"
        }
        for (i, c) in curves.enumerated() where !c.points.isEmpty {
            out += polyline(c.points.map { (x($0.0), y($0.1)) }, colour: c.colour, dashed: c.dashed)
            out += "<text x=\"\(f(width - right + 10))\" y=\"\(f(top + 34 + Double(i) * 16))\" fill=\"\(c.colour)\">\(c.label)</text>\n"
        }
        return out
    }
}
