import MAVLinkDialects
import Testing
@testable import GroundStation

/// `MissionProgress`: what counts as reached of the ground station's own mission.
@Suite struct MissionProgressTests {
    @Test func thePreviousMissionsCompleteStateDoesNotCountForTheNewOne() {
        // The soak's lost flight: the vehicle still reported the last mission complete while the
        // new one was being uploaded; the new one then never got off the ground.
        var p = MissionProgress(itemCount: 17)
        p.current(MissionCurrent(seq: 16, total: 17, missionState: .complete))
        p.reached(16)
        p.ownMissionInstalled()
        p.current(MissionCurrent(seq: 0, total: 17, missionState: .notStarted))
        #expect(p.reachedItems == [])
        #expect(!p.complete)
        #expect(p.announced.isEmpty)
    }

    @Test func itemsCountAnnouncedPassedOrByCompletion() {
        var p = MissionProgress(itemCount: 5)
        p.ownMissionInstalled()
        let first = p.reached(0), again = p.reached(0)
        #expect(first)
        #expect(!again, "a repeated announcement is not news")
        p.current(MissionCurrent(seq: 3, total: 5, missionState: .active))
        #expect(p.reachedItems == [0, 1, 2], "the current item has moved past 0…2")
        p.current(MissionCurrent(seq: 2, total: 5, missionState: .active))
        #expect(p.currentItem == 3, "a lower current item (a repeated MISSION_CURRENT) does not undo progress")
        p.current(MissionCurrent(seq: 4, total: 5, missionState: .complete))
        #expect(p.reachedItems == [0, 1, 2, 3, 4], "complete: every item, announced or not")
    }

    @Test func announcementsBeyondThePlanAreNotCounted() {
        var p = MissionProgress(itemCount: 2)
        p.ownMissionInstalled()
        p.reached(7)
        #expect(p.reachedItems == [])
    }
}
