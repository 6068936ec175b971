// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Message to control a camera mount, directional antenna, etc.
///
/// MAVLink message `MOUNT_CONTROL` (id 157).
public struct MountControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 157 }
    @inlinable public static var name: StaticString { "MOUNT_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 21 }
    @inlinable public static var minLength: Int { 15 }
    @inlinable public static var maxLength: Int { 15 }

    /// System ID.
    public var targetSystem: UInt8
    /// Component ID.
    public var targetComponent: UInt8
    /// Pitch (centi-degrees) or lat (degE7), depending on mount mode.
    public var inputA: Int32
    /// Roll (centi-degrees) or lon (degE7) depending on mount mode.
    public var inputB: Int32
    /// Yaw (centi-degrees) or alt (cm) depending on mount mode.
    public var inputC: Int32
    /// If "1" it will save current trimmed position on EEPROM (just valid for NEUTRAL and LANDING).
    public var savePosition: UInt8

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, inputA: Int32 = 0, inputB: Int32 = 0, inputC: Int32 = 0, savePosition: UInt8 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.inputA = inputA
        self.inputB = inputB
        self.inputC = inputC
        self.savePosition = savePosition
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        inputA = _p.loadUnaligned(fromByteOffset: 0, as: Int32.self)
        inputB = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        inputC = _p.loadUnaligned(fromByteOffset: 8, as: Int32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        savePosition = _p.loadUnaligned(fromByteOffset: 14, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: inputA, toByteOffset: 0, as: Int32.self)
        _p.storeBytes(of: inputB, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: inputC, toByteOffset: 8, as: Int32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 12, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: savePosition, toByteOffset: 14, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("input_a", inputA)
        v.visit("input_b", inputB)
        v.visit("input_c", inputC)
        v.visit("save_position", savePosition)
    }
}
