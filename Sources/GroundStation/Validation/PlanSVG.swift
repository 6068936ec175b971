import Foundation

/// Draws a plan from above as SVG for a person to check: fence (green inclusion, red exclusion),
/// flight path, numbered waypoints, rally points, home, a scale bar and a north arrow; with a
/// `track` (a flown path, WGS-84 degrees), that too in orange over the plan.
public enum PlanSVG {
    public static func render(_ plan: FlightPlan, track: [GeoPoint] = [], size: Double = 800) -> String {
        let validator = PlanValidator()
        let home = validator.homePoint(plan)
        let frame = LocalFrame(origin: home)
        var pts: [(Double, Double)] = [(0, 0)]
        for item in plan.items where item.hasPosition { let l = frame.local(GeoPoint(latitude: item.latitude, longitude: item.longitude)); pts.append((l.east, l.north)) }
        for r in plan.rally { let l = frame.local(GeoPoint(latitude: r.latitude, longitude: r.longitude)); pts.append((l.east, l.north)) }
        for g in track { let l = frame.local(g); pts.append((l.east, l.north)) }
        for region in plan.fence {
            switch region {
            case .polygon(let vs, _): for v in vs { let l = frame.local(v); pts.append((l.east, l.north)) }
            case .circle(let c, let r, _): let l = frame.local(c); pts += [(l.east - r, l.north - r), (l.east + r, l.north + r)]
            }
        }
        let minE = pts.map(\.0).min()!, maxE = pts.map(\.0).max()!, minN = pts.map(\.1).min()!, maxN = pts.map(\.1).max()!
        let margin = 60.0
        let span = max(maxE - minE, maxN - minN, 20)
        let scale = (size - 2 * margin) / span   // pixels per metre
        func xy(_ g: GeoPoint) -> (Double, Double) {
            let l = frame.local(g)
            return (margin + (l.east - minE) * scale, size - margin - (l.north - minN) * scale)
        }
        func n(_ v: Double) -> String { String(format: "%.1f", v) }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(size))\" height=\"\(Int(size))\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" font-family=\"sans-serif\" font-size=\"12\">\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>\n"
        for region in plan.fence {
            let color = region.isInclusion ? "#2e7d32" : "#c62828"
            switch region {
            case .polygon(let vs, _):
                s += "<polygon points=\"\(vs.map { let p = xy($0); return "\(n(p.0)),\(n(p.1))" }.joined(separator: " "))\" fill=\"\(color)\" fill-opacity=\"0.08\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            case .circle(let c, let r, _):
                let p = xy(c)
                s += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"\(n(r * scale))\" fill=\"\(color)\" fill-opacity=\"0.08\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n"
            }
        }
        let path = validator.flightPath(plan, home: home).map { xy($0.0) }
        s += "<polyline points=\"\(path.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>\n"
        if track.count > 1 {
            s += "<polyline class=\"track\" points=\"\(track.map { let p = xy($0); return "\(n(p.0)),\(n(p.1))" }.joined(separator: " "))\" fill=\"none\" stroke=\"#ef6c00\" stroke-width=\"1.5\"/>\n"
        }
        for (i, item) in plan.items.enumerated() where item.hasPosition && PlanCommand.isNavigation(item.command) {
            let p = xy(GeoPoint(latitude: item.latitude, longitude: item.longitude))
            s += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"9\" fill=\"#1565c0\"/><text x=\"\(n(p.0))\" y=\"\(n(p.1 + 4))\" fill=\"white\" text-anchor=\"middle\" font-size=\"10\">\(i + 1)</text>\n"
        }
        for r in plan.rally {
            let p = xy(GeoPoint(latitude: r.latitude, longitude: r.longitude))
            s += "<rect x=\"\(n(p.0 - 8))\" y=\"\(n(p.1 - 8))\" width=\"16\" height=\"16\" fill=\"#ef6c00\"/><text x=\"\(n(p.0))\" y=\"\(n(p.1 + 4))\" fill=\"white\" text-anchor=\"middle\">R</text>\n"
        }
        let h = xy(home)
        s += "<polygon points=\"\(n(h.0)),\(n(h.1 - 11)) \(n(h.0 - 10)),\(n(h.1 + 8)) \(n(h.0 + 10)),\(n(h.1 + 8))\" fill=\"#6a1b9a\"/><text x=\"\(n(h.0))\" y=\"\(n(h.1 + 6))\" fill=\"white\" text-anchor=\"middle\" font-size=\"10\">H</text>\n"
        // Scale bar: the largest 1-2-5 length up to a quarter of the drawing.
        let target = span / 4
        let p10 = pow(10, floor(log10(target)))
        let bar = [5.0, 2, 1].map { $0 * p10 }.first { $0 <= target } ?? p10
        let y = size - 25
        s += "<line x1=\"\(n(margin))\" y1=\"\(n(y))\" x2=\"\(n(margin + bar * scale))\" y2=\"\(n(y))\" stroke=\"black\" stroke-width=\"3\"/>"
        s += "<text x=\"\(n(margin))\" y=\"\(n(y - 6))\">\(bar >= 1000 ? "\(Int(bar / 1000)) km" : "\(Int(bar)) m")</text>\n"
        s += "<path d=\"M \(n(size - 30)) 20 L \(n(size - 38)) 44 L \(n(size - 22)) 44 Z\" fill=\"black\"/><text x=\"\(n(size - 30))\" y=\"58\" text-anchor=\"middle\">N</text>\n"
        s += "</svg>\n"
        return s
    }
}
