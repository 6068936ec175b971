import MAVLinkDialects

/// How far the vehicle got through the mission this ground station uploaded, from its
/// `MISSION_ITEM_REACHED` and `MISSION_CURRENT` messages.
///
/// Progress counts only once the upload is done (`ownMissionInstalled`): before it, the vehicle
/// still reports its previous mission, possibly as complete, and that must not count for this one.
/// Sans-I/O: feed it what arrives, in order.
public struct MissionProgress: Sendable {
    /// Number of items in this ground station's mission.
    public let itemCount: Int
    /// Items announced reached (`MISSION_ITEM_REACHED`), 0-based, in the order announced.
    public private(set) var announced: [Int] = []
    /// The highest current item the vehicle reported (`MISSION_CURRENT.seq`), 0-based.
    public private(set) var currentItem = 0
    /// The vehicle reported the mission complete (`MISSION_CURRENT.mission_state` complete).
    public private(set) var complete = false
    private var counting = false

    /// Progress through a mission of `itemCount` items.
    public init(itemCount: Int) { self.itemCount = itemCount }

    /// The vehicle acknowledged this ground station's mission: what it reports from now on is
    /// about it.
    public mutating func ownMissionInstalled() { counting = true }

    /// A `MISSION_ITEM_REACHED` for item `seq`; true when it is news (a new item reached).
    @discardableResult
    public mutating func reached(_ seq: UInt16) -> Bool {
        guard counting, announced.last != Int(seq) else { return false }
        announced.append(Int(seq))
        return true
    }

    /// A `MISSION_CURRENT` from the vehicle.
    public mutating func current(_ m: MissionCurrent) {
        guard counting else { return }
        currentItem = max(currentItem, Int(m.seq))
        if m.missionState == .complete { complete = true }
    }

    /// Items reached, 0-based and sorted: those announced, those the current item has moved past,
    /// and every item once the vehicle reports the mission complete (announcements can be lost on
    /// a busy link).
    public var reachedItems: [Int] {
        var reached = Set(announced.filter { $0 < itemCount }).union(0..<min(currentItem, itemCount))
        if complete { reached.formUnion(0..<itemCount) }
        return reached.sorted()
    }
}
