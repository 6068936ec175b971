// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Report status of a command. Includes feedback whether the command was executed. The command microservice is documented at https://mavlink.io/en/services/command.html
///
/// MAVLink message `COMMAND_ACK` (id 77).
public struct CommandAck: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 77 }
    @inlinable public static var name: StaticString { "COMMAND_ACK" }
    @inlinable public static var crcExtra: UInt8 { 143 }
    @inlinable public static var minLength: Int { 3 }
    @inlinable public static var maxLength: Int { 10 }

    /// Command ID (of acknowledged command).
    /// Values: `MAVCmd`.
    public var command: MAVCmd
    /// Result of command.
    /// Values: `MAVResult`.
    public var result: MAVResult
    /// The progress percentage when result is MAV_RESULT_IN_PROGRESS. Values: [0-100], or UINT8_MAX if the progress is unknown.
    /// Units: %.
    /// MAVLink 2 extension field.
    public var progress: UInt8
    /// Additional result information. Can be set with a command-specific enum containing command-specific error reasons for why the command might be denied. If used, the associated enum must be documented in the corresponding MAV_CMD (this enum should have a 0 value to indicate "unused" or "unknown").
    /// MAVLink 2 extension field.
    public var resultParam2: Int32
    /// System ID of the target recipient. This is the ID of the system that sent the command for which this COMMAND_ACK is an acknowledgement.
    /// MAVLink 2 extension field.
    public var targetSystem: UInt8
    /// Component ID of the target recipient. This is the ID of the system that sent the command for which this COMMAND_ACK is an acknowledgement.
    /// MAVLink 2 extension field.
    public var targetComponent: UInt8

    public init(command: MAVCmd = MAVCmd(rawValue: 0), result: MAVResult = MAVResult(rawValue: 0), progress: UInt8 = 0, resultParam2: Int32 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0) {
        self.command = command
        self.result = result
        self.progress = progress
        self.resultParam2 = resultParam2
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        command = MAVCmd(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 0, as: UInt16.self)))
        result = MAVResult(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)))
        progress = _p.loadUnaligned(fromByteOffset: 3, as: UInt8.self)
        resultParam2 = _p.loadUnaligned(fromByteOffset: 4, as: Int32.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: UInt16(truncatingIfNeeded: command.rawValue), toByteOffset: 0, as: UInt16.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: result.rawValue), toByteOffset: 2, as: UInt8.self)
        _p.storeBytes(of: progress, toByteOffset: 3, as: UInt8.self)
        _p.storeBytes(of: resultParam2, toByteOffset: 4, as: Int32.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 9, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("command", UInt16(truncatingIfNeeded: command.rawValue))
        v.visit("result", UInt8(truncatingIfNeeded: result.rawValue))
        v.visit("progress", progress)
        v.visit("result_param2", resultParam2)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
    }
}
