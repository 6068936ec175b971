// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Status of AP_Limits. Sent in extended status stream when AP_Limits is enabled.
///
/// MAVLink message `LIMITS_STATUS` (id 167).
public struct LimitsStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 167 }
    @inlinable public static var name: StaticString { "LIMITS_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 144 }
    @inlinable public static var minLength: Int { 22 }
    @inlinable public static var maxLength: Int { 22 }

    /// State of AP_Limits.
    /// Values: `LimitsState`.
    public var limitsState: LimitsState
    /// Time (since boot) of last breach.
    /// Units: ms.
    public var lastTrigger: UInt32
    /// Time (since boot) of last recovery action.
    /// Units: ms.
    public var lastAction: UInt32
    /// Time (since boot) of last successful recovery.
    /// Units: ms.
    public var lastRecovery: UInt32
    /// Time (since boot) of last all-clear.
    /// Units: ms.
    public var lastClear: UInt32
    /// Number of fence breaches.
    public var breachCount: UInt16
    /// AP_Limit_Module bitfield of enabled modules.
    /// Values: `LimitModule`.
    public var modsEnabled: LimitModule
    /// AP_Limit_Module bitfield of required modules.
    /// Values: `LimitModule`.
    public var modsRequired: LimitModule
    /// AP_Limit_Module bitfield of triggered modules.
    /// Values: `LimitModule`.
    public var modsTriggered: LimitModule

    public init(limitsState: LimitsState = LimitsState(rawValue: 0), lastTrigger: UInt32 = 0, lastAction: UInt32 = 0, lastRecovery: UInt32 = 0, lastClear: UInt32 = 0, breachCount: UInt16 = 0, modsEnabled: LimitModule = LimitModule(rawValue: 0), modsRequired: LimitModule = LimitModule(rawValue: 0), modsTriggered: LimitModule = LimitModule(rawValue: 0)) {
        self.limitsState = limitsState
        self.lastTrigger = lastTrigger
        self.lastAction = lastAction
        self.lastRecovery = lastRecovery
        self.lastClear = lastClear
        self.breachCount = breachCount
        self.modsEnabled = modsEnabled
        self.modsRequired = modsRequired
        self.modsTriggered = modsTriggered
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        lastTrigger = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        lastAction = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        lastRecovery = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        lastClear = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        breachCount = _p.loadUnaligned(fromByteOffset: 16, as: UInt16.self)
        limitsState = LimitsState(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 18, as: UInt8.self)))
        modsEnabled = LimitModule(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 19, as: UInt8.self)))
        modsRequired = LimitModule(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 20, as: UInt8.self)))
        modsTriggered = LimitModule(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 21, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: lastTrigger, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: lastAction, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: lastRecovery, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: lastClear, toByteOffset: 12, as: UInt32.self)
        _p.storeBytes(of: breachCount, toByteOffset: 16, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: limitsState.rawValue), toByteOffset: 18, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: modsEnabled.rawValue), toByteOffset: 19, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: modsRequired.rawValue), toByteOffset: 20, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: modsTriggered.rawValue), toByteOffset: 21, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("limits_state", UInt8(truncatingIfNeeded: limitsState.rawValue))
        v.visit("last_trigger", lastTrigger)
        v.visit("last_action", lastAction)
        v.visit("last_recovery", lastRecovery)
        v.visit("last_clear", lastClear)
        v.visit("breach_count", breachCount)
        v.visit("mods_enabled", UInt8(truncatingIfNeeded: modsEnabled.rawValue))
        v.visit("mods_required", UInt8(truncatingIfNeeded: modsRequired.rawValue))
        v.visit("mods_triggered", UInt8(truncatingIfNeeded: modsTriggered.rawValue))
    }
}
