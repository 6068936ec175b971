// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Information about a low level gimbal. This message should be requested by the gimbal manager or a ground station using MAV_CMD_REQUEST_MESSAGE. The maximum angles and rates are the limits by hardware. However, the limits by software used are likely different/smaller and dependent on mode/settings/etc..
///
/// MAVLink message `GIMBAL_DEVICE_INFORMATION` (id 283).
public struct GimbalDeviceInformation: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 283 }
    @inlinable public static var name: StaticString { "GIMBAL_DEVICE_INFORMATION" }
    @inlinable public static var crcExtra: UInt8 { 74 }
    @inlinable public static var minLength: Int { 144 }
    @inlinable public static var maxLength: Int { 149 }

    /// Timestamp (time since system boot).
    /// Units: ms.
    public var timeBootMs: UInt32
    /// Name of the gimbal vendor.
    public var vendorName: FixedString<32>
    /// Name of the gimbal model.
    public var modelName: FixedString<32>
    /// Custom name of the gimbal given to it by the user.
    public var customName: FixedString<32>
    /// Version of the gimbal firmware, encoded as: `(Dev & 0xff) << 24 + (Patch & 0xff) << 16 + (Minor & 0xff) << 8 + (Major & 0xff)`.
    public var firmwareVersion: UInt32
    /// Version of the gimbal hardware, encoded as: `(Dev & 0xff) << 24 + (Patch & 0xff) << 16 + (Minor & 0xff) << 8 + (Major & 0xff)`.
    public var hardwareVersion: UInt32
    /// UID of gimbal hardware (0 if unknown).
    public var uid: UInt64
    /// Bitmap of gimbal capability flags.
    /// Values: `GimbalDeviceCapFlags`.
    public var capFlags: GimbalDeviceCapFlags
    /// Bitmap for use for gimbal-specific capability flags.
    public var customCapFlags: UInt16
    /// Minimum hardware roll angle (positive: rolling to the right, negative: rolling to the left). NAN if unknown.
    /// Units: rad.
    public var rollMin: Float
    /// Maximum hardware roll angle (positive: rolling to the right, negative: rolling to the left). NAN if unknown.
    /// Units: rad.
    public var rollMax: Float
    /// Minimum hardware pitch angle (positive: up, negative: down). NAN if unknown.
    /// Units: rad.
    public var pitchMin: Float
    /// Maximum hardware pitch angle (positive: up, negative: down). NAN if unknown.
    /// Units: rad.
    public var pitchMax: Float
    /// Minimum hardware yaw angle (positive: to the right, negative: to the left). NAN if unknown.
    /// Units: rad.
    public var yawMin: Float
    /// Maximum hardware yaw angle (positive: to the right, negative: to the left). NAN if unknown.
    /// Units: rad.
    public var yawMax: Float
    /// This field is to be used if the gimbal manager and the gimbal device are the same component and hence have the same component ID. This field is then set to a number between 1-6. If the component ID is separate, this field is not required and must be set to 0.
    /// MAVLink 2 extension field.
    public var gimbalDeviceId: UInt8
    /// Extended bitmap of gimbal capability flags (32 bit). For backwards compatibility, the lower 16 bits should also be set in cap_flags. Ground stations should prefer this field if non-zero.
    /// Values: `GimbalDeviceCapFlags`.
    /// MAVLink 2 extension field.
    public var capFlags2: GimbalDeviceCapFlags

    public init(timeBootMs: UInt32 = 0, vendorName: FixedString<32> = FixedString(), modelName: FixedString<32> = FixedString(), customName: FixedString<32> = FixedString(), firmwareVersion: UInt32 = 0, hardwareVersion: UInt32 = 0, uid: UInt64 = 0, capFlags: GimbalDeviceCapFlags = GimbalDeviceCapFlags(rawValue: 0), customCapFlags: UInt16 = 0, rollMin: Float = 0, rollMax: Float = 0, pitchMin: Float = 0, pitchMax: Float = 0, yawMin: Float = 0, yawMax: Float = 0, gimbalDeviceId: UInt8 = 0, capFlags2: GimbalDeviceCapFlags = GimbalDeviceCapFlags(rawValue: 0)) {
        self.timeBootMs = timeBootMs
        self.vendorName = vendorName
        self.modelName = modelName
        self.customName = customName
        self.firmwareVersion = firmwareVersion
        self.hardwareVersion = hardwareVersion
        self.uid = uid
        self.capFlags = capFlags
        self.customCapFlags = customCapFlags
        self.rollMin = rollMin
        self.rollMax = rollMax
        self.pitchMin = pitchMin
        self.pitchMax = pitchMax
        self.yawMin = yawMin
        self.yawMax = yawMax
        self.gimbalDeviceId = gimbalDeviceId
        self.capFlags2 = capFlags2
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        uid = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        timeBootMs = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        firmwareVersion = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        hardwareVersion = _p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        rollMin = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        rollMax = _p.loadUnaligned(fromByteOffset: 24, as: Float.self)
        pitchMin = _p.loadUnaligned(fromByteOffset: 28, as: Float.self)
        pitchMax = _p.loadUnaligned(fromByteOffset: 32, as: Float.self)
        yawMin = _p.loadUnaligned(fromByteOffset: 36, as: Float.self)
        yawMax = _p.loadUnaligned(fromByteOffset: 40, as: Float.self)
        capFlags = GimbalDeviceCapFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 44, as: UInt16.self)))
        customCapFlags = _p.loadUnaligned(fromByteOffset: 46, as: UInt16.self)
        vendorName = FixedString.load(from: _p, at: 48)
        modelName = FixedString.load(from: _p, at: 80)
        customName = FixedString.load(from: _p, at: 112)
        gimbalDeviceId = _p.loadUnaligned(fromByteOffset: 144, as: UInt8.self)
        capFlags2 = GimbalDeviceCapFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 145, as: UInt32.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: uid, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: timeBootMs, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: firmwareVersion, toByteOffset: 12, as: UInt32.self)
        _p.storeBytes(of: hardwareVersion, toByteOffset: 16, as: UInt32.self)
        _p.storeBytes(of: rollMin, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: rollMax, toByteOffset: 24, as: Float.self)
        _p.storeBytes(of: pitchMin, toByteOffset: 28, as: Float.self)
        _p.storeBytes(of: pitchMax, toByteOffset: 32, as: Float.self)
        _p.storeBytes(of: yawMin, toByteOffset: 36, as: Float.self)
        _p.storeBytes(of: yawMax, toByteOffset: 40, as: Float.self)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: capFlags.rawValue), toByteOffset: 44, as: UInt16.self)
        _p.storeBytes(of: customCapFlags, toByteOffset: 46, as: UInt16.self)
        vendorName.store(to: _p, at: 48)
        modelName.store(to: _p, at: 80)
        customName.store(to: _p, at: 112)
        _p.storeBytes(of: gimbalDeviceId, toByteOffset: 144, as: UInt8.self)
        _p.storeBytes(of: UInt32(truncatingIfNeeded: capFlags2.rawValue), toByteOffset: 145, as: UInt32.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_boot_ms", timeBootMs)
        v.visit("vendor_name", vendorName)
        v.visit("model_name", modelName)
        v.visit("custom_name", customName)
        v.visit("firmware_version", firmwareVersion)
        v.visit("hardware_version", hardwareVersion)
        v.visit("uid", uid)
        v.visit("cap_flags", UInt16(truncatingIfNeeded: capFlags.rawValue))
        v.visit("custom_cap_flags", customCapFlags)
        v.visit("roll_min", rollMin)
        v.visit("roll_max", rollMax)
        v.visit("pitch_min", pitchMin)
        v.visit("pitch_max", pitchMax)
        v.visit("yaw_min", yawMin)
        v.visit("yaw_max", yawMax)
        v.visit("gimbal_device_id", gimbalDeviceId)
        v.visit("cap_flags2", UInt32(truncatingIfNeeded: capFlags2.rawValue))
    }
}
