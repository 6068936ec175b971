// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Event message. Each new event from a particular component gets a new sequence number. The same message might be sent multiple times if (re-)requested. Most events are broadcast, some can be specific to a target component (as receivers keep track of the sequence for missed events, all events need to be broadcast. Thus we use destination_component instead of target_component).
///
/// MAVLink message `EVENT` (id 410).
public struct Event: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 410 }
    @inlinable public static var name: StaticString { "EVENT" }
    @inlinable public static var crcExtra: UInt8 { 160 }
    @inlinable public static var minLength: Int { 53 }
    @inlinable public static var maxLength: Int { 53 }

    /// Component ID
    public var destinationComponent: UInt8
    /// System ID
    public var destinationSystem: UInt8
    /// Event ID (as defined in the component metadata)
    public var id: UInt32
    /// Timestamp (time since system boot when the event happened).
    /// Units: ms.
    public var eventTimeBootMs: UInt32
    /// Sequence number.
    public var sequence: UInt16
    /// Log levels: 4 bits MSB: internal (for logging purposes), 4 bits LSB: external. Levels: Emergency = 0, Alert = 1, Critical = 2, Error = 3, Warning = 4, Notice = 5, Info = 6, Debug = 7, Protocol = 8, Disabled = 9
    public var logLevels: UInt8
    /// Arguments (depend on event ID).
    public var arguments: FixedArray<40, UInt8>

    public init(destinationComponent: UInt8 = 0, destinationSystem: UInt8 = 0, id: UInt32 = 0, eventTimeBootMs: UInt32 = 0, sequence: UInt16 = 0, logLevels: UInt8 = 0, arguments: FixedArray<40, UInt8> = FixedArray(repeating: 0)) {
        self.destinationComponent = destinationComponent
        self.destinationSystem = destinationSystem
        self.id = id
        self.eventTimeBootMs = eventTimeBootMs
        self.sequence = sequence
        self.logLevels = logLevels
        self.arguments = arguments
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        id = _p.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        eventTimeBootMs = _p.loadUnaligned(fromByteOffset: 4, as: UInt32.self)
        sequence = _p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        destinationComponent = _p.loadUnaligned(fromByteOffset: 10, as: UInt8.self)
        destinationSystem = _p.loadUnaligned(fromByteOffset: 11, as: UInt8.self)
        logLevels = _p.loadUnaligned(fromByteOffset: 12, as: UInt8.self)
        arguments = FixedArray.load(from: _p, at: 13)
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: id, toByteOffset: 0, as: UInt32.self)
        _p.storeBytes(of: eventTimeBootMs, toByteOffset: 4, as: UInt32.self)
        _p.storeBytes(of: sequence, toByteOffset: 8, as: UInt16.self)
        _p.storeBytes(of: destinationComponent, toByteOffset: 10, as: UInt8.self)
        _p.storeBytes(of: destinationSystem, toByteOffset: 11, as: UInt8.self)
        _p.storeBytes(of: logLevels, toByteOffset: 12, as: UInt8.self)
        arguments.store(to: _p, at: 13)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("destination_component", destinationComponent)
        v.visit("destination_system", destinationSystem)
        v.visit("id", id)
        v.visit("event_time_boot_ms", eventTimeBootMs)
        v.visit("sequence", sequence)
        v.visit("log_levels", logLevels)
        v.visit("arguments", arguments)
    }
}
