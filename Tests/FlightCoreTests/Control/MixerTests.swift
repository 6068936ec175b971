import Testing
import FlightCore

/// Physical body torque (per unit rotor thrust, N·m) and total thrust produced by `outputs`.
private func produced(_ outputs: ActuatorOutputs, settings: MixerSettings, idle: Float) -> (torque: Vector3, thrust: Float) {
    var torque = Vector3.zero, thrust: Float = 0
    for i in 0..<settings.geometry.motorCount {
        let r = settings.geometry.rotor(i, armLength: settings.armLength)
        // Undo the idle mapping so 0 means no thrust above idle.
        let f = (outputs[i] - idle) / (1 - idle)
        torque += Vector3(-r.y * f, r.x * f, settings.yawMomentRatio * r.spin.yawSign * f)
        thrust += f
    }
    return (torque, thrust)
}

@Suite struct MixerTests {
    static func settings(_ geometry: AirframeGeometry) -> MixerSettings {
        MixerSettings(geometry: geometry, armLength: 0.25, yawMomentRatio: 0.05, idle: 0.1, spoolUpTime: 0, spoolDownTime: 0)
    }

    @Test func quadXFollowsPX4MotorNumbering() throws {
        var mixer = try Mixer(settings: Self.settings(.quadX))
        let rollRight = mixer.mix(TorqueThrustSetpoint(torque: Vector3(0.2, 0, 0), thrust: 0.5), armed: true, dt: 0.0025)
        // Positive roll (right side down): left motors 2 and 3 speed up, right motors 1 and 4 slow down.
        #expect(rollRight[1] > rollRight[0] && rollRight[2] > rollRight[3])
        let yawRight = mixer.mix(TorqueThrustSetpoint(torque: Vector3(0, 0, 0.2), thrust: 0.5), armed: true, dt: 0.0025)
        // Positive yaw needs the counter-clockwise motors 1 and 2 faster.
        #expect(yawRight[0] > yawRight[2] && yawRight[1] > yawRight[3])
        let noseUp = mixer.mix(TorqueThrustSetpoint(torque: Vector3(0, 0.2, 0), thrust: 0.5), armed: true, dt: 0.0025)
        #expect(noseUp[0] > noseUp[1] && noseUp[2] > noseUp[3])
    }

