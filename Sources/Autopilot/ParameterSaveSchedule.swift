/// When the runtime writes the parameter file while `PARAM_SET`s arrive.
///
/// The first accepted set after a save starts a `delay`; when it has passed, one save writes that
/// set and every one that followed. A burst of sets thus costs one write per `delay` and the last
/// value is on disk at most `delay` after it was acknowledged (plus the write itself).
struct ParameterSaveSchedule {
    /// Wall-clock time to gather sets into one write.
    let delay: Duration
    var seenSets: UInt32 = 0
    var dueAt: ContinuousClock.Instant?

    init(delay: Duration) { self.delay = delay }

    /// Accepted sets not yet written.
    var hasUnsavedChanges: Bool { dueAt != nil }

    /// Takes the links' running count of accepted sets; true when a save is due now (the caller
    /// then saves: the schedule counts it as done).
    mutating func shouldSave(acceptedSets: UInt32, now: ContinuousClock.Instant) -> Bool {
        if acceptedSets != seenSets {
            seenSets = acceptedSets
            if dueAt == nil { dueAt = now.advanced(by: delay) }
        }
        guard let due = dueAt, now >= due else { return false }
        dueAt = nil
        return true
    }
}
