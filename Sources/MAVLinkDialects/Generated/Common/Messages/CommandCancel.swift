// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Cancel a long running command. The target system should respond with a COMMAND_ACK to the original command with result=MAV_RESULT_CANCELLED if the long running process was cancelled. If it has already completed, the cancel action can be ignored. The cancel action can be retried until some sort of acknowledgement to the original command has been received. The command microservice is documented at https://mavlink.io/en/services/command.html
///
/// MAVLink message `COMMAND_CANCEL` (id 80).
public struct CommandCancel: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 80 }
    @inlinable public static var name: StaticString { "COMMAND_CANCEL" }
    @inlinable public static var crcExtra: UInt8 { 14 }
    @inlinable public static var minLength: Int { 4 }
    @inlinable public static var maxLength: Int { 4 }

    /// System executing long running command. Should not be broadcast (0).
    public var targetSystem: UInt8
    /// Component executing long running command.
    public var targetComponent: UInt8
    /// Command ID (of command to cancel).
    /// Values: `MAVCmd`.
    public var command: MAVCmd

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, command: MAVCmd = MAVCmd(rawValue: 0)) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.command = command
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        command = MAVCmd(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt16(truncatingIfNeeded: command.rawValue), toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 3, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("command", UInt16(truncatingIfNeeded: command.rawValue))
    }
}
