// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Setup a MAVLink2 signing key. If called with secret_key of all zero and zero initial_timestamp will disable signing
///
/// MAVLink message `SETUP_SIGNING` (id 256).
public struct SetupSigning: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 256 }
    @inlinable public static var name: StaticString { "SETUP_SIGNING" }
    @inlinable public static var crcExtra: UInt8 { 71 }
    @inlinable public static var minLength: Int { 42 }
    @inlinable public static var maxLength: Int { 42 }

    /// system id of the target
    public var targetSystem: UInt8
    /// component ID of the target
    public var targetComponent: UInt8
    /// signing key
    public var secretKey: FixedArray<32, UInt8>
    /// initial timestamp
    public var initialTimestamp: UInt64

    public init(targetSystem: UInt8 = 0, targetComponent: UInt8 = 0, secretKey: FixedArray<32, UInt8> = FixedArray(repeating: 0), initialTimestamp: UInt64 = 0) {
        self.targetSystem = targetSystem
        self.targetComponent = targetComponent
        self.secretKey = secretKey
        self.initialTimestamp = initialTimestamp
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        initialTimestamp = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 8, as: UInt8.self)
        targetComponent = _p.loadUnaligned(fromByteOffset: 9, as: UInt8.self)
        secretKey = FixedArray.load(from: _p, at: 10)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: initialTimestamp, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 8, as: UInt8.self)
        _p.storeBytes(of: targetComponent, toByteOffset: 9, as: UInt8.self)
        secretKey.store(to: _p, at: 10)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("target_system", targetSystem)
        v.visit("target_component", targetComponent)
        v.visit("secret_key", secretKey)
        v.visit("initial_timestamp", initialTimestamp)
    }
}
