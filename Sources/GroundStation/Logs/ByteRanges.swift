/// A set of byte offsets of one file, kept as sorted, disjoint, non-adjacent half-open ranges.
///
/// What a download holds so far: chunks arriving out of order or twice are merged, and what is
/// still missing up to the file's size comes back as ranges to re-request. Offsets are bytes
/// from the start of the file.
public struct ByteRanges: Sendable, Equatable, CustomStringConvertible {
    /// The ranges, ascending; none empty, none touching another.
    public private(set) var ranges: [Range<Int>] = []

    public init() {}

    /// The union of `ranges` (any order, overlaps allowed).
    public init(_ ranges: [Range<Int>]) { for r in ranges { insert(r) } }

    /// Bytes held.
    public var count: Int { ranges.reduce(0) { $0 + $1.count } }

    public var isEmpty: Bool { ranges.isEmpty }

    /// Adds `range` (merging with whatever it overlaps or touches).
    public mutating func insert(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        // First range that ends at or after the new one starts (could touch or overlap it).
        var lo = 0, hi = ranges.count
        while lo < hi { let mid = (lo + hi) / 2; if ranges[mid].upperBound < range.lowerBound { lo = mid + 1 } else { hi = mid } }
        var merged = range
        var end = lo
        while end < ranges.count && ranges[end].lowerBound <= merged.upperBound {
            merged = min(merged.lowerBound, ranges[end].lowerBound) ..< max(merged.upperBound, ranges[end].upperBound)
            end += 1
        }
        ranges.replaceSubrange(lo ..< end, with: [merged])
    }

    /// True when every byte of `range` is held.
    public func contains(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return true }
        return ranges.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// The ranges of `0 ..< size` not held, ascending.
    public func missing(upTo size: Int) -> [Range<Int>] {
        var gaps: [Range<Int>] = []
        var at = 0
        for r in ranges {
            if r.lowerBound >= size { break }
            if r.lowerBound > at { gaps.append(at ..< r.lowerBound) }
            at = max(at, r.upperBound)
        }
        if at < size { gaps.append(at ..< size) }
        return gaps
    }

    /// True when `0 ..< size` is held whole.
    public func isComplete(size: Int) -> Bool { size == 0 || contains(0 ..< size) }

    /// Drops everything at or past `size` (a file that turned out shorter).
    public mutating func clip(to size: Int) {
        ranges = ranges.compactMap { r in r.lowerBound >= size ? nil : r.lowerBound ..< min(r.upperBound, size) }
    }

    /// `0-100,200-300`: each range as `start-end` (end exclusive), comma-separated.
    public var description: String { ranges.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",") }

    /// Parses `description`'s format (empty text is the empty set); nil when malformed.
    public init?(parsing text: Substring) {
        self.init()
        guard !text.isEmpty else { return }
        for part in text.split(separator: ",") {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 2, let a = Int(ends[0]), let b = Int(ends[1]), a >= 0, a <= b else { return nil }
            insert(a ..< b)
        }
    }
}
