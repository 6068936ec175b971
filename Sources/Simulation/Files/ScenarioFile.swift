import FlightMath

extension Scenario {
    static let fileFields: Set<String> = ["name", "vehicle", "origin", "heading", "date", "wind", "turbulence", "gusts", "at"]

    /// Reads a scenario from the text of a `.scenario` file (format: `sim/scenarios/README.md`).
    /// `file` names the file in errors. Only `origin` is required.
    public init(fileText text: String, file: String) throws(SimulationFileError) {
        let f = KeyValueLines(text: text, file: file)
        try f.rejectUnknown(Self.fileFields)
        func optional(_ key: String) throws(SimulationFileError) -> KeyValueLine? {
            f.lines.contains { $0.key == key } ? try f.single(key) : nil
        }
        var name = file
        if let line = try optional("name") {
            try f.expect(line, count: 1, field: "name", usage: "one word")
            name = String(line.values[0])
        }
        var vehicle: String?
        if let line = try optional("vehicle") {
            try f.expect(line, count: 1, field: "vehicle", usage: "a vehicle file name")
            vehicle = String(line.values[0])
        }
        let originLine = try f.single("origin")
        try f.expect(originLine, count: 3, field: "origin", usage: "latitude° longitude° ground-altitude-m-AMSL")
        let lat = try f.double(originLine, 0, field: "origin"), lon = try f.double(originLine, 1, field: "origin")
        let alt = try f.double(originLine, 2, field: "origin")
        guard abs(lat) <= 90, abs(lon) <= 180, (-500...9000).contains(alt) else {
            throw f.error(originLine, "origin", "latitude, longitude or altitude out of range")
        }
        var heading: Float = 0
        if try optional("heading") != nil { heading = try f.number("heading", in: -360...360) * (Float.pi / 180) }
        var year = 2026.0
        if try optional("date") != nil { year = Double(try f.number("date", in: 2025...2030)) }
        var wind = WindSettings.calm
        if let line = try optional("wind") {
            try f.expect(line, count: 2, field: "wind", usage: "speed-m/s from-direction°")
            wind.meanVelocityNED = WindSettings.from(directionDegrees: try f.float(line, 1, field: "wind", in: -360...360),
                                                     speed: try f.float(line, 0, field: "wind", in: 0...60))
        }
        if let line = try optional("turbulence") {
            try f.expect(line, count: 1, field: "turbulence", usage: "none|light|moderate|severe")
            switch line.values[0] {
            case "none": wind.turbulence = .none
            case "light": wind.turbulence = .light
            case "moderate": wind.turbulence = .moderate
            case "severe": wind.turbulence = .severe
            default: throw f.error(line, "turbulence", "expected none, light, moderate or severe, found '\(line.values[0])'")
            }
        }
        if let line = try optional("gusts") {
            try f.expect(line, count: 3, field: "gusts", usage: "per-second peak-m/s duration-s")
            wind.gustsPerSecond = try f.float(line, 0, field: "gusts", in: 0...10)
            wind.gustPeakMetersPerSecond = try f.float(line, 1, field: "gusts", in: 0...50)
            wind.gustDurationSeconds = try f.float(line, 2, field: "gusts", in: 0.1...60)
        }
        var faults: [ScheduledFault] = []
        for line in f.lines where line.key == "at" {
            faults.append(try Self.fault(line, f))
        }
        self.init(name: name, vehicle: vehicle, origin: GeodeticPosition(latitude: lat, longitude: lon, altitude: alt),
                  heading: heading, decimalYear: year, wind: wind, faults: faults)
    }

    /// `at SECONDS KIND ARGS…`
    static func fault(_ line: KeyValueLine, _ f: KeyValueLines) throws(SimulationFileError) -> ScheduledFault {
        guard line.values.count >= 2 else {
            throw f.error(line, "at", "expected 'at SECONDS FAULT ARGUMENTS…'")
        }
        let time = try f.float(line, 0, field: "at", in: 0...1_000_000)
        let kind = String(line.values[1])
        let field = "at.\(kind)"
        // Arguments start at index 2.
        func args(_ n: Int, _ usage: String) throws(SimulationFileError) {
            guard line.values.count == n + 2 else {
                throw f.error(line, field, "expected \(n) argument\(n == 1 ? "" : "s") (\(usage)), found \(line.values.count - 2)")
            }
        }
        func motor(_ i: Int) throws(SimulationFileError) -> Int {
            guard let m = Int(line.values[i]), (1...8).contains(m) else {
                throw f.error(line, field, "motor must be a number 1…8, found '\(line.values[i])'")
            }
            return m - 1
        }
        let fault: Fault
        switch kind {
        case "gnss_loss":
            try args(1, "seconds")
            fault = .gnssLoss(seconds: try f.float(line, 2, field: field, in: 0...100_000))
        case "gnss_glitch":
            try args(3, "north-m east-m seconds")
            fault = .gnssGlitch(offsetNorth: try f.float(line, 2, field: field), offsetEast: try f.float(line, 3, field: field),
                                seconds: try f.float(line, 4, field: field, in: 0...100_000))
        case "motor_failure":
            try args(1, "motor number 1…8")
            fault = .motorFailure(motor: try motor(2))
        case "motor_efficiency":
            try args(2, "motor-number efficiency-0…1")
            fault = .motorEfficiency(motor: try motor(2), efficiency: try f.float(line, 3, field: field, in: 0...1))
        case "link_loss":
            try args(1, "seconds")
            fault = .linkLoss(seconds: try f.float(line, 2, field: field, in: 0...100_000))
        case "rc_loss":
            try args(1, "seconds")
            fault = .manualControlLoss(seconds: try f.float(line, 2, field: field, in: 0...100_000))
        case "battery_drop":
            try args(1, "fraction of remaining charge 0…1")
            fault = .batteryDrop(fraction: try f.float(line, 2, field: field, in: 0...1))
        case "mag_interference":
            try args(4, "x-gauss y-gauss z-gauss seconds")
            fault = .magInterference(field: Vector3(try f.float(line, 2, field: field, in: -10...10),
                                                    try f.float(line, 3, field: field, in: -10...10),
                                                    try f.float(line, 4, field: field, in: -10...10)),
                                     seconds: try f.float(line, 5, field: field, in: 0...100_000))
        case "accel_bias":
            try args(3, "x-m/s² y-m/s² z-m/s²")
            fault = .accelerometerBias(shift: Vector3(try f.float(line, 2, field: field, in: -100...100),
                                                      try f.float(line, 3, field: field, in: -100...100),
                                                      try f.float(line, 4, field: field, in: -100...100)))
        case "gyro_bias":
            try args(3, "x-rad/s y-rad/s z-rad/s")
            fault = .gyroBias(shift: Vector3(try f.float(line, 2, field: field, in: -10...10),
                                             try f.float(line, 3, field: field, in: -10...10),
                                             try f.float(line, 4, field: field, in: -10...10)))
        default:
            throw f.error(line, "at", "unknown fault '\(kind)' (known: gnss_loss, gnss_glitch, motor_failure, "
                          + "motor_efficiency, link_loss, rc_loss, battery_drop, mag_interference, accel_bias, gyro_bias)")
        }
        return ScheduledFault(timeMicros: UInt64((Double(time) * 1_000_000).rounded()), fault: fault)
    }
}
