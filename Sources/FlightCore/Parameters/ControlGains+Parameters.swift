import FlightMath

extension ControlGains {
    /// The controller configuration described by `p` (angles in degrees there, radians here).
    public init(parameters p: ParameterTable) {
        let rate = RateControlGains(
            proportional: Vector3(p.float("MC_ROLLRATE_P"), p.float("MC_PITCHRATE_P"), p.float("MC_YAWRATE_P")),
            integral: Vector3(p.float("MC_ROLLRATE_I"), p.float("MC_PITCHRATE_I"), p.float("MC_YAWRATE_I")),
            derivative: Vector3(p.float("MC_ROLLRATE_D"), p.float("MC_PITCHRATE_D"), p.float("MC_YAWRATE_D")),
            feedForward: Vector3(p.float("MC_ROLLRATE_FF"), p.float("MC_PITCHRATE_FF"), p.float("MC_YAWRATE_FF")),
            integratorLimit: Vector3(p.float("MC_RR_INT_LIM"), p.float("MC_PR_INT_LIM"), p.float("MC_YR_INT_LIM")),
            derivativeCutoffHz: p.float("MC_DTERM_CUTOFF"))
        let attitude = AttitudeControlGains(
            proportional: Vector3(p.float("MC_ROLL_P"), p.float("MC_PITCH_P"), p.float("MC_YAW_P")),
            yawWeight: p.float("MC_YAW_WEIGHT"),
            rateLimit: Vector3(Angles.radians(degrees: p.float("MC_ROLLRATE_MAX")),
                               Angles.radians(degrees: p.float("MC_PITCHRATE_MAX")),
                               Angles.radians(degrees: p.float("MC_YAWRATE_MAX"))))
        let xyP = p.float("MPC_XY_P"), zP = p.float("MPC_Z_P")
        let position = PositionControlGains(
            positionP: Vector3(xyP, xyP, zP),
            velocityP: Vector3(p.float("MPC_XY_VEL_P_ACC"), p.float("MPC_XY_VEL_P_ACC"), p.float("MPC_Z_VEL_P_ACC")),
            velocityI: Vector3(p.float("MPC_XY_VEL_I_ACC"), p.float("MPC_XY_VEL_I_ACC"), p.float("MPC_Z_VEL_I_ACC")),
            velocityD: Vector3(p.float("MPC_XY_VEL_D_ACC"), p.float("MPC_XY_VEL_D_ACC"), p.float("MPC_Z_VEL_D_ACC")),
            maxHorizontalSpeed: p.float("MPC_XY_VEL_MAX"),
            maxClimbSpeed: p.float("MPC_Z_VEL_MAX_UP"), maxDescentSpeed: p.float("MPC_Z_VEL_MAX_DN"),
            maxHorizontalAcceleration: p.float("MPC_ACC_HOR_MAX"),
            maxUpAcceleration: p.float("MPC_ACC_UP_MAX"), maxDownAcceleration: p.float("MPC_ACC_DOWN_MAX"),
            maxTilt: Angles.radians(degrees: p.float("MPC_TILTMAX_AIR")),
            hoverThrust: p.float("MPC_THR_HOVER"), minThrust: p.float("MPC_THR_MIN"), maxThrust: p.float("MPC_THR_MAX"))
        let manual = ManualControlLimits(
            maxTilt: Angles.radians(degrees: p.float("MPC_MAN_TILT_MAX")),
            maxYawRate: Angles.radians(degrees: p.float("MPC_MAN_Y_MAX")),
            maxClimbSpeed: p.float("MPC_Z_VEL_MAX_UP"), maxDescentSpeed: p.float("MPC_Z_VEL_MAX_DN"),
            maxHorizontalSpeed: p.float("MPC_VEL_MANUAL"), deadband: p.float("MPC_HOLD_DZ"),
            minThrust: p.float("MPC_THR_MIN"), hoverThrust: p.float("MPC_THR_HOVER"), maxThrust: p.float("MPC_THR_MAX"))
        let mixer = MixerSettings(
            geometry: AirframeGeometry(rawValue: p.int32("CA_AIRFRAME")) ?? .quadX,
            armLength: p.float("CA_ARM_LENGTH"), yawMomentRatio: p.float("CA_ROTOR_KM"),
            idle: p.float("MOT_IDLE"), spoolUpTime: p.float("MOT_SPOOLUP_TIME"),
            spoolDownTime: p.float("MOT_SPOOLDN_TIME"), allowThrustIncrease: p.int32("CA_AIRMODE") != 0,
            thrustCurve: p.float("THR_MDL_FAC"), handlesMotorFailure: p.int32("CA_FAILURE_MODE") != 0)
        let loopRates = ControlLoopRates(rateHz: Float(p.int32("IMU_GYRO_RATEMAX")),
                                         attitudeHz: Float(p.int32("MC_ATT_LOOP_HZ")),
                                         positionHz: Float(p.int32("MPC_LOOP_HZ")))
        self.init(rate: rate, attitude: attitude, position: position, manual: manual, mixer: mixer, loopRates: loopRates)
    }
}
