/// Where the navigator is within the current mission item.
enum ItemPhase: Sendable, Equatable {
    /// About to begin the current item.
    case start
    /// Flying to the item's location.
    case travel
    /// Climbing straight up from the ground before flying to a position item that does not start
    /// with a take-off (PX4's vertical take-off): the item begins again once the climb is done.
    case liftingOff
    /// Holding until `waitUntil` (waypoint hold, loiter time, delays).
    case waiting
    /// Holding with no end (LOITER_UNLIM, or any navigation item without autocontinue once done),
    /// until the current item is changed or the mode changes.
    case loiterForever
    /// Circling (LOITER_TURNS).
    case orbiting
    /// Descending until landed (NAV_LAND).
    case landing
    /// Running the return sequence (NAV_RETURN_TO_LAUNCH).
    case returning
}

extension Navigator {
    /// Runs the mission logic for this instant: begins items, detects arrival, executes
    /// immediate items and jumps. At most one pass over the plan per step, so a jump loop made only
    /// of immediate items cannot stall the step.
    mutating func runMission(at time: Tick, state: NavigationState, landed: Bool) {
        var budget = plan.count + 1
        while budget > 0 {
            budget -= 1
            guard currentItem < plan.count else { finishMission(state: state, landed: landed); return }
            let item = plan[currentItem]
            switch itemPhase {
            case .start:
                if !begin(item, at: time, state: state, landed: landed) { return }
            case .travel:
                guard arrived(item, state: state) else { return }
                if !arrive(item, at: time, state: state) { return }
            case .liftingOff:
                guard segment.isComplete, abs(state.position.z - segment.end.z) <= config.altitudeAcceptance else { return }
                itemPhase = .start
            case .waiting:
                guard time >= waitUntil else { return }
                if item.command == .navDelay || item.command == .conditionDelay { events.push(.itemReached(currentItem)) }
                guard item.autocontinue else { itemPhase = .loiterForever; return }
                advance()
            case .loiterForever:
                return
            case .orbiting:
                guard orbit.isComplete else { return }
                guard item.autocontinue else { brakeToHold(state: state); itemPhase = .loiterForever; return }
                advance()
            case .landing:
                guard landed else { return }
                events.push(.itemReached(currentItem)); advance()
            case .returning:
                guard runReturn(state: state, landed: landed) else { return }
                events.push(.itemReached(currentItem)); advance()
            }
        }
    }

    mutating func advance() { currentItem += 1; itemPhase = .start }

    mutating func finishMission(state: NavigationState, landed: Bool) {
        guard !isMissionFinished else { return }
        isMissionFinished = true
        events.push(.missionFinished)
        if !landed && motion != .descent { brakeToHold(state: state) }
    }

