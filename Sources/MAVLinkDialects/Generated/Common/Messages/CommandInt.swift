// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Send a command with up to seven parameters to the MAV, where params 5 and 6 are integers and the other values are floats. This is preferred over COMMAND_LONG as it allows the MAV_FRAME to be specified for interpreting positional information, such as altitude. COMMAND_INT is also preferred when sending latitude and longitude data in params 5 and 6, as it allows for greater precision. Param 5 and 6 encode positional data as scaled integers, where the scaling depends on the actual command value. NaN or INT32_MAX may be used in float/integer params (respectively) to indicate optional/default values (e.g. to use the component's current latitude, yaw rather than a specific value). The command microservice is documented at https://mavlink.io/en/services/command.html
///
/// MAVLink message `COMMAND_INT` (id 75).
public struct CommandInt: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 75 }
    @inlinable public static var name: StaticString { "COMMAND_INT" }
    @inlinable public static var crcExtra: UInt8 { 158 }
    @inlinable public static var minLength: Int { 35 }
    @inlinable public static var maxLength: Int { 35 }

    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// The coordinate system of the COMMAND.
    /// Values: `MAVFrame`.
    public var frame: MAVFrame
    /// The scheduled action for the mission item.
    /// Values: `MAVCmd`.
    public var command: MAVCmd
    /// Not used.
    public var current: UInt8
    /// Not used (set 0).
    public var autocontinue: UInt8
    /// PARAM1, see MAV_CMD enum
    public var param1: Float
    /// PARAM2, see MAV_CMD enum
    public var param2: Float
    /// PARAM3, see MAV_CMD enum
    public var param3: Float
    /// PARAM4, see MAV_CMD enum
    public var param4: Float
    /// PARAM5 / local: x position in meters * 1e4, global: latitude in degrees * 10^7
    public var x: Int32
    /// PARAM6 / local: y position in meters * 1e4, global: longitude in degrees * 10^7
    public var y: Int32
    /// PARAM7 / z position: global: altitude in meters (relative or absolute, depending on frame).
    public var z: Float

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, frame: MAVFrame = MAVFrame(rawValue: 0), command: MAVCmd = MAVCmd(rawValue: 0), current: UInt8 = 0, autocontinue: UInt8 = 0, param1: Float = 0, param2: Float = 0, param3: Float = 0, param4: Float = 0, x: Int32 = 0, y: Int32 = 0, z: Float = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.frame = frame
        self.command = command
        self.current = current
        self.autocontinue = autocontinue
        self.param1 = param1
        self.param2 = param2
        self.param3 = param3
        self.param4 = param4
        self.x = x
        self.y = y
        self.z = z
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        param1 = _p.loadUnaligned(fromByteOffset: 0, as: Float.self)
        param2 = _p.loadUnaligned(fromByteOffset: 4, as: Float.self)
        param3 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        param4 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        x = _p.loadUnaligned(fromByteOffset: 16, as: Int32.self)
        y = _p.loadUnaligned(fromByteOffset: 20, as: Int32.self)
        z = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        command = MAVCmd(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt16.self)))
        targetSystem = _p.loadUnaligned(fromByteOffset: 30, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 31, as: UInt8.self)
        frame = MAVFrame(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 32, as: UInt8.self)))
        current = _p.loadUnaligned(fromByteOffset: 33, as: UInt8.self)
        autocontinue = _p.loadUnaligned(fromByteOffset: 34, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: param1, toByteOffset: 0, as: Float.self)
        _p.storeBytes(of: param2, toByteOffset: 4, as: Float.self)
        _p.storeBytes(of: param3, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: param4, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: x, toByteOffset: 16, as: Int32.self)
        _p.storeBytes(of: y, toByteOffset: 20, as: Int32.self)
        _p.storeBytes(of: z, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: command.rawValue), toByteOffset: 28, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 30, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 31, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: frame.rawValue), toByteOffset: 32, as: UInt8.self)
        _p.storeBytes(of: current, toByteOffset: 33, as: UInt8.self)
        _p.storeBytes(of: autocontinue, toByteOffset: 34, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("frame", UInt8(truncatingIfNeeded: frame.rawValue))
        v.visit("command", UInt16(truncatingIfNeeded: command.rawValue))
        v.visit("current", current)
        v.visit("autocontinue", autocontinue)
        v.visit("param1", param1)
        v.visit("param2", param2)
        v.visit("param3", param3)
        v.visit("param4", param4)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
    }
}
