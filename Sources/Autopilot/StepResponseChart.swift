import Foundation

/// An SVG line chart of attitude step responses, for the documentation (`docs/step-responses.svg`
/// from the rotational model, `docs/sitl-step-responses.svg` from SITL flights).
public enum StepResponseChart {
    /// One response: a label and (seconds from the step, degrees) samples.
    public struct Curve: Sendable {
        public var label: String
        public var points: [(time: Float, degrees: Float)]
        public init(label: String, points: [(time: Float, degrees: Float)]) { self.label = label; self.points = points }
    }

    /// Draws `curves` from `start` to `end` seconds (time 0 = the step) with the step target
    /// `stepDegrees`, its ±5 % band and a marker at `deadline` seconds (the settling requirement).
    public static func svg(title: String, curves: [Curve], stepDegrees: Float, start: Float = 0, end: Float,
                           deadline: Float = 0.3) -> String {
        let width: Float = 640, height: Float = 360, left: Float = 50, right: Float = 150, top: Float = 20, bottom: Float = 40
        let plotW = width - left - right, plotH = height - top - bottom
        // The lower end in whole 5° steps, so the grid labels stay round.
        let yMin = (min(0, curves.flatMap { $0.points.map(\.degrees) }.min() ?? 0) / 5).rounded(.down) * 5
        let yMax = stepDegrees * 1.25
        func x(_ t: Float) -> Float { left + (t - start) / (end - start) * plotW }
        func y(_ d: Float) -> Float { top + (1 - (d - yMin) / (yMax - yMin)) * plotH }
        func f(_ v: Float) -> String { String(format: "%.1f", Double(v)) }
        func line(_ x1: Float, _ y1: Float, _ x2: Float, _ y2: Float, _ style: String) -> String {
            "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" \(style)/>\n"
        }
        let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(f(left))\" y=\"14\">\(title)</text>\n"
        // Axes, the target, the ±5 % band and the settling deadline.
        out += line(left, y(yMin), left + plotW, y(yMin), "stroke=\"black\"")
        out += line(left, top, left, y(yMin), "stroke=\"black\"")
        if yMin < 0 { out += line(left, y(0), left + plotW, y(0), "stroke=\"#ccc\"") }
        for band in [0.95, 1.0, 1.05] as [Float] {
            out += line(left, y(stepDegrees * band), left + plotW, y(stepDegrees * band),
                        "stroke=\"#999\" stroke-dasharray=\"\(band == 1 ? "6,3" : "2,3")\"")
        }
        out += line(x(deadline), top, x(deadline), y(yMin), "stroke=\"#999\" stroke-dasharray=\"2,3\"")
        for t in stride(from: (start * 10).rounded(.up) / 10, through: end + 0.001, by: 0.1) {
            out += "<text x=\"\(f(x(t) - 8))\" y=\"\(f(y(yMin) + 15))\">\(f(t))</text>\n"
        }
        for d in stride(from: yMin, through: yMax, by: 5) {
            out += "<text x=\"\(f(left - 25))\" y=\"\(f(y(d) + 4))\">\(Int(d))°</text>\n"
        }
        out += "<text x=\"\(f(left + plotW / 2 - 20))\" y=\"\(f(height - 5))\">time, s</text>\n"
        for (i, curve) in curves.enumerated() {
            let colour = colours[i % colours.count]
            let points = curve.points.filter { $0.time >= start && $0.time <= end }
                .map { "\(f(x($0.time))),\(f(y($0.degrees)))" }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.5\" points=\"\(points)\"/>\n"
            out += "<text x=\"\(f(left + plotW + 10))\" y=\"\(f(top + 20 + Float(i) * 18))\" fill=\"\(colour)\">\(curve.label)</text>\n"
        }
        return out + "</svg>\n"
    }
}
