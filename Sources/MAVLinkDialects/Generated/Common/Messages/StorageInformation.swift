// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a storage medium. This message is sent in response to a request with MAV_CMD_REQUEST_MESSAGE and whenever the status of the storage changes (STORAGE_STATUS). Use MAV_CMD_REQUEST_MESSAGE.param2 to indicate the index/id of requested storage: 0 for all, 1 for first, 2 for second, etc.
///
/// MAVLink message `STORAGE_INFORMATION` (id 261).
public struct StorageInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 261 }
    @inlinable public static var name: StaticString { "STORAGE_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 179 }
    @inlinable public static var minLength: Int { 27 }
    @inlinable public static var maxLength: Int { 61 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Storage ID (1 for first, 2 for second, etc.)
    public var storageId: UInt8
    /// Number of storage devices
    public var storageCount: UInt8
    /// Status of storage
    /// Values: `StorageStatus`.
    public var status: StorageStatus
    /// Total capacity. If storage is not ready (STORAGE_STATUS_READY) value will be ignored.
    /// Units: MiB.
    public var totalCapacity: Float
    /// Used capacity. If storage is not ready (STORAGE_STATUS_READY) value will be ignored.
    /// Units: MiB.
    public var usedCapacity: Float
    /// Available storage capacity. If storage is not ready (STORAGE_STATUS_READY) value will be ignored.
    /// Units: MiB.
    public var availableCapacity: Float
    /// Read speed.
    /// Units: MiB/s.
    public var readSpeed: Float
    /// Write speed.
    /// Units: MiB/s.
    public var writeSpeed: Float
    /// Type of storage
    /// Values: `StorageType`.
    /// MAVLink 2 extension field.
    public var type: StorageType
    /// Textual storage name to be used in UI (microSD 1, Internal Memory, etc.) This is a NULL terminated string. If it is exactly 32 characters long, add a terminating NULL. If this string is empty, the generic type is shown to the user.
    /// MAVLink 2 extension field.
    public var name: FixedString<32>
    /// Flags indicating whether this instance is preferred storage for photos, videos, etc.
    /// Note: Implementations should initially set the flags on the system-default storage id used for saving media (if possible/supported).
    /// This setting can then be overridden using MAV_CMD_SET_STORAGE_USAGE.
    /// If the media usage flags are not set, a GCS may assume storage ID 1 is the default storage for all media types.
    /// Values: `StorageUsageFlag`.
    /// MAVLink 2 extension field.
    public var storageUsage: StorageUsageFlag

    public init(timeBootMs: UInt32 = 0, storageId: UInt8 = 0, storageCount: UInt8 = 0, status: StorageStatus = StorageStatus(rawValue: 0), totalCapacity: Float = 0, usedCapacity: Float = 0, availableCapacity: Float = 0, readSpeed: Float = 0, writeSpeed: Float = 0, type: StorageType = StorageType(rawValue: 0), name: FixedString<32> = FixedString(), storageUsage: StorageUsageFlag = StorageUsageFlag(rawValue: 0)) {
        self.timeBootMs = timeBootMs
        self.storageId = storageId
        self.storageCount = storageCount
        self.status = status
        self.totalCapacity = totalCapacity
        self.usedCapacity = usedCapacity
        self.availableCapacity = availableCapacity
        self.readSpeed = readSpeed
        self.writeSpeed = writeSpeed
        self.type = type
        self.name = name
        self.storageUsage = storageUsage
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeBootMs = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        totalCapacity = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        usedCapacity = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        availableCapacity = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        readSpeed = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        writeSpeed = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        storageId = _p.loadUnaligned(fromByteOffset: 24, as: UInt8.self)
        storageCount = _p.loadUnaligned(fromByteOffset: 25, as: UInt8.self)
        status = StorageStatus(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)))
        type = StorageType(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)))
        name = FixedString.load(from: _p, at: 28)
        storageUsage = StorageUsageFlag(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 60, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeBootMs, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: totalCapacity, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: usedCapacity, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: availableCapacity, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: readSpeed, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: writeSpeed, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: storageId, toByteOffset: 24, as: UInt8.self)
        _p.storeBytes(of: storageCount, toByteOffset: 25, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: status.rawValue), toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: type.rawValue), toByteOffset: 27, as: UInt8.self)
        name.store(to: _p, at: 28)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: storageUsage.rawValue), toByteOffset: 60, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("storage_id", storageId)
        v.visit("storage_count", storageCount)
        v.visit("status", UInt8(truncatingIfNeeded: status.rawValue))
        v.visit("total_capacity", totalCapacity)
        v.visit("used_capacity", usedCapacity)
        v.visit("available_capacity", availableCapacity)
        v.visit("read_speed", readSpeed)
        v.visit("write_speed", writeSpeed)
        v.visit("type", UInt8(truncatingIfNeeded: type.rawValue))
        v.visit("name", name)
        v.visit("storage_usage", UInt8(truncatingIfNeeded: storageUsage.rawValue))
    }
}