    /// Begins `item`; returns true when it completed at once (immediate items), so the next item
    /// should begin in the same step.
    mutating func begin(_ item: MissionItem, at time: Tick, state: NavigationState, landed: Bool) -> Bool {
        guard let command = item.command, let geometry else { return false }
        switch command {
        case .navTakeoff:
            // Straight up from where the vehicle stands: the item's latitude and longitude (usually
            // 0, 0 for "here") do not move it, only its altitude counts.
            let z = geometry.down(ofAltitude: item.altitude, frame: item.frame, above: state.position)
            startSegment(to: Vector3(state.position.x, state.position.y, min(z, state.position.z)), state: state)
            itemPhase = .travel
        case .navWaypoint, .navLoiterTime, .navLoiterUnlimited:
            let target = geometry.position(of: item)
            if landed {
                startFromTheGround(toward: target, item: item, state: state)
            } else {
                startSegment(to: target, state: state, endSpeed: cornerSpeed(after: item))
                itemPhase = .travel
            }
        case .navLoiterTurns:
            let center = geometry.position(of: item)
            let here = currentSetpointPosition(state: state)
            var outward = Vector3(here.x - center.x, here.y - center.y, 0)
            outward = outward.horizontalLength > 0.1 ? outward.normalized : Vector3(1, 0, 0)
            startSegment(to: center + outward * loiterRadius(item), state: state)
            itemPhase = .travel
        case .navLand:
            if item.hasNoHorizontalPosition {
                startDescent(at: currentSetpointPosition(state: state), state: state)
                itemPhase = .landing
            } else {
                let p = geometry.position(of: item)
                startSegment(to: Vector3(p.x, p.y, currentSetpointPosition(state: state).z), state: state)
                itemPhase = .travel
            }
        case .navReturnToLaunch:
            startReturn(state: state); itemPhase = .returning
        case .navDelay, .conditionDelay:
            if motion != .segment || !segment.isComplete { brakeToHold(state: state) }
            waitUntil = time.advanced(byMicros: UInt64(item.param1 * 1e6)); itemPhase = .waiting
        case .doJump:
            events.push(.itemReached(currentItem))
            let remaining = jumpsRemaining[currentItem]
            if remaining != 0 {
                if remaining > 0 { jumpsRemaining[currentItem] = remaining - 1 }
                currentItem = Int(item.param1); itemPhase = .start
            } else {
                advance()
            }
            return true
        case .doChangeSpeed:
            // param1: 0 airspeed, 1 ground speed (both horizontal here), 2 climb, 3 descent.
            if item.param2 > 0 {
                switch Int(item.param1) {
                case 2: climbSpeedOverride = item.param2
                case 3: descentSpeedOverride = item.param2
                default: speedOverride = item.param2
                }
            } else {
                switch Int(item.param1) {
                case 2: climbSpeedOverride = nil
                case 3: descentSpeedOverride = nil
                default: speedOverride = nil
                }
            }
            events.push(.itemReached(currentItem)); advance(); return true
        case .doSetHome:
            let newHome = item.param1 == 1 ? geometry.geodetic(of: state.position)
                                           : item.geodetic(altitude: geometry.altitudeAMSL(item.altitude, frame: item.frame))
            setHome(newHome)
            events.push(.homeChanged(newHome)); events.push(.itemReached(currentItem)); advance(); return true
        case .doSetRoiLocation:
            regionOfInterest = geometry.position(of: item)
            events.push(.itemReached(currentItem)); advance(); return true
        case .doSetRoiNone:
            regionOfInterest = nil
            events.push(.itemReached(currentItem)); advance(); return true
        case .doDigicamControl, .doSetCameraTriggerDistance, .imageStartCapture, .imageStopCapture:
            events.push(.itemReached(currentItem)); advance(); return true
        case .fenceReturnPoint, .fencePolygonVertexInclusion, .fencePolygonVertexExclusion,
             .fenceCircleInclusion, .fenceCircleExclusion, .rallyPoint:
            // Refused by `MissionPlan.validate()`; a loaded plan never holds these.
            return false
        }
        return false
    }

    /// True when the vehicle has reached the end of the current travel.
    func arrived(_ item: MissionItem, state: NavigationState) -> Bool {
        let end = segment.end, p = state.position
        let vertical = abs(p.z - end.z) <= config.altitudeAcceptance
        if item.command == .navTakeoff { return segment.isComplete && vertical }
        let radius = acceptanceRadius(of: item)
        let inside = (p - end).horizontalLength <= radius && vertical
        if segment.endSpeed > 0 {
            // Pass-through: hand over when the setpoint must start braking for the corner.
            let p = segment.profile
            let brake = JerkLimitedProfile.braking(speed: p.speed, acceleration: p.acceleration,
                                                   maxDeceleration: segment.maxAcceleration, jerk: segment.maxJerk)
            return inside || segment.isComplete || segment.remaining <= brake.distance + 0.1 * p.speed + 0.05
        }
        return segment.isComplete && inside
    }

    /// How close to `item` counts as there, metres: a waypoint's param2 when positive, else
    /// `NAV_ACC_RAD`.
    func acceptanceRadius(of item: MissionItem) -> Float {
        item.command == .navWaypoint && item.param2 > 0 ? item.param2 : config.acceptanceRadius
    }

