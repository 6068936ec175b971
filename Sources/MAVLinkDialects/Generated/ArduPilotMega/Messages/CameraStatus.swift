// Generated from ardupilotmega.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Camera Event.
///
/// MAVLink message `CAMERA_STATUS` (id 179).
public struct CameraStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 179 }
    @inlinable public static var name: StaticString { "CAMERA_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 189 }
    @inlinable public static var minLength: Int { 29 }
    @inlinable public static var maxLength: Int { 29 }

    /// Image timestamp (since UNIX epoch, according to camera clock).
    /// Units: us.
    public var timeUsec: UInt64
    /// System ID.
    public var targetSystem: UInt8
    /// Camera ID.
    public var camIdx: UInt8
    /// Image index.
    public var imgIdx: UInt16
    /// Event type.
    /// Values: `CameraStatusTypes`.
    public var eventId: CameraStatusTypes
    /// Parameter 1 (meaning depends on event_id, see CAMERA_STATUS_TYPES enum).
    public var p1: Float
    /// Parameter 2 (meaning depends on event_id, see CAMERA_STATUS_TYPES enum).
    public var p2: Float
    /// Parameter 3 (meaning depends on event_id, see CAMERA_STATUS_TYPES enum).
    public var p3: Float
    /// Parameter 4 (meaning depends on event_id, see CAMERA_STATUS_TYPES enum).
    public var p4: Float

    public init(timeUsec: UInt64 = 0, targetSystem: UInt8 = 0, camIdx: UInt8 = 0, imgIdx: UInt16 = 0, eventId: CameraStatusTypes = CameraStatusTypes(rawValue: 0), p1: Float = 0, p2: Float = 0, p3: Float = 0, p4: Float = 0) {
        self.timeUsec = timeUsec
        self.targetSystem = targetSystem
        self.camIdx = camIdx
        self.imgIdx = imgIdx
        self.eventId = eventId
        self.p1 = p1
        self.p2 = p2
        self.p3 = p3
        self.p4 = p4
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        p1 = _p.loadUnaligned(fromByteOffset: 8, as: Float.self)
        p2 = _p.loadUnaligned(fromByteOffset: 12, as: Float.self)
        p3 = _p.loadUnaligned(fromByteOffset: 16, as: Float.self)
        p4 = _p.loadUnaligned(fromByteOffset: 20, as: Float.self)
        imgIdx = _p.loadUnaligned(fromByteOffset: 24, as: UInt16.self)
        targetSystem = _p.loadUnaligned(fromByteOffset: 26, as: UInt8.self)
        camIdx = _p.loadUnaligned(fromByteOffset: 27, as: UInt8.self)
        eventId = CameraStatusTypes(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 28, as: UInt8.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: p1, toByteOffset: 8, as: Float.self)
        _p.storeBytes(of: p2, toByteOffset: 12, as: Float.self)
        _p.storeBytes(of: p3, toByteOffset: 16, as: Float.self)
        _p.storeBytes(of: p4, toByteOffset: 20, as: Float.self)
        _p.storeBytes(of: imgIdx, toByteOffset: 24, as: UInt16.self)
        _p.storeBytes(of: targetSystem, toByteOffset: 26, as: UInt8.self)
        _p.storeBytes(of: camIdx, toByteOffset: 27, as: UInt8.self)
        _p.storeBytes(of: UInt8(truncatingIfNeeded: eventId.rawValue), toByteOffset: 28, as: UInt8.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("target_system", targetSystem)
        v.visit("cam_idx", camIdx)
        v.visit("img_idx", imgIdx)
        v.visit("event_id", UInt8(truncatingIfNeeded: eventId.rawValue))
        v.visit("p1", p1)
        v.visit("p2", p2)
        v.visit("p3", p3)
        v.visit("p4", p4)
    }
}
