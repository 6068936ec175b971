// Generated from common.xml by MAVLinkGenerator — do not edit.
// Regenerate with scripts/generate-mavlink.

/// Hardware status sent by an onboard computer.
///
/// MAVLink message `ONBOARD_COMPUTER_STATUS` (id 390).
public struct OnboardComputerStatus: MAVLinkMessage {
    @inlinable public static var id: UInt32 { 390 }
    @inlinable public static var name: StaticString { "ONBOARD_COMPUTER_STATUS" }
    @inlinable public static var crcExtra: UInt8 { 156 }
    @inlinable public static var minLength: Int { 238 }
    @inlinable public static var maxLength: Int { 240 }

    /// Timestamp (UNIX Epoch time or time since system boot). The receiving end can infer timestamp format (since 1.1.1970 or since system boot) by checking for the magnitude of the number.
    /// Units: us.
    public var timeUsec: UInt64
    /// Time since system boot.
    /// Units: ms.
    public var uptime: UInt32
    /// Type of the onboard computer: 0: Mission computer primary, 1: Mission computer backup 1, 2: Mission computer backup 2, 3: Compute node, 4-5: Compute spares, 6-9: Payload computers.
    public var type: UInt8
    /// CPU usage on the component in percent (100 - idle). A value of UINT8_MAX implies the field is unused.
    public var cpuCores: FixedArray<8, UInt8>
    /// Combined CPU usage as the last 10 slices of 100 MS (a histogram). This allows to identify spikes in load that max out the system, but only for a short amount of time. A value of UINT8_MAX implies the field is unused.
    public var cpuCombined: FixedArray<10, UInt8>
    /// GPU usage on the component in percent (100 - idle). A value of UINT8_MAX implies the field is unused.
    public var gpuCores: FixedArray<4, UInt8>
    /// Combined GPU usage as the last 10 slices of 100 MS (a histogram). This allows to identify spikes in load that max out the system, but only for a short amount of time. A value of UINT8_MAX implies the field is unused.
    public var gpuCombined: FixedArray<10, UInt8>
    /// Temperature of the board. A value of INT8_MAX implies the field is unused.
    /// Units: degC.
    public var temperatureBoard: Int8
    /// Temperature of the CPU core. A value of INT8_MAX implies the field is unused.
    /// Units: degC.
    public var temperatureCore: FixedArray<8, Int8>
    /// Fan speeds. A value of INT16_MAX implies the field is unused.
    /// Units: rpm.
    public var fanSpeed: FixedArray<4, Int16>
    /// Amount of used RAM on the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: MiB.
    public var ramUsage: UInt32
    /// Total amount of RAM on the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: MiB.
    public var ramTotal: UInt32
    /// Storage type: 0: HDD, 1: SSD, 2: EMMC, 3: SD card (non-removable), 4: SD card (removable). A value of UINT32_MAX implies the field is unused.
    public var storageType: FixedArray<4, UInt32>
    /// Amount of used storage space on the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: MiB.
    public var storageUsage: FixedArray<4, UInt32>
    /// Total amount of storage space on the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: MiB.
    public var storageTotal: FixedArray<4, UInt32>
    /// Link type: 0-9: UART, 10-19: Wired network, 20-29: Wifi, 30-39: Point-to-point proprietary, 40-49: Mesh proprietary
    public var linkType: FixedArray<6, UInt32>
    /// Network traffic from the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: KiB/s.
    public var linkTxRate: FixedArray<6, UInt32>
    /// Network traffic to the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: KiB/s.
    public var linkRxRate: FixedArray<6, UInt32>
    /// Network capacity from the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: KiB/s.
    public var linkTxMax: FixedArray<6, UInt32>
    /// Network capacity to the component system. A value of UINT32_MAX implies the field is unused.
    /// Units: KiB/s.
    public var linkRxMax: FixedArray<6, UInt32>
    /// Bitmap of status flags.
    /// Values: `ComputerStatusFlags`.
    /// MAVLink 2 extension field.
    public var statusFlags: ComputerStatusFlags

    public init(timeUsec: UInt64 = 0, uptime: UInt32 = 0, type: UInt8 = 0, cpuCores: FixedArray<8, UInt8> = FixedArray(repeating: 0), cpuCombined: FixedArray<10, UInt8> = FixedArray(repeating: 0), gpuCores: FixedArray<4, UInt8> = FixedArray(repeating: 0), gpuCombined: FixedArray<10, UInt8> = FixedArray(repeating: 0), temperatureBoard: Int8 = 0, temperatureCore: FixedArray<8, Int8> = FixedArray(repeating: 0), fanSpeed: FixedArray<4, Int16> = FixedArray(repeating: 0), ramUsage: UInt32 = 0, ramTotal: UInt32 = 0, storageType: FixedArray<4, UInt32> = FixedArray(repeating: 0), storageUsage: FixedArray<4, UInt32> = FixedArray(repeating: 0), storageTotal: FixedArray<4, UInt32> = FixedArray(repeating: 0), linkType: FixedArray<6, UInt32> = FixedArray(repeating: 0), linkTxRate: FixedArray<6, UInt32> = FixedArray(repeating: 0), linkRxRate: FixedArray<6, UInt32> = FixedArray(repeating: 0), linkTxMax: FixedArray<6, UInt32> = FixedArray(repeating: 0), linkRxMax: FixedArray<6, UInt32> = FixedArray(repeating: 0), statusFlags: ComputerStatusFlags = ComputerStatusFlags(rawValue: 0)) {
        self.timeUsec = timeUsec
        self.uptime = uptime
        self.type = type
        self.cpuCores = cpuCores
        self.cpuCombined = cpuCombined
        self.gpuCores = gpuCores
        self.gpuCombined = gpuCombined
        self.temperatureBoard = temperatureBoard
        self.temperatureCore = temperatureCore
        self.fanSpeed = fanSpeed
        self.ramUsage = ramUsage
        self.ramTotal = ramTotal
        self.storageType = storageType
        self.storageUsage = storageUsage
        self.storageTotal = storageTotal
        self.linkType = linkType
        self.linkTxRate = linkTxRate
        self.linkRxRate = linkRxRate
        self.linkTxMax = linkTxMax
        self.linkRxMax = linkRxMax
        self.statusFlags = statusFlags
    }