    @Test(arguments: AirframeGeometry.allCases)
    func everyGeometryProducesTheDemandedTorqueDirectionAndEqualHoverCommands(_ geometry: AirframeGeometry) throws {
        let s = Self.settings(geometry)
        var mixer = try Mixer(settings: s)
        let hover = mixer.mix(TorqueThrustSetpoint(torque: .zero, thrust: 0.5), armed: true, dt: 0.0025)
        for i in 0..<geometry.motorCount { #expect(abs(hover[i] - (0.1 + 0.9 * 0.5)) < 1e-5) }
        let demand = Vector3(0.1, -0.15, 0.2)
        let out = mixer.mix(TorqueThrustSetpoint(torque: demand, thrust: 0.5), armed: true, dt: 0.0025)
        let torque = produced(out, settings: s, idle: 0.1).torque
        // Same direction axis by axis, and no saturation at this modest demand.
        #expect(torque.x > 0 && torque.y < 0 && torque.z > 0)
        #expect(mixer.saturation == .none)
    }

    @Test func desaturationKeepsRollAndPitchAndGivesUpYaw() throws {
        let s = Self.settings(.quadX)
        var reference = try Mixer(settings: s)
        let rollPitchOnly = reference.mix(TorqueThrustSetpoint(torque: Vector3(0.3, 0.2, 0), thrust: 0.6), armed: true, dt: 0.0025)
        var mixer = try Mixer(settings: s)
        let withYaw = mixer.mix(TorqueThrustSetpoint(torque: Vector3(0.3, 0.2, 1), thrust: 0.6), armed: true, dt: 0.0025)
        let a = produced(rollPitchOnly, settings: s, idle: 0.1).torque
        let b = produced(withYaw, settings: s, idle: 0.1).torque
        #expect(abs(b.x - a.x) / abs(a.x) < 1e-3)
        #expect(abs(b.y - a.y) / abs(a.y) < 1e-3)
        #expect(b.z > 0)                           // some yaw is kept…
        for i in 0..<4 { #expect(withYaw[i] >= 0 && withYaw[i] <= 1) }
        #expect(mixer.saturation.positive.contains(.yaw))  // …and the yaw loop is told it is capped.
    }

    @Test func thrustIsLoweredToMakeRoomForRoll() throws {
        let s = Self.settings(.quadX)
        var mixer = try Mixer(settings: s)
        let out = mixer.mix(TorqueThrustSetpoint(torque: Vector3(0.3, 0, 0), thrust: 0.9), armed: true, dt: 0.0025)
        let p = produced(out, settings: s, idle: 0.1)
        var reference = try Mixer(settings: s)
        let unsaturated = produced(reference.mix(TorqueThrustSetpoint(torque: Vector3(0.3, 0, 0), thrust: 0.5), armed: true, dt: 0.0025),
                                   settings: s, idle: 0.1)
        #expect(abs(p.torque.x - unsaturated.torque.x) / unsaturated.torque.x < 1e-3)
        #expect(p.thrust < 0.9 * 4)
    }

    @Test func saturationFlagsReportTheBlockedDirections() throws {
        var mixer = try Mixer(settings: Self.settings(.quadX))
        _ = mixer.mix(TorqueThrustSetpoint(torque: Vector3(2, 0, 0), thrust: 0.5), armed: true, dt: 0.0025)
        #expect(mixer.saturation.positive.contains(.roll))
        #expect(!mixer.saturation.negative.contains(.roll))
    }

    @Test func hexaWithOneMotorOutStillProducesTheCommandedRollAndPitchTorque() throws {
        let s = Self.settings(.hexaX)
        var healthy = try Mixer(settings: s)
        let demand = TorqueThrustSetpoint(torque: Vector3(0.1, 0.08, 0), thrust: 0.5)
        let want = produced(healthy.mix(demand, armed: true, dt: 0.0025), settings: s, idle: 0.1)
        for failed in 0..<6 {
            var mixer = try Mixer(settings: s)
            try mixer.setFailedMotor(failed)
            let out = mixer.mix(demand, armed: true, dt: 0.0025)
            #expect(out[failed] == 0)
            var forProduced = out
            forProduced[failed] = 0.1   // a dead motor produces no thrust: idle maps to zero
            let got = produced(forProduced, settings: s, idle: 0.1)
            #expect(abs(got.torque.x - want.torque.x) / abs(want.torque.x) < 0.02, "motor \(failed + 1) out: roll")
            #expect(abs(got.torque.y - want.torque.y) / abs(want.torque.y) < 0.02, "motor \(failed + 1) out: pitch")
        }
    }

    @Test func quadCannotLoseAMotor() throws {
        var mixer = try Mixer(settings: Self.settings(.quadX))
        #expect(throws: MixerError.allocationSingular) { try mixer.setFailedMotor(0) }
    }

    @Test func idleIsOutputAtZeroDemandAndSpoolUpRampsTheCeiling() throws {
        var s = Self.settings(.quadX)
        s.spoolUpTime = 1
        var mixer = try Mixer(settings: s)
        let first = mixer.mix(.zero, armed: true, dt: 0.1)
        #expect(abs(first[0] - 0.1) < 1e-6)     // ceiling 0.1 already allows idle
        let climb = mixer.mix(TorqueThrustSetpoint(torque: .zero, thrust: 1), armed: true, dt: 0.1)
        #expect(abs(climb[0] - 0.2) < 1e-5)     // capped by the ramp, 0.2 after 0.2 s
        for _ in 0..<10 { _ = mixer.mix(TorqueThrustSetpoint(torque: .zero, thrust: 1), armed: true, dt: 0.1) }
        #expect(mixer.mix(TorqueThrustSetpoint(torque: .zero, thrust: 1), armed: true, dt: 0.1)[0] == 1)
    }

    @Test func disarmingStopsMotorsOrSpoolsThemDown() throws {
        var s = Self.settings(.quadX)
        var immediate = try Mixer(settings: s)
        _ = immediate.mix(TorqueThrustSetpoint(torque: .zero, thrust: 0.5), armed: true, dt: 0.01)
        #expect(immediate.mix(.zero, armed: false, dt: 0.01)[0] == 0)

        s.spoolDownTime = 1
        var ramp = try Mixer(settings: s)
        _ = ramp.mix(TorqueThrustSetpoint(torque: .zero, thrust: 1), armed: true, dt: 0.01)
        let after = ramp.mix(.zero, armed: false, dt: 0.25)
        #expect(abs(after[0] - 0.75) < 1e-5)
    }
}
