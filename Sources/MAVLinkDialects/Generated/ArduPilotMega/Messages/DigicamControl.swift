// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Control on-board Camera Control System to take shots.
///
/// MAVLink message `DIGICAM_CONTROL` (id 155).
public struct DigicamControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 155 }
    @inlinable public static var name: StaticString { "DIGICAM_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 22 }
    @inlinable public static var minLength: Int { 13 }
    @inlinable public static var maxLength: Int { 13 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// 0: stop, 1: start or keep it up //Session control e.g. show/hide lens.
    public var session: UInt8
    /// 1 to N //Zoom's absolute position (0 means ignore).
    public var zoomPos: UInt8
    /// -100 to 100 //Zooming step value to offset zoom from the current position.
    public var zoomStep: Int8
    /// 0: unlock focus or keep unlocked, 1: lock focus or keep locked, 3: re-lock focus.
    public var focusLock: UInt8
    /// 0: ignore, 1: shot or start filming.
    public var shot: UInt8
    /// Command Identity (incremental loop: 0 to 255)//A command sent multiple times will be executed or pooled just once.
    public var commandId: UInt8
    /// Extra parameters enumeration (0 means ignore).
    public var extraParam: UInt8
    /// Correspondent value to given extra_param.
    public var extraValue: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, session: UInt8 = 0, zoomPos: UInt8 = 0, zoomStep: Int8 = 0, focusLock: UInt8 = 0, shot: UInt8 = 0, commandId: UInt8 = 0, extraParam: UInt8 = 0, extraValue: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.session = session
        self.zoomPos = zoomPos
        self.zoomStep = zoomStep
        self.focusLock = focusLock
        self.shot = shot
        self.commandId = commandId
        self.extraParam = extraParam
        self.extraValue = extraValue
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        extraValue = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 4, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 5, as: UInt8.self)
        session = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        zoomPos = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
        zoomStep = _p.loadUnaligned(fromByteOffset: 8, as: Int8.self)
        focusLock = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        shot = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        commandId = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        extraParam = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: extraValue, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 4, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 5, as: UInt8.self)
        _p.storeBytes(of: session, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: zoomPos, toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: zoomStep, toByteOffset: 8, as: Int8.self)
        _p.storeBytes(of: focusLock, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: shot, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: commandId, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: extraParam, toByteOffset: 12, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("session", session)
        v.visit("zoom_pos", zoomPos)
        v.visit("zoom_step", zoomStep)
        v.visit("focus_lock", focusLock)
        v.visit("shot", shot)
        v.visit("command_id", commandId)
        v.visit("extra_param", extraParam)
        v.visit("extra_value", extraValue)
    }
}
