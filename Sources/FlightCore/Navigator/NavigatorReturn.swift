/// Phases of return-to-launch.
enum ReturnPhase: Sendable, Equatable { case climb, cruise, descend, land, done }

struct ReturnState: Sendable {
    var phase: ReturnPhase = .done
    /// Where to land, metres NED.
    var target = Vector3.zero
    /// Down coordinate to cruise at, metres NED.
    var cruiseDown: Float = 0
}

extension Navigator {
    /// Begins return-to-launch: target is home, or the nearest rally point when closer and allowed.
    /// Without an origin (no position estimate) it degrades to landing in place.
    mutating func startReturn(state: NavigationState) {
        guard let geometry else {
            startDescent(at: currentSetpointPosition(state: state), state: state)
            returnState.phase = .land; return
        }
        var target = geometry.homePosition
        if config.returnToNearestRallyPoint, let rally = rallyPoints.nearest(to: state.position, geometry: geometry),
           (rally - state.position).horizontalLength < (target - state.position).horizontalLength {
            target = rally
        }
        let returnDown = geometry.homePosition.z - config.returnAltitude
        returnState = ReturnState(phase: .climb, target: target, cruiseDown: min(state.position.z, returnDown))
        let here = currentSetpointPosition(state: state)
        if here.z > returnState.cruiseDown + config.altitudeAcceptance {
            startSegment(to: Vector3(here.x, here.y, returnState.cruiseDown), state: state)
        } else {
            returnState.phase = .cruise
            startSegment(to: Vector3(target.x, target.y, returnState.cruiseDown), state: state)
        }
    }

    /// Advances the return sequence; true once landed at the target.
    mutating func runReturn(state: NavigationState, landed: Bool) -> Bool {
        let t = returnState.target
        switch returnState.phase {
        case .climb:
            if segment.isComplete {
                returnState.phase = .cruise
                startSegment(to: Vector3(t.x, t.y, returnState.cruiseDown), state: state)
            }
        case .cruise:
            if segment.isComplete && (state.position - segment.end).horizontalLength <= config.acceptanceRadius {
                let descendDown = t.z - config.returnDescendAltitude
                if descendDown > returnState.cruiseDown + config.altitudeAcceptance {
                    returnState.phase = .descend
                    startSegment(to: Vector3(t.x, t.y, descendDown), state: state)
                } else {
                    returnState.phase = .land
                    startDescent(at: t, state: state, groundDown: t.z)
                }
            }
        case .descend:
            if segment.isComplete {
                returnState.phase = .land
                startDescent(at: t, state: state, groundDown: t.z)
            }
        case .land:
            if landed { returnState.phase = .done }
        case .done:
            break
        }
        return returnState.phase == .done
    }
}
