// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Set the vehicle attitude and body angular rates.
///
/// MAVLink message `SET_ACTUATOR_CONTROL_TARGET` (id 139).
public struct SetActuatorControlTarget: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 139 }
    @inlinable public static var name: StaticString { "SET_ACTUATOR_CONTROL_TARGET" }
    @inlinable public static var crcExtra: UInt8 { 168 }
    @inlinable public static var minLength: Int { 43 }
    @inlinable public static var maxLength: Int { 43 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Actuator group. The "_mlx" indicates this is a multi-instance message and a MAVLink parser should use this field to difference between instances.
    public var groupMlx: UInt8
    /// System ID
    public var targetSystem: UInt8
    /// Component ID
    public var targetComponent: UInt8
    /// Actuator controls. Normed to -1..+1 where 0 is neutral position. Throttle for single rotation direction motors is 0..1, negative range for reverse direction. Standard mapping for attitude controls (group 0): (index 0-7): roll, pitch, yaw, throttle, flaps, spoilers, airbrakes, landing gear. Load a pass-through mixer to repurpose them as generic outputs.
    public var controls: FixedArray<8, Float>

    public init(timeUsec: UInt64 = 0, groupMlx: UInt8 = 0, targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, controls: FixedArray<8, Float> = FixedArray(repeating: 0)) {
        self.timeUsec = timeUsec
        self.groupMlx = groupMlx
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.controls = controls
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        controls = FixedArray.load(from: _p, at: 8)
        groupMlx = _p.loadUnaligned(fromByteOffset: 40, as: UInt8.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 41, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 42, as: UInt8.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        controls.store(to: _p, at: 8)
        _p.storeBytes(of: groupMlx, toByteOffset: 40, as: UInt8.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 41, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 42, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("group_mlx", groupMlx)
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("controls", controls)
    }
}
