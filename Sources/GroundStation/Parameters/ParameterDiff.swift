/// What applying a wanted set of parameters to a current one would change.
public struct ParameterDiff: Sendable {
    /// Parameters whose value differs (the current entry carries the type).
    public var changed: [(current: ParameterEntry, wanted: ParameterEntry)] = []
    /// Wanted names the current set does not have.
    public var unknown: [ParameterEntry] = []
    /// Wanted parameters already at their value.
    public var unchanged = 0

    /// Compares in `wanted`'s order; values are compared as the current entry's type stores them.
    public init(current: [ParameterEntry], wanted: [ParameterEntry]) {
        var byName: [String: ParameterEntry] = [:]
        for e in current { byName[e.name] = e }
        for w in wanted {
            guard let c = byName[w.name] else { unknown.append(w); continue }
            if c.sameValue(w.value) { unchanged += 1 } else {
                var typed = w
                typed.type = c.type
                changed.append((c, typed))
            }
        }
    }
}
