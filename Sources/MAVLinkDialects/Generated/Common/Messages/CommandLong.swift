// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a command with up to seven parameters to the MAV. COMMAND_INT is generally preferred when sending MAV_CMD commands that include positional information; it offers higher precision and allows the MAV_FRAME to be specified (which may otherwise be ambiguous, particularly for altitude). The command microservice is documented at https://mavlink.io/en/services/command.html
///
/// MAVLink message `COMMAND_LONG` (id 76).
public struct CommandLong: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 76 }
    @inlinable public static var name: StaticString { "COMMAND_LONG" }
    @inlinable public static var crcExtra: UInt8 { 152 }
    @inlinable public static var minLength: Int { 33 }
    @inlinable public static var maxLength: Int { 33 }

    /// System which should execute the command
    public var targetSystem: UInt8
    /// Component which should execute the command, 0 for all components
    public var targetComponent: UInt8
    /// Command ID (of command to send).
    /// Values: `MAVCmd`.
    public var command: MAVCmd
    /// 0: First transmission of this command. 1-255: Confirmation transmissions (e.g. for kill command)
    public var confirmation: UInt8
    /// Parameter 1 (for the specific command).
    public var param1: Float
    /// Parameter 2 (for the specific command).
    public var param2: Float
    /// Parameter 3 (for the specific command).
    public var param3: Float
    /// Parameter 4 (for the specific command).
    public var param4: Float
    /// Parameter 5 (for the specific command).
    public var param5: Float
    /// Parameter 6 (for the specific command).
    public var param6: Float
    /// Parameter 7 (for the specific command).
    public var param7: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, command: MAVCmd = MAVCmd(rawValue: 0), confirmation: UInt8 = 0, param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0, param5: Float = 0, param6: Float = 0, param7: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.command = command
        self.confirmation = confirmation
        self.param1 = param1
        self.param2 = param2
        self.param3 = param3
        self.param4 = param4
        self.param5 = param5
        self.param6 = param6
        self.param7 = param7
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        param1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        param2 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        param3 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        param4 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        param5 = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        param6 = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        param7 = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        command = MAVCmd(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        confirmation = _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: param1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: param2, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: param3, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: param4, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: param5, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: param6, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: param7, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: command.rawValue), toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 31, as: UInt8.self)
        _p.storeBytes(of: confirmation, toByteOffset: 32, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("command", UInt16(truncatingIfNeeded: command.rawValue))
        v.visit("confirmation", confirmation)
        v.visit("param1", param1)
        v.visit("param2", param2)
        v.visit("param3", param3)
        v.visit("param4", param4)
        v.visit("param5", param5)
        v.visit("param6", param6)
        v.visit("param7", param7)
    }
}
