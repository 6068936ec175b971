import Foundation
import Testing
import TestSupport
import Autopilot
import FlightCore

/// Step response of the full rate + attitude cascade with a parameter set on a rotational model.
struct StepResponse {
    var overshoot: Float      // fraction of the step
    var settlingTime: Float   // seconds until the angle stays within ±5 % of the step
    var riseTime: Float       // seconds from 10 % to 90 %
    var trace: [(time: Float, degrees: Float)] = []   // every 5 ms
}

func rollStepResponse(parameters: ParameterTable, mass: Float, inertia: Vector3, stepDegrees: Float,
                      duration: Float = 1.0, rotorThrustCurve: Float = 0) throws -> StepResponse {
    var gains = ControlGains(parameters: parameters)
    gains.mixer.spoolUpTime = 0
    var control = try MulticopterControl(gains: gains)
    let hover = gains.position.hoverThrust
    let n = Float(gains.mixer.geometry.motorCount)
    // Rotor thrust scale so that the hover thrust share holds the weight (the mixer linearises
    // the rotor curve, so thrust share maps to thrust linearly when the curves agree).
    let maxThrust = mass * standardGravity / (n * hover)
    var model = RotationalModel(inertia: inertia, maxRotorThrust: maxThrust, motorTimeConstant: 0.03,
                                settings: gains.mixer, thrustCurve: rotorThrustCurve,
                                initialThrust: mass * standardGravity / n)
    let step = Angles.radians(degrees: stepDegrees)
    let target = AttitudeSetpoint(attitude: Quaternion(axis: Vector3(1, 0, 0), angle: step), thrust: hover)
    let period = UInt64(1_000_000 / gains.loopRates.rateHz)
    let physicsSubsteps = 5
    let dt = Float(period) * 1e-6
    var time = Tick.zero
    var peak: Float = 0, lastOutside: Float = 0, t10: Float = -1, t90: Float = -1
    var outputs = ActuatorOutputs(count: gains.mixer.geometry.motorCount)
    var trace: [(time: Float, degrees: Float)] = [(0, 0)]
    for k in 0..<Int(duration / dt) {
        let t = Float(k) * dt
        let state = NavigationState(time: time, attitude: model.attitude, angularRate: model.rate, validity: .all)
        outputs = control.step(time: time, state: state, target: .attitude(target), armed: true)
        for _ in 0..<physicsSubsteps { model.step(outputs, dt: dt / Float(physicsSubsteps)) }
        time = time.advanced(byMicros: period)
        let roll = model.roll
        peak = max(peak, roll)
        if abs(roll - step) > 0.05 * step { lastOutside = t + dt }
        if t10 < 0 && roll >= 0.1 * step { t10 = t + dt }
        if t90 < 0 && roll >= 0.9 * step { t90 = t + dt }
        if (k + 1) % max(1, Int((0.005 / dt).rounded())) == 0 { trace.append((t + dt, Angles.degrees(radians: roll))) }
    }
    return StepResponse(overshoot: max(0, peak - step) / step, settlingTime: lastOutside, riseTime: t90 - t10, trace: trace)
}

/// Rotational models of the three airframes (mass kg, principal inertia kg·m² body FRD), matching
/// the simulator engineer's assumptions: 450 quad 1.5 kg, 250 racer 0.6 kg, 550 hexa 2.5 kg.
struct AirframeModel: Sendable, CustomTestStringConvertible {
    var file: String
    var mass: Float
    var inertia: Vector3
    var testDescription: String { file }

    static let quad450 = AirframeModel(file: "quad_450", mass: 1.5, inertia: Vector3(0.015, 0.015, 0.027))
    static let racer250 = AirframeModel(file: "quad_250_racer", mass: 0.6, inertia: Vector3(0.0025, 0.0025, 0.0045))
    static let hexa550 = AirframeModel(file: "hexa_550", mass: 2.5, inertia: Vector3(0.04, 0.04, 0.07))
    static let all = [quad450, racer250, hexa550]
}

@Suite struct StepResponseTests {
    /// Flies the 20° roll step on `model` with its airframe file, prints and checks the figures.
    func checkTwentyDegreeRollStep(_ model: AirframeModel) throws {
        let parameters = try AirframeFile.load(named: model.file).applied(to: ParameterTable())
        let response = try rollStepResponse(parameters: parameters, mass: model.mass, inertia: model.inertia,
                                            stepDegrees: 20)
        print("\(model.file) 20° roll step: overshoot \(response.overshoot * 100) %, settling (5 %) \(response.settlingTime) s, rise \(response.riseTime) s")
        #expect(response.settlingTime < 0.3)
        #expect(response.overshoot < 0.10)
    }

    @Test func twentyDegreeRollStepOnThe450QuadSettlesWithinAThirdOfASecondWithLittleOvershoot() throws {
        try checkTwentyDegreeRollStep(.quad450)
    }

    @Test(arguments: [AirframeModel.racer250, .hexa550])
    func theOtherAirframesSettleATwentyDegreeRollStepAsWell(_ model: AirframeModel) throws {
        try checkTwentyDegreeRollStep(model)
    }

    /// Writes `docs/step-responses.svg` (all three airframes) when `SWIFTLET_WRITE_DOCS=1`.
    @Test func stepResponsePlotCoversEveryAirframe() throws {
        var curves: [StepResponseChart.Curve] = []
        for model in AirframeModel.all {
            let parameters = try AirframeFile.load(named: model.file).applied(to: ParameterTable())
            let r = try rollStepResponse(parameters: parameters, mass: model.mass, inertia: model.inertia,
                                         stepDegrees: 20, duration: 0.6)
            curves.append(StepResponseChart.Curve(label: model.file, points: r.trace))
        }
        let svg = StepResponseChart.svg(title: "20° roll step, rotational model with 30 ms motor lag (Tests/FlightCoreTests/Control)",
                                        curves: curves, stepDegrees: 20, end: 0.6)
        #expect(svg.contains("<polyline") && curves.allSatisfy { $0.points.count > 100 })
        if ProcessInfo.processInfo.environment["SWIFTLET_WRITE_DOCS"] == "1" {
            try writeAtomically(svg, to: repositoryRoot.appendingPathComponent("docs/step-responses.svg"))
        }
    }

    @Test func aQuadraticRotorWithTheMatchingThrustCurveRespondsLikeALinearOne() throws {
        var parameters = try AirframeFile.load(named: "quad_450").applied(to: ParameterTable())
        let model = AirframeModel.quad450
        let linear = try rollStepResponse(parameters: parameters, mass: model.mass, inertia: model.inertia, stepDegrees: 20)
        try parameters.set("THR_MDL_FAC", to: .float(1))
        let quadratic = try rollStepResponse(parameters: parameters, mass: model.mass, inertia: model.inertia,
                                             stepDegrees: 20, rotorThrustCurve: 1)
        #expect(abs(quadratic.settlingTime - linear.settlingTime) <= 0.02)
        #expect(abs(quadratic.overshoot - linear.overshoot) <= 0.02)
    }

    @Test func untunedGainsFailTheStepCriteria() throws {
        // Guards the measurement itself: a deliberately sluggish attitude gain must not pass.
        var parameters = try AirframeFile.load(named: "quad_450").applied(to: ParameterTable())
        try parameters.set("MC_ROLL_P", to: .float(3))
        let response = try rollStepResponse(parameters: parameters, mass: 1.5, inertia: AirframeModel.quad450.inertia,
                                            stepDegrees: 20)
        #expect(response.settlingTime > 0.3)
    }
}
