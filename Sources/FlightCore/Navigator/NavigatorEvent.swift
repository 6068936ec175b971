/// Something the navigator did, queued for telemetry (`MISSION_ITEM_REACHED`, `HOME_POSITION`…).
public enum NavigatorEvent: Sendable, Equatable {
    /// The mission item with this index was reached (navigation items on arrival, takeoff at
    /// altitude, land and return on touchdown, delays when they end, other items when executed).
    case itemReached(Int)
    /// The last item completed; the vehicle holds (or stays landed).
    case missionFinished
    /// Home moved (DO_SET_HOME).
    case homeChanged(GeodeticPosition)
}
