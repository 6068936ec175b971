extension MissionPlan {
    /// Checks that every located item lies inside `fence` (its regions and altitude/distance limits
    /// about home); throws `MissionResult.denied` at the first item that does not.
    ///
    /// The fence must be localized in `geometry.plane`. Takeoff and land items without a position
    /// (0°, 0°) are skipped: they happen where the vehicle is.
    public func validateInside(_ fence: Geofence, geometry: MissionGeometry) throws(MissionRejection) {
        let home = geometry.homePosition
        for index in 0..<count {
            let item = items[index]
            guard let command = item.command, command.isNavigation, command.usesLocation,
                  !item.hasNoHorizontalPosition else { continue }
            if fence.breach(at: geometry.position(of: item), home: home) != nil {
                throw MissionRejection(.denied, at: index)
            }
        }
    }
}
