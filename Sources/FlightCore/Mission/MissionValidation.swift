extension MissionPlan {
    /// Checks that the navigator can fly every item; throws the first problem found.
    ///
    /// An item the navigator cannot fly is refused here, at upload, never skipped in flight.
    /// Rules (results are `MAV_MISSION_RESULT` values):
    /// - unknown command, or a fence/rally command in a mission → `unsupported`;
    /// - unknown frame, or a local/non-global frame on an item that uses a location → `unsupportedFrame`;
    /// - latitude outside ±90° → `invalidParam5`, longitude outside ±180° → `invalidParam6`,
    ///   a waypoint or loiter at exactly 0°, 0° → `invalidParam5`, a non-finite altitude → `invalidParam7`;
    /// - per-command parameter ranges → `invalidParam1`…`invalidParam4`;
    /// - a `DO_JUMP` to itself, to another jump, or outside the plan → `invalidSequence`.
    public func validate() throws(MissionRejection) {
        for index in 0..<count { try Self.validate(items[index], at: index, in: self) }
    }

    /// True when `validate()` would accept the plan.
    public var isValid: Bool {
        do throws(MissionRejection) { try validate(); return true } catch { return false }
    }

    static func validate(_ item: MissionItem, at index: Int, in plan: MissionPlan) throws(MissionRejection) {
        guard let command = item.command, command.belongsInMission else {
            throw MissionRejection(.unsupported, at: index)
        }
        guard let frame = item.frame else { throw MissionRejection(.unsupportedFrame, at: index) }
        if command.usesLocation {
            guard frame.isGlobal else { throw MissionRejection(.unsupportedFrame, at: index) }
            try validateLocation(item, command: command, at: index)
        }
        try validateParameters(item, command: command, at: index, in: plan)
    }

    static func validateLocation(_ item: MissionItem, command: MissionCommand, at index: Int) throws(MissionRejection) {
        try item.validateCoordinates(at: index)
        let mayBeHere = command == .navTakeoff || command == .navLand
        if item.hasNoHorizontalPosition && !mayBeHere { throw MissionRejection(.invalidParam5, at: index) }
        guard item.altitude.isFinite else { throw MissionRejection(.invalidParam7, at: index) }
    }

    static func validateParameters(_ item: MissionItem, command: MissionCommand, at index: Int,
                                   in plan: MissionPlan) throws(MissionRejection) {
        func require(_ ok: Bool, _ result: MissionResult) throws(MissionRejection) {
            if !ok { throw MissionRejection(result, at: index) }
        }
        let p1 = item.param1, p2 = item.param2, p3 = item.param3, p4 = item.param4
        switch command {
        case .navWaypoint:
            try require(p1 >= 0 && p1.isFinite, .invalidParam1)          // hold time, s
            try require(p2.isNaN || (p2 >= 0 && p2.isFinite), .invalidParam2) // acceptance radius, m
            try require(p4.isNaN || p4.isFinite, .invalidParam4)         // yaw, deg (NaN: along track)
        case .navLoiterTime:
            try require(p1 >= 0 && p1.isFinite, .invalidParam1)          // time, s
            try require(p4.isNaN || p4.isFinite, .invalidParam4)
        case .navLoiterTurns:
            try require(p1 > 0 && p1.isFinite, .invalidParam1)           // turns
            try require(p3.isNaN || p3.isFinite, .invalidParam3)         // radius, m (sign: direction)
        case .navLoiterUnlimited:
            try require(p3.isNaN || p3.isFinite, .invalidParam3)
        case .navTakeoff, .navLand:
            try require(p4.isNaN || p4.isFinite, .invalidParam4)
        case .navDelay, .conditionDelay:
            // Negative NAV_DELAY means "until a time of day": no clock in the core, so refused.
            try require(p1 >= 0 && p1.isFinite, .invalidParam1)
        case .doJump:
            let target = Int(exactly: p1) ?? -1
            guard target >= 0, target < plan.count, target != index,
                  plan[target].command != .doJump else { throw MissionRejection(.invalidSequence, at: index) }
            try require(p2 == -1 || (p2 >= 0 && Float(Int(exactly: p2) ?? -1) == p2), .invalidParam2)
        case .doChangeSpeed:
            try require(p1 >= 0 && p1 <= 3 && p1 == p1.rounded(), .invalidParam1)
            try require(p2 == -1 || p2 == -2 || (p2 > 0 && p2.isFinite), .invalidParam2)
        case .doSetHome:
            try require(p1 == 0 || p1 == 1, .invalidParam1)
            if p1 == 0 {
                guard item.frame?.isGlobal == true else { throw MissionRejection(.unsupportedFrame, at: index) }
                try validateLocation(item, command: command, at: index)
            }
        case .navReturnToLaunch, .doSetRoiLocation, .doSetRoiNone, .doDigicamControl,
             .doSetCameraTriggerDistance, .imageStartCapture, .imageStopCapture:
            break
        case .fenceReturnPoint, .fencePolygonVertexInclusion, .fencePolygonVertexExclusion,
             .fenceCircleInclusion, .fenceCircleExclusion, .rallyPoint:
            throw MissionRejection(.unsupported, at: index)
        }
    }
}
