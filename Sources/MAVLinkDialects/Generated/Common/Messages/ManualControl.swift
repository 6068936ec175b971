// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Manual (joystick) control message.
/// This message represents movement axes and button using standard joystick axes nomenclature. Unused axes can be disabled and buttons states are transmitted as individual on/off bits of a bitmask. For more information see https://mavlink.io/en/services/manual_control.html
///
/// MAVLink message `MANUAL_CONTROL` (id 69).
public struct ManualControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 69 }
    @inlinable public static var name: StaticString { "MANUAL_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 243 }
    @inlinable public static var minLength: Int { 11 }
    @inlinable public static var maxLength: Int { 30 }

    /// The system to be controlled.
    public var target: UInt8
    /// X-axis, normalized to the range [-1000,1000]. A value of INT16_MAX indicates that this axis is invalid. Generally corresponds to forward(1000)-backward(-1000) movement on a joystick and the pitch of a vehicle.
    public var x: Int16
    /// Y-axis, normalized to the range [-1000,1000]. A value of INT16_MAX indicates that this axis is invalid. Generally corresponds to left(-1000)-right(1000) movement on a joystick and the roll of a vehicle.
    public var y: Int16
    /// Z-axis, normalized to the range [-1000,1000]. A value of INT16_MAX indicates that this axis is invalid. Generally corresponds to a separate slider movement with maximum being 1000 and minimum being -1000 on a joystick and the thrust of a vehicle. Positive values are positive thrust, negative values are negative thrust.
    public var z: Int16
    /// R-axis, normalized to the range [-1000,1000]. A value of INT16_MAX indicates that this axis is invalid. Generally corresponds to a twisting of the joystick, with clockwise being 1000 and counter-clockwise being -1000, and the yaw of a vehicle.
    public var r: Int16
    /// A bitfield corresponding to the joystick buttons' 0-15 current state, 1 for pressed, 0 for released. The lowest bit corresponds to Button 1.
    public var buttons: UInt16
    /// A bitfield corresponding to the joystick buttons' 16-31 current state, 1 for pressed, 0 for released. The lowest bit corresponds to Button 16.
    /// MAVLink 2 extension field.
    public var buttons2: UInt16
    /// Set bits to 1 to indicate which of the following extension fields contain valid data: bit 0: pitch, bit 1: roll, bit 2: aux1, bit 3: aux2, bit 4: aux3, bit 5: aux4, bit 6: aux5, bit 7: aux6
    /// MAVLink 2 extension field.
    public var enabledExtensions: UInt8
    /// Pitch-only-axis, normalized to the range [-1000,1000]. Generally corresponds to pitch on vehicles with additional degrees of freedom. Valid if bit 0 of enabled_extensions field is set. Set to 0 if invalid.
    /// MAVLink 2 extension field.
    public var s: Int16
    /// Roll-only-axis, normalized to the range [-1000,1000]. Generally corresponds to roll on vehicles with additional degrees of freedom. Valid if bit 1 of enabled_extensions field is set. Set to 0 if invalid.
    /// MAVLink 2 extension field.
    public var t: Int16
    /// Aux continuous input field 1. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 2 of enabled_extensions field is set. 0 if bit 2 is unset.
    /// MAVLink 2 extension field.
    public var aux1: Int16
    /// Aux continuous input field 2. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 3 of enabled_extensions field is set. 0 if bit 3 is unset.
    /// MAVLink 2 extension field.
    public var aux2: Int16
    /// Aux continuous input field 3. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 4 of enabled_extensions field is set. 0 if bit 4 is unset.
    /// MAVLink 2 extension field.
    public var aux3: Int16
    /// Aux continuous input field 4. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 5 of enabled_extensions field is set. 0 if bit 5 is unset.
    /// MAVLink 2 extension field.
    public var aux4: Int16
    /// Aux continuous input field 5. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 6 of enabled_extensions field is set. 0 if bit 6 is unset.
    /// MAVLink 2 extension field.
    public var aux5: Int16
    /// Aux continuous input field 6. Normalized in the range [-1000,1000]. Purpose defined by recipient. Valid data if bit 7 of enabled_extensions field is set. 0 if bit 7 is unset.
    /// MAVLink 2 extension field.
    public var aux6: Int16

    public init(target: UInt8 = 0, x: Int16 = 0, y: Int16 = 0, z: Int16 = 0, r: Int16 = 0, buttons: UInt16 = 0, buttons2: UInt16 = 0, enabledExtensions: UInt8 = 0, s: Int16 = 0, t: Int16 = 0, aux1: Int16 = 0, aux2: Int16 = 0, aux3: Int16 = 0, aux4: Int16 = 0, aux5: Int16 = 0, aux6: Int16 = 0) {
        self.target = target
        self.x = x
        self.y = y
        self.z = z
        self.r = r
        self.buttons = buttons
        self.buttons2 = buttons2
        self.enabledExtensions = enabledExtensions
        self.s = s
        self.t = t
        self.aux1 = aux1
        self.aux2 = aux2
        self.aux3 = aux3
        self.aux4 = aux4
        self.aux5 = aux5
        self.aux6 = aux6
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        x = _p.loadUnaligned(fromByteOffset: 0, as: Int16.self)
        y = _p.loadUnaligned(fromByteOffset: 2, as: Int16.self)
        z = _p.loadUnaligned(fromByteOffset: 4, as: Int16.self)
        r = _p.loadUnaligned(fromByteOffset: 6, as: Int16.self)
        buttons = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        target = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        buttons2 = _p.loadUnaligned(fromByteOffset: 11, as: UInt16.self)
        enabledExtensions = _p.loadUnaligned(fromByteOffset: 13, as: UInt8.self)
        s = _p.loadUnaligned(fromByteOffset: 14, as: Int16.self)
        t = _p.loadUnaligned(fromByteOffset: 16, as: Int16.self)
        aux1 = _p.loadUnaligned(fromByteOffset: 18, as: Int16.self)
        aux2 = _p.loadUnaligned(fromByteOffset: 20, as: Int16.self)
        aux3 = _p.loadUnaligned(fromByteOffset: 22, as: Int16.self)
        aux4 = _p.loadUnaligned(fromByteOffset: 24, as: Int16.self)
        aux5 = _p.loadUnaligned(fromByteOffset: 26, as: Int16.self)
        aux6 = _p.loadUnaligned(fromByteOffset: 28, as: Int16.self)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: x, toByteOffset: 0, as: Int16.self)
        _p.storeBytes(of: y, toByteOffset: 2, as: Int16.self)
        _p.storeBytes(of: z, toByteOffset: 4, as: Int16.self)
        _p.storeBytes(of: r, toByteOffset: 6, as: Int16.self)
        _p.storeBytes(of: buttons, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: target, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: buttons2, toByteOffset: 11, as: UInt16.self)
        _p.storeBytes(of: enabledExtensions, toByteOffset: 13, as: UInt8.self)
        _p.storeBytes(of: s, toByteOffset: 14, as: Int16.self)
        _p.storeBytes(of: t, toByteOffset: 16, as: Int16.self)
        _p.storeBytes(of: aux1, toByteOffset: 18, as: Int16.self)
        _p.storeBytes(of: aux2, toByteOffset: 20, as: Int16.self)
        _p.storeBytes(of: aux3, toByteOffset: 22, as: Int16.self)
        _p.storeBytes(of: aux4, toByteOffset: 24, as: Int16.self)
        _p.storeBytes(of: aux5, toByteOffset: 26, as: Int16.self)
        _p.storeBytes(of: aux6, toByteOffset: 28, as: Int16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target", target)
        v.visit("x", x)
        v.visit("y", y)
        v.visit("z", z)
        v.visit("r", r)
        v.visit("buttons", buttons)
        v.visit("buttons2", buttons2)
        v.visit("enabled_extensions", enabledExtensions)
        v.visit("s", s)
        v.visit("t", t)
        v.visit("aux1", aux1)
        v.visit("aux2", aux2)
        v.visit("aux3", aux3)
        v.visit("aux4", aux4)
        v.visit("aux5", aux5)
        v.visit("aux6", aux6)
    }
}
