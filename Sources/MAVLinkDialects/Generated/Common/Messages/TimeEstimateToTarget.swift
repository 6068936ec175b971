// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Time/duration estimates for various events and actions given the current vehicle state and position.
///
/// MAVLink message `TIME_ESTIMATE_TO_TARGET` (id 380).
public struct TimeEstimateToTarget: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 380 }
    @inlinable public static var name: StaticString { "TIME_ESTIMATE_TO_TARGET" }
    @inlinable public static var crcExtra: UInt8 { 232 }
    @inlinable public static var minLength: Int { 20 }
    @inlinable public static var maxLength: Int { 20 }

    /// Estimated time to complete the vehicle's configured "safe return" action from its current position (e.g. RTL, Smart RTL, etc.). -1 indicates that the vehicle is landed, or that no time estimate available.
    /// Units: s.
    public var safeReturn: Int32
    /// Estimated time for vehicle to complete the LAND action from its current position. -1 indicates that the vehicle is landed, or that no time estimate available.
    /// Units: s.
    public var land: Int32
    /// Estimated time for reaching/completing the currently active mission item. -1 means no time estimate available.
    /// Units: s.
    public var missionNextItem: Int32
    /// Estimated time for completing the current mission. -1 means no mission active and/or no estimate available.
    /// Units: s.
    public var missionEnd: Int32
    /// Estimated time for completing the current commanded action (i.e. Go To, Takeoff, Land, etc.). -1 means no action active and/or no estimate available.
    /// Units: s.
    public var commandedAction: Int32

    public init(safeReturn: Int32 = 0, land: Int32 = 0, missionNextItem: Int32 = 0, missionEnd: Int32 = 0, commandedAction: Int32 = 0) {
        self.safeReturn = safeReturn
        self.land = land
        self.missionNextItem = missionNextItem
        self.missionEnd = missionEnd
        self.commandedAction = commandedAction
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        safeReturn = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        land = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        missionNextItem = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        missionEnd = _p.loadUnaligned(fromByteOffset: 12, as: Int32.self)
        commandedAction = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: safeReturn, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: land, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: missionNextItem, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: missionEnd, toByteOffset: 12, as: Int32.self)
        _p.storeBytes(of: commandedAction, toByteOffset: 16, as: Int32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("safe_return", safeReturn)
        v.visit("land", land)
        v.visit("mission_next_item", missionNextItem)
        v.visit("mission_end", missionEnd)
        v.visit("commanded_action", commandedAction)
    }
}
