import FlightMath

extension Airframe {
    static let fileFields: Set<String> = [
        "name", "mass", "inertia", "motor", "thrust_coefficient", "torque_coefficient", "max_speed",
        "time_constant", "thrust_curve", "body_drag", "rotor_drag", "gear_height", "ground_friction",
        "crash_speed", "tip_over_angle", "battery_cells", "battery_capacity", "battery_resistance",
        "idle_current", "powertrain_efficiency", "vibration_accel", "vibration_gyro", "reference_voltage",
    ]

    /// Reads an airframe from the text of a `.vehicle` file (format: `sim/vehicles/README.md`).
    /// `file` names the file in errors.
    public init(fileText text: String, file: String) throws(SimulationFileError) {
        let f = KeyValueLines(text: text, file: file)
        try f.rejectUnknown(Self.fileFields)
        let nameLine = try f.single("name")
        try f.expect(nameLine, count: 1, field: "name", usage: "one word")
        let kT = try f.number("thrust_coefficient", in: 1e-9...1e-2)
        let kQ = try f.number("torque_coefficient", in: 1e-12...1e-3)
        let maxSpeed = try f.number("max_speed", in: 10...20_000)
        let tau = try f.number("time_constant", in: 0.001...1)
        let curve = try f.number("thrust_curve", in: 0...1)
        var rotors: [RotorSpec] = []
        for line in f.lines where line.key == "motor" {
            try f.expect(line, count: 4, field: "motor", usage: "x y z ccw|cw")
            let p = Vector3(try f.float(line, 0, field: "motor", in: -5...5), try f.float(line, 1, field: "motor", in: -5...5),
                            try f.float(line, 2, field: "motor", in: -5...5))
            let spin: SpinDirection
            switch line.values[3].lowercased() {
            case "ccw": spin = .counterClockwise
            case "cw": spin = .clockwise
            default: throw f.error(line, "motor", "spin must be 'ccw' or 'cw', found '\(line.values[3])'")
            }
            rotors.append(RotorSpec(position: p, spin: spin, thrustCoefficient: kT, torqueCoefficient: kQ,
                                    maxSpeed: maxSpeed, timeConstant: tau, thrustCurveFactor: curve))
        }
        guard (1...8).contains(rotors.count) else {
            throw f.error(f.lines.last { $0.key == "motor" }, "motor", "expected 1 to 8 motor lines, found \(rotors.count)")
        }
        let cellsLine = try f.single("battery_cells")
        try f.expect(cellsLine, count: 1, field: "battery_cells", usage: "cells in series")
        guard let cells = Int(cellsLine.values[0]), (1...14).contains(cells) else {
            throw f.error(cellsLine, "battery_cells", "expected a whole number 1…14, found '\(cellsLine.values[0])'")
        }
        let battery = BatterySpec(
            cellCount: cells,
            capacityAmpHours: try f.number("battery_capacity", in: 0.05...100),
            internalResistanceOhms: try f.number("battery_resistance", in: 0...2),
            idleCurrentAmps: try f.number("idle_current", in: 0...20),
            powertrainEfficiency: try f.number("powertrain_efficiency", in: 0.1...1))
        var referenceVoltage: Float?
        if f.lines.contains(where: { $0.key == "reference_voltage" }) {
            referenceVoltage = try f.number("reference_voltage", in: 1...100)
        }
        self.init(
            name: String(nameLine.values[0]),
            mass: try f.number("mass", in: 0.01...100),
            inertia: try f.vector("inertia", in: 1e-6...100),
            rotors: rotors,
            bodyDragArea: try f.vector("body_drag", in: 0...10),
            rotorDragCoefficient: try f.number("rotor_drag", in: 0...1),
            gearHeight: try f.number("gear_height", in: 0...2),
            groundFriction: try f.number("ground_friction", in: 0...3),
            crashSpeed: try f.number("crash_speed", in: 0.1...50),
            tipOverAngle: try f.number("tip_over_angle", in: 1...90) * (Float.pi / 180),
            battery: battery,
            vibrationAccel: try f.number("vibration_accel", in: 0...100),
            vibrationGyro: try f.number("vibration_gyro", in: 0...10),
            referenceVoltage: referenceVoltage)
    }
}