    /// Begins a position item on the ground. One where the vehicle stands (within its acceptance
    /// radius, and not above it by more than the altitude acceptance: a plan's home written as
    /// its first item, as MAVProxy and ArduPilot-style files upload it) is arrived at without
    /// leaving the ground. Any other is preceded by a vertical climb to the item's altitude or
    /// `takeoffAltitude` above the ground, whichever is higher, as PX4 does: flying off sideways
    /// from the ground would tilt the vehicle on its gear.
    mutating func startFromTheGround(toward target: Vector3, item: MissionItem, state: NavigationState) {
        let here = state.position
        let radius = acceptanceRadius(of: item)
        if (target - here).horizontalLength <= radius && target.z >= here.z - config.altitudeAcceptance {
            startSegment(to: here, state: state)
            itemPhase = .travel
            return
        }
        startSegment(to: Vector3(here.x, here.y, min(target.z, here.z - config.takeoffAltitude)), state: state)
        itemPhase = .liftingOff
    }

    /// Handles arrival at `item`; returns true when the mission should go straight on.
    mutating func arrive(_ item: MissionItem, at time: Tick, state: NavigationState) -> Bool {
        guard let command = item.command else { return false }
        if command != .navLand { events.push(.itemReached(currentItem)) }
        if (command == .navWaypoint || command == .navLoiterTime), item.param4.isFinite {
            yaw = item.param4 * Float.pi / 180; yawLocked = true
        }
        switch command {
        case .navTakeoff:
            guard item.autocontinue else { itemPhase = .loiterForever; return false }
            advance(); return true
        case .navWaypoint:
            if segment.endSpeed > 0 { blendAtNextSegment = true; advance(); return true }
            waitUntil = time.advanced(byMicros: UInt64(item.param1 * 1e6)); itemPhase = .waiting
        case .navLoiterTime:
            waitUntil = time.advanced(byMicros: UInt64(item.param1 * 1e6)); itemPhase = .waiting
        case .navLoiterUnlimited:
            itemPhase = .loiterForever
        case .navLoiterTurns:
            guard let geometry else { return false }
            startOrbit(center: geometry.position(of: item), radius: loiterRadius(item),
                       clockwise: !(item.param3 < 0), turns: item.param1, state: state)
            itemPhase = .orbiting
        case .navLand:
            startDescent(at: segment.end, state: state); itemPhase = .landing
        default:
            advance(); return true
        }
        return false
    }

    func loiterRadius(_ item: MissionItem) -> Float {
        let r = abs(item.param3)
        return r.isFinite && r > 0.5 ? r : config.loiterRadius
    }

    /// Speed to pass `item`'s location with: non-zero only for a waypoint without hold time that is
    /// followed (past immediate items) by another waypoint or loiter; slower the sharper the turn.
    func cornerSpeed(after item: MissionItem) -> Float {
        guard item.command == .navWaypoint, item.param1 == 0, item.autocontinue, let geometry else { return 0 }
        var next = currentItem + 1
        while next < plan.count, let c = plan[next].command, !c.isNavigation, c != .doJump, c != .conditionDelay {
            next += 1
        }
        guard next < plan.count, let c = plan[next].command,
              c == .navWaypoint || c == .navLoiterTime || c == .navLoiterUnlimited else { return 0 }
        let here = geometry.position(of: item)
        let inbound = (here - currentSetpointPositionForPlanning).normalized
        let outbound = (geometry.position(of: plan[next]) - here).normalized
        let cosine = inbound.dot(outbound)
        guard cosine.isFinite, cosine > -0.5 else { return 0 }     // stop for turns sharper than 120°
        // Slower the sharper the turn, and no faster than a stop within the acceptance radius
        // (the outgoing segment brakes to rest over about that distance while blending).
        let radius = item.param2 > 0 ? item.param2 : config.acceptanceRadius
        let stoppable = JerkLimitedProfile.maxSpeed(toStopWithin: radius, acceleration: config.horizontalAcceleration, jerk: config.jerk)
        return min(cruiseSpeed * (1 + cosine) / 2, stoppable)
    }

    /// The start of the segment being planned (the setpoint now).
    var currentSetpointPositionForPlanning: Vector3 { motionActive && motion == .segment ? segment.position : segment.end }
}
