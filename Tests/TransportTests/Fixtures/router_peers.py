"""pymavlink peers for the router test: a ground station on UDP, vehicle 1 on TCP, vehicle 2 on UDP.

Usage: router_peers.py GCS_UDP_PORT VEHICLE1_TCP_PORT VEHICLE2_UDP_PORT
Prints one JSON object with what each peer received; the Swift test judges it.
"""
import json
import struct
import sys
import time

from pymavlink import mavutil
from pymavlink.dialects.v20 import common as mavlink2

gcs_port, v1_port, v2_port = (int(a) for a in sys.argv[1:4])


def connect(url, system, component):
    c = mavutil.mavlink_connection(url, source_system=system, source_component=component, dialect="common")
    c.mav = mavlink2.MAVLink(c, srcSystem=system, srcComponent=component)
    return c


gcs = connect(f"udpout:127.0.0.1:{gcs_port}", 255, 190)
v1 = connect(f"tcp:127.0.0.1:{v1_port}", 1, 1)
v2 = connect(f"udpout:127.0.0.1:{v2_port}", 2, 1)
peers = {"gcs": gcs, "v1": v1, "v2": v2}


def heartbeat(c, mav_type):
    c.mav.heartbeat_send(mav_type, mavlink2.MAV_AUTOPILOT_GENERIC, 0, 0, mavlink2.MAV_STATE_ACTIVE)


def drain(seconds):
    """Collects (msg type, source system, fields of interest) per peer for a while."""
    got = {name: [] for name in peers}
    end = time.time() + seconds
    while time.time() < end:
        for name, c in peers.items():
            m = c.recv_match(blocking=False)
            while m is not None:
                if m.get_type() == "COMMAND_LONG":
                    got[name].append(["COMMAND_LONG", m.get_srcSystem(), m.target_system, int(m.param1)])
                elif m.get_type() == "HEARTBEAT":
                    got[name].append(["HEARTBEAT", m.get_srcSystem()])
                m = c.recv_match(blocking=False)
        time.sleep(0.005)
    return got


# 1. Everyone announces itself, twice, so the router learns where each system is.
for _ in range(2):
    heartbeat(v1, mavlink2.MAV_TYPE_QUADROTOR)
    heartbeat(v2, mavlink2.MAV_TYPE_FIXED_WING)
    heartbeat(gcs, mavlink2.MAV_TYPE_GCS)
    time.sleep(0.1)
broadcast = drain(0.5)

# 2. Targeted commands: to system 1 (behind TCP), to system 2 (behind UDP), to an unknown system 9.
gcs.mav.command_long_send(1, 1, 400, 0, 11, 0, 0, 0, 0, 0, 0)
gcs.mav.command_long_send(2, 1, 400, 0, 22, 0, 0, 0, 0, 0, 0)
gcs.mav.command_long_send(9, 1, 400, 0, 99, 0, 0, 0, 0, 0, 0)
targeted = drain(0.5)

# 3. A frame of a dialect the router does not know (id 0xABCDE), with an arbitrary checksum.
payload = bytes(range(1, 21))
header = struct.pack("<BBBBBBB", 0xFD, len(payload), 0, 0, 7, 255, 190) + struct.pack("<I", 0xABCDE)[:3]
unknown = header + payload + b"\x34\x12"
gcs.write(unknown)
raw = {"v1": b"", "v2": b""}
end = time.time() + 0.5
while time.time() < end:
    for name in raw:
        try:
            data = peers[name].recv(1024)
        except Exception:
            data = b""
        if data:
            raw[name] += data
    time.sleep(0.005)

print(json.dumps({
    "broadcast": broadcast,
    "targeted": targeted,
    "unknownForwarded": {name: unknown in data for name, data in raw.items()},
}))
