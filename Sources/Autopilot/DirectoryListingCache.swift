import Foundation
import Synchronization

/// Host folder listings kept while the folder is unchanged: same inode and modification time (a
/// file created, removed or renamed in it changes the folder's time).
final class DirectoryListingCache: Sendable {
    typealias Listing = [(name: String, isDirectory: Bool, size: UInt32)]

    /// What identifies one state of a folder.
    struct Stamp: Equatable {
        var inode: UInt64, seconds: Int, nanoseconds: Int
        init(_ s: stat) { inode = UInt64(s.st_ino); seconds = s.st_mtim.tv_sec; nanoseconds = s.st_mtim.tv_nsec }
    }

    private struct Entry { var stamp: Stamp; var listing: Listing }
    private let entries = Mutex<[String: Entry]>([:])
    private let flat = Mutex<(stamps: [Stamp], logs: [(name: String, size: UInt32)])?>(nil)
    private let generation = Atomic<Int>(0)

    /// The flat log list remembered for the day folders' `stamps` (the log folder's own listing
    /// is checked by `listing(of:stamp:)`), nil when none or one changed.
    func flatLogs(stamps: [Stamp]) -> [(name: String, size: UInt32)]? {
        flat.withLock { $0.flatMap { $0.stamps == stamps ? $0.logs : nil } }
    }

    /// Forgets the flat log list (a change made through the file system may have touched it).
    func forgetFlatLogs() { flat.withLock { generation.add(1, ordering: .acquiringAndReleasing); $0 = nil } }

    /// The flat log list last remembered, whether or not a folder changed since (nil: none yet).
    var lastFlatLogs: [(name: String, size: UInt32)]? { flat.withLock { $0?.logs } }

    private let refreshing = Atomic<Bool>(false)
    /// Where `refreshInBackground` runs (tests suspend it to see a list in progress go on).
    let refreshQueue = PolledWorkQueue(label: "log listing")

    /// Runs `refresh` on a queue of its own at ordinary priority, unless one is still running.
    func refreshInBackground(_ refresh: @escaping @Sendable () -> Void) {
        guard refreshing.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else { return }
        refreshQueue.submit { [self] in
            refresh()
            refreshing.store(false, ordering: .releasing)
        }
    }

    /// Counts `forgetFlatLogs` calls: a list read before the last one is not remembered.
    var flatGeneration: Int { generation.load(ordering: .acquiring) }

    /// Remembers the flat log list for the day folders' `stamps`, read since `generation`
    /// (`flatGeneration` before the read): not when the list was forgotten meanwhile.
    func rememberFlatLogs(_ logs: [(name: String, size: UInt32)], stamps: [Stamp], generation read: Int) {
        flat.withLock { if generation.load(ordering: .acquiring) == read { $0 = (stamps, logs) } }
    }

    /// The listing of `folder` remembered for `stamp`, nil when none or the folder changed.
    func listing(of folder: String, stamp: Stamp) -> Listing? {
        entries.withLock { $0[folder].flatMap { $0.stamp == stamp ? $0.listing : nil } }
    }

    /// Remembers `listing` as `folder`'s at `stamp`.
    func remember(_ listing: Listing, of folder: String, stamp: Stamp) {
        entries.withLock { $0[folder] = Entry(stamp: stamp, listing: listing) }
    }
}
