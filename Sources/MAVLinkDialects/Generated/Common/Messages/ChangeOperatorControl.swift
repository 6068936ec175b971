// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Request to control this MAV
///
/// MAVLink message `CHANGE_OPERATOR_CONTROL` (id 5).
public struct ChangeOperatorControl: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 5 }
    @inlinable public static var name: StaticString { "CHANGE_OPERATOR_CONTROL" }
    @inlinable public static var crcExtra: UInt8 { 217 }
    @inlinable public static var minLength: Int { 28 }
    @inlinable public static var maxLength: Int { 28 }

    /// System the GCS requests control for
    public var targetSystem: UInt8
    /// 0: request control of this MAV, 1: Release control of this MAV
    public var controlRequest: UInt8
    /// 0: key as plaintext, 1-255: future, different hashing/encryption variants. The GCS should in general use the safest mode possible initially and then gradually move down the encryption level if it gets a NACK message indicating an encryption mismatch.
    public var version: UInt8
    /// Password / Key, depending on version plaintext or encrypted. 25 or less characters, NULL terminated. The characters may involve A-Z, a-z, 0-9, and "!?,.-"
    public var passkey: FixedString<25>

    public init(targetSystem: UInt8 = 0, controlRequest: UInt8 = 0, version: UInt8 = 0, passkey: FixedString<25> = FixedString()) {
        self.targetSystem = targetSystem
        self.controlRequest = controlRequest
        self.version = version
        self.passkey = passkey
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        targetSystem = _p.loadUnaligned(fromByteOffset: 0, as: UInt8.self)
        controlRequest = _p.loadUnaligned(fromByteOffset: 1, as: UInt8.self)
        version = _p.loadUnaligned(fromByteOffset: 2, as: UInt8.self)
        passkey = FixedString.load(from: _p, at: 3)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: targetSystem, toByteOffset: 0, as: UInt8.self)
        _p.storeBytes(of: controlRequest, toByteOffset: 1, as: UInt8.self)
        _p.storeBytes(of: version, toByteOffset: 2, as: UInt8.self)
        passkey.store(to: _p, at: 3)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("control_request", controlRequest)
        v.visit("version", version)
        v.visit("passkey", passkey)
    }
}