    @inlinable public init(payload _p: UnsafeRawBufferPointer) {
        timeUsec = _p.loadUnaligned(fromByteOffset: 0, as: UInt64.self)
        uptime = _p.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        ramUsage = _p.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        ramTotal = _p.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
        storageType = FixedArray.load(from: _p, at: 20)
        storageUsage = FixedArray.load(from: _p, at: 36)
        storageTotal = FixedArray.load(from: _p, at: 52)
        linkType = FixedArray.load(from: _p, at: 68)
        linkTxRate = FixedArray.load(from: _p, at: 92)
        linkRxRate = FixedArray.load(from: _p, at: 116)
        linkTxMax = FixedArray.load(from: _p, at: 140)
        linkRxMax = FixedArray.load(from: _p, at: 164)
        fanSpeed = FixedArray.load(from: _p, at: 188)
        type = _p.loadUnaligned(fromByteOffset: 196, as: UInt8.self)
        cpuCores = FixedArray.load(from: _p, at: 197)
        cpuCombined = FixedArray.load(from: _p, at: 205)
        gpuCores = FixedArray.load(from: _p, at: 215)
        gpuCombined = FixedArray.load(from: _p, at: 219)
        temperatureBoard = _p.loadUnaligned(fromByteOffset: 229, as: Int8.self)
        temperatureCore = FixedArray.load(from: _p, at: 230)
        statusFlags = ComputerStatusFlags(rawValue: UInt32(truncatingIfNeeded: _p.loadUnaligned(fromByteOffset: 238, as: UInt16.self)))
    }

    @inlinable public func encode(into _p: UnsafeMutableRawBufferPointer) {
        _p.storeBytes(of: timeUsec, toByteOffset: 0, as: UInt64.self)
        _p.storeBytes(of: uptime, toByteOffset: 8, as: UInt32.self)
        _p.storeBytes(of: ramUsage, toByteOffset: 12, as: UInt32.self)
        _p.storeBytes(of: ramTotal, toByteOffset: 16, as: UInt32.self)
        storageType.store(to: _p, at: 20)
        storageUsage.store(to: _p, at: 36)
        storageTotal.store(to: _p, at: 52)
        linkType.store(to: _p, at: 68)
        linkTxRate.store(to: _p, at: 92)
        linkRxRate.store(to: _p, at: 116)
        linkTxMax.store(to: _p, at: 140)
        linkRxMax.store(to: _p, at: 164)
        fanSpeed.store(to: _p, at: 188)
        _p.storeBytes(of: type, toByteOffset: 196, as: UInt8.self)
        cpuCores.store(to: _p, at: 197)
        cpuCombined.store(to: _p, at: 205)
        gpuCores.store(to: _p, at: 215)
        gpuCombined.store(to: _p, at: 219)
        _p.storeBytes(of: temperatureBoard, toByteOffset: 229, as: Int8.self)
        temperatureCore.store(to: _p, at: 230)
        _p.storeBytes(of: UInt16(truncatingIfNeeded: statusFlags.rawValue), toByteOffset: 238, as: UInt16.self)
    }

    /// Visits every field in XML order with its XML name (for logs and tools).
    public func visitFields<V: MAVLinkFieldVisitor>(_ v: inout V) {
        v.visit("time_usec", timeUsec)
        v.visit("uptime", uptime)
        v.visit("type", type)
        v.visit("cpu_cores", cpuCores)
        v.visit("cpu_combined", cpuCombined)
        v.visit("gpu_cores", gpuCores)
        v.visit("gpu_combined", gpuCombined)
        v.visit("temperature_board", temperatureBoard)
        v.visit("temperature_core", temperatureCore)
        v.visit("fan_speed", fanSpeed)
        v.visit("ram_usage", ramUsage)
        v.visit("ram_total", ramTotal)
        v.visit("storage_type", storageType)
        v.visit("storage_usage", storageUsage)
        v.visit("storage_total", storageTotal)
        v.visit("link_type", linkType)
        v.visit("link_tx_rate", linkTxRate)
        v.visit("link_rx_rate", linkRxRate)
        v.visit("link_tx_max", linkTxMax)
        v.visit("link_rx_max", linkRxMax)
        v.visit("status_flags", UInt16(truncatingIfNeeded: statusFlags.rawValue))
    }
}
