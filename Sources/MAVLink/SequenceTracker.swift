/// Counts received and lost frames per sender from MAVLink sequence-number gaps.
///
/// Each (system, component) sender numbers its frames 0…255 per link; a jump of k > 1 means k − 1
/// frames were lost. Up to 16 senders are tracked in fixed storage (the least recently heard one
/// is forgotten when a 17th appears).
public struct SequenceTracker: Sendable {
    @usableFromInline struct Entry: Sendable {
        var sender: UInt16
        var lastSequence: UInt8
        var lastUse: UInt32
        var used: Bool
    }

    @usableFromInline var entries: InlineArray<16, Entry>
    @usableFromInline var clock: UInt32 = 0
    /// Frames counted as received.
    public private(set) var received: UInt64 = 0
    /// Frames inferred lost from gaps.
    public private(set) var lost: UInt64 = 0

    public init() { entries = InlineArray(repeating: Entry(sender: 0, lastSequence: 0, lastUse: 0, used: false)) }

    /// Fraction of frames lost so far, 0…1.
    public var lossRatio: Double { received + lost == 0 ? 0 : Double(lost) / Double(received + lost) }

    /// Records a frame; returns how many frames from its sender were lost just before it.
    @discardableResult
    public mutating func record(systemID: UInt8, componentID: UInt8, sequence: UInt8) -> Int {
        clock &+= 1
        received += 1
        let sender = UInt16(systemID) << 8 | UInt16(componentID)
        var victim = 0
        for i in 0..<16 {
            if entries[i].used && entries[i].sender == sender {
                let gap = Int(sequence &- entries[i].lastSequence) - 1
                entries[i].lastSequence = sequence
                entries[i].lastUse = clock
                // A gap of 255 is a duplicate or reordered frame, not 254 losses.
                let missing = gap > 0 && gap < 128 ? gap : 0
                lost += UInt64(missing)
                return missing
            }
            if !entries[i].used { victim = i } else if entries[victim].used && entries[i].lastUse < entries[victim].lastUse { victim = i }
        }
        entries[victim] = Entry(sender: sender, lastSequence: sequence, lastUse: clock, used: true)
        return 0
    }
}
