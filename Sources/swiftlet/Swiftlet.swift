import ArgumentParser

/// The `swiftlet` command: ground station, simulator and tools in one binary.
@main
struct Swiftlet: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "swiftlet",
        abstract: "Swiftlet: a UAV flight stack and ground station in Swift.",
        discussion: """
            Connection strings follow MAVSDK and MAVProxy: udpin://:14550, udpout://host:14550, \
            tcp://host:5760, tcpin://:5760, serial:///dev/ttyUSB0:57600, /dev/ttyACM0,115200.
            """,
        version: version,
        subcommands: [Fly.self, Mission.self, Sitl.self, AutopilotCommand.self, Arm.self, Disarm.self, Takeoff.self, Land.self, Rtl.self, Mode.self,
                      Goto.self, Reboot.self, Param.self, Watch.self, Log.self, Plot.self, Router.self, LinkSim.self, Ports.self, Gps.self, Ekf.self]
    )
}
