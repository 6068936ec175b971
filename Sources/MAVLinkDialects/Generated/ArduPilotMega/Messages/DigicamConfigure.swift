// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Configure on-board Camera Control System.
///
/// MAVLink message `DIGICAM_CONFIGURE` (id 154).
public struct DigicamConfigure: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 154 }
    @inlinable public static var name: StaticString { "DIGICAM_CONFIGURE" }
    @inlinable public static var crcExtra: UInt8 { 84 }
    @inlinable public static var minLength: Int { 15 }
    @inlinable public static var maxLength: Int { 15 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Mode enumeration from 1 to N //P, TV, AV, M, etc. (0 means ignore).
    public var mode: UInt8
    /// Divisor number //e.g. 1000 means 1/1000 (0 means ignore).
    public var shutterSpeed: UInt16
    /// F stop number x 10 //e.g. 28 means 2.8 (0 means ignore).
    public var aperture: UInt8
    /// ISO enumeration from 1 to N //e.g. 80, 100, 200, Etc (0 means ignore).
    public var iso: UInt8
    /// Exposure type enumeration from 1 to N (0 means ignore).
    public var exposureType: UInt8
    /// Command Identity (incremental loop: 0 to 255). //A command sent multiple times will be executed or pooled just once.
    public var commandId: UInt8
    /// Main engine cut-off time before camera trigger (0 means no cut-off).
    /// Units: ds.
    public var engineCutOff: UInt8
    /// Extra parameters enumeration (0 means ignore).
    public var extraParam: UInt8
    /// Correspondent value to given extra_param.
    public var extraValue: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, mode: UInt8 = 0, shutterSpeed: UInt16 = 0, aperture: UInt8 = 0, iso: UInt8 = 0, exposureType: UInt8 = 0, commandId: UInt8 = 0, engineCutOff: UInt8 = 0, extraParam: UInt8 = 0, extraValue: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.mode = mode
        self.shutterSpeed = shutterSpeed
        self.aperture = aperture
        self.iso = iso
        self.exposureType = exposureType
        self.commandId = commandId
        self.engineCutOff = engineCutOff
        self.extraParam = extraParam
        self.extraValue = extraValue
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        extraValue = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        shutterSpeed = _p.loadUnaligned(fromByteOffset: 4, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 6, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 7, as: UInt8.self)
        mode = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        aperture = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        iso = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        exposureType = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        commandId = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        engineCutOff = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        extraParam = _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: extraValue, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: shutterSpeed, toByteOffset: 4, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 6, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 7, as: UInt8.self)
        _p.storeBytes(of: mode, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: aperture, toByteOffset: 9, as: UInt8.self)
        _p.storeBytes(of: iso, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: exposureType, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: commandId, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: engineCutOff, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: extraParam, toByteOffset: 14, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("mode", mode)
        v.visit("shutter_speed", shutterSpeed)
        v.visit("aperture", aperture)
        v.visit("iso", iso)
        v.visit("exposure_type", exposureType)
        v.visit("command_id", commandId)
        v.visit("engine_cut_off", engineCutOff)
        v.visit("extra_param", extraParam)
        v.visit("extra_value", extraValue)
    }
}
