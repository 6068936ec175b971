#!/usr/bin/env python3
"""Writes the MAVLink and tlog seeds of the fuzz corpus with pymavlink (the reference peer).

Run with the project's venv: $SWIFTLET_VENV/bin/python Tests/Fuzz/make-seeds.py
The mavlink target reads its first input byte as the chunking seed, so each mavlink seed starts
with one control byte (bit 7 set: the verifier accepts unsigned frames).
"""
import os, struct
from pymavlink.dialects.v20 import ardupilotmega as apm

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")

def link(version=2, signed=False):
    m = apm.MAVLink(None, srcSystem=1, srcComponent=1)
    m.robust_parsing = True
    if version == 1:
        m.WIRE_PROTOCOL_VERSION = "1.0"
        apm.WIRE_PROTOCOL_VERSION = "1.0"
    else:
        apm.WIRE_PROTOCOL_VERSION = "2.0"
    if signed:
        m.signing.secret_key = bytes(range(32))   # the key the fuzz target verifies with
        m.signing.link_id = 3
        m.signing.sign_outgoing = True
        m.signing.timestamp = 530_000_000_000_000
    return m

def messages():
    return [
        apm.MAVLink_heartbeat_message(2, 12, 81, 65536, 4, 3),
        apm.MAVLink_attitude_message(1000, 0.1, -0.2, 3.1, 0.0, 0.0, 0.01),
        apm.MAVLink_param_value_message(b"MC_ROLLRATE_P", 0.15, 9, 900, 12),
        apm.MAVLink_command_long_message(1, 1, 400, 0, 1, 0, 0, 0, 0, 0, 0),
        apm.MAVLink_statustext_message(6, b"Takeoff detected", 0, 0),
        apm.MAVLink_gps_raw_int_message(123456789, 3, 473977420, 85455940, 488000, 120, 200, 500, 9000, 14),
        apm.MAVLink_mission_item_int_message(1, 1, 0, 6, 16, 0, 1, 0, 0, 0, 0, 473977420, 85455940, 50.0, 0),
    ]

def stream(version, signed):
    m = link(version, signed)
    return b"".join(msg.pack(m) for msg in messages())

def write(target, name, data):
    os.makedirs(os.path.join(here, target), exist_ok=True)
    with open(os.path.join(here, target, name), "wb") as f:
        f.write(data)

v2 = stream(2, False)
write("mavlink", "v2-mixed.bin", b"\x85" + v2)
write("mavlink", "v2-signed.bin", b"\x07" + stream(2, True))
write("mavlink", "v1-mixed.bin", b"\xa0" + stream(1, False))
# Garbage between frames and a frame cut short at the end: resynchronisation and carry-over.
write("mavlink", "v2-garbage.bin", b"\x9f" + b"\x00\xfd\x01garbage\xfe" + v2[:60] + b"\xfd\xfd" + v2[60:-5])
# An unknown message id (checksum cannot be checked; handed through) between known ones.
unknown = bytes([0xFD, 3, 0, 0, 9, 1, 1, 0x39, 0x30, 0x00, 1, 2, 3, 0xAA, 0xBB])
write("mavlink", "v2-unknown-id.bin", b"\x81" + v2[:40] + unknown + v2[40:])

# A MAVProxy-style tlog: an 8-byte big-endian Unix-microsecond timestamp before each frame.
apm.WIRE_PROTOCOL_VERSION = "2.0"
m = link(2, False)
t = 1_700_000_000_000_000
log = b""
for i, msg in enumerate(messages() * 2):
    log += struct.pack(">Q", t + i * 100_000) + msg.pack(m)
write("tlog", "mixed.tlog", log)
write("tlog", "raw-stream.bin", v2 + stream(1, False))

# Flight logs for the ulog and dataflash targets: a short hover written in the layouts `swiftlet
# ekf replay` and `swiftlet plot` read, by the writers Tests/Peers/replay_logs.py checks against
# pyulog and pymavlink's DFReader. Each stays under the fuzzer's 8 KB input limit.
import math, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Peers"))
from replay_logs import ULogWriter, DataFlashWriter, AP_FORMATS

T0 = 20_000_000          # µs since boot of the first sample
LAT, LON, ALT = 47.3977420, 8.5455940, 488.0

def hover(steps, dt_us):
    """(time µs, gyro rad/s, accel m/s², index) of a level hover with a slow yaw."""
    for i in range(steps):
        yield T0 + i * dt_us, (0.001 * i % 0.01, -0.002, 0.05), (0.02, -0.01, -9.81), i

def px4_ulog(sys_name, legacy_gps):
    u = ULogWriter(1_700_000_000_000_000)
    u.info("sys_name", sys_name)
    u.topic("sensor_combined", [("uint64_t", "timestamp", 1), ("float", "gyro_rad", 3), ("uint32_t", "gyro_integral_dt", 1),
                                ("int32_t", "accelerometer_timestamp_relative", 1), ("float", "accelerometer_m_s2", 3)])
    for t, g, a, _ in hover(40, 2500):
        u.write("sensor_combined", t, *g, 2500, 0, *a)
    if legacy_gps:
        u.topic("vehicle_gps_position", [("uint64_t", "timestamp", 1), ("int32_t", "lat", 1), ("int32_t", "lon", 1), ("int32_t", "alt", 1),
                                         ("uint8_t", "fix_type", 1), ("float", "eph", 1), ("float", "epv", 1), ("float", "vel_n_m_s", 1),
                                         ("float", "vel_e_m_s", 1), ("float", "vel_d_m_s", 1), ("uint8_t", "satellites_used", 1)])
        for i in range(2):
            u.write("vehicle_gps_position", T0 + i * 100_000, int(LAT * 1e7), int(LON * 1e7), int(ALT * 1000), 3, 0.8, 1.2, 0.0, 0.0, 0.0, 12)
    else:
        u.topic("sensor_gps", [("uint64_t", "timestamp", 1), ("double", "latitude_deg", 1), ("double", "longitude_deg", 1),
                               ("double", "altitude_msl_m", 1), ("uint8_t", "fix_type", 1), ("float", "eph", 1), ("float", "epv", 1),
                               ("float", "vel_n_m_s", 1), ("float", "vel_e_m_s", 1), ("float", "vel_d_m_s", 1), ("uint8_t", "satellites_used", 1)])
        for i in range(2):
            u.write("sensor_gps", T0 + i * 100_000, LAT, LON, ALT, 3, 0.8, 1.2, 0.0, 0.0, 0.0, 12)
    u.topic("vehicle_air_data", [("uint64_t", "timestamp", 1), ("float", "baro_alt_meter", 1), ("float", "baro_pressure_pa", 1)])
    u.topic("vehicle_magnetometer", [("uint64_t", "timestamp", 1), ("float", "magnetometer_ga", 3)])
    u.topic("vehicle_local_position", [("uint64_t", "timestamp", 1), ("float", "x", 1), ("float", "y", 1), ("float", "z", 1),
                                       ("float", "vx", 1), ("float", "vy", 1), ("float", "vz", 1), ("double", "ref_lat", 1),
                                       ("double", "ref_lon", 1), ("float", "ref_alt", 1)])
    u.topic("vehicle_attitude", [("uint64_t", "timestamp", 1), ("float", "q", 4)])
    for i in range(4):
        t = T0 + i * 25_000
        u.write("vehicle_air_data", t, ALT, 95_461.0)
        u.write("vehicle_magnetometer", t, 0.21, 0.01, 0.42)
        u.write("vehicle_local_position", t, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, LAT, LON, ALT)
        u.write("vehicle_attitude", t, 1.0, 0.0, 0.0, 0.0)
    u.data.append((T0, len(u.data), u.msg(b"L", struct.pack("<BQ", ord("6"), T0) + b"Takeoff detected")))
    path = os.path.join(here, "ulog", sys_name.lower() + ("-legacy-gps" if legacy_gps else "") + ".ulg")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    u.save(path)

px4_ulog("PX4", legacy_gps=False)
px4_ulog("Swiftlet", legacy_gps=True)

def dataflash(names, body):
    w = DataFlashWriter()
    for n, name in enumerate(names):
        w.define(10 + n, name, *AP_FORMATS[name])
    body(w)
    w.write("ORGN", T0, 0, int(LAT * 1e7), int(LON * 1e7), int(ALT * 100))
    for i in range(3):
        t = T0 + i * 100_000
        w.write("XKF1", t, 0, 0, 0, 9000, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, 0, 0, 0, 0)
        w.write("SIM", t, 0, 0, 9000, ALT + 1, int(LAT * 1e7), int(LON * 1e7), 1.0, 0.0, 0.0, 0.0)
    return bytes(w.out)

def replay_frames(w):
    """LOG_REPLAY=1: one RFRH frame per IMU sample, the slow sensors in the frame they changed."""
    w.write("RISH", 400, 0, 0, 0.0025, 1, 1)
    for t, g, a, i in hover(30, 2500):
        w.write("RFRH", t, 0)
        if i % 10 == 0:
            w.write("RGPI", 0.0, 0.0, 0.0, 0.11, 0x3F, 3, 12, 0)
            w.write("RGPJ", t // 1000, 0.0, 0.0, 0.0, 0.3, 0.0, 0.0, 0, int(LAT * 1e7), int(LON * 1e7), int(ALT * 100), 0.8, 1.2, 80, 0)
            w.write("RBRI", t // 1000, 1.0 + 0.01 * i, 1, 0)
            w.write("RMGI", t, 0.0, 0.0, 0.0, 210.0, 10.0, 420.0, 1, 1, 0, 0)
        w.write("RISI", *[x * 0.0025 for x in a], *[x * 0.0025 for x in g], 0.0025, 0.0025, 0x0F, 0)

def decimated(w):
    """Without LOG_REPLAY: IMU, GPS+GPA, BARO and MAG as ArduPilot logs them."""
    for t, g, a, i in hover(30, 10_000):
        w.write("IMU", t, 0, *g, *a, 0, 0, 25.0, 1, 1, 400, 400)
        if i % 10 == 0:
            w.write("GPS", t, 0, 3, (t // 1000) % 604800000, 2300, 12, 80, int(LAT * 1e7), int(LON * 1e7), int(ALT * 100), 0.0, 0.0, 0.0, 0.0, 1)
            w.write("GPA", t, 0, 120, 80, 120, 30, 0.0, 1, t // 1000, 100)
            w.write("BARO", t, 0, 1.0, 95_461.0, 2500, 0.0, t // 1000, 0.0, 25.0, 1)
            w.write("MAG", t, 0, 210, 10, 420, 0, 0, 0, 0, 0, 0, 1, t)

write("dataflash", "log-replay.bin", dataflash(["RFRH", "RISH", "RISI", "RGPI", "RGPJ", "RBRI", "RMGI", "XKF1", "ORGN", "SIM"], replay_frames))
write("dataflash", "decimated.bin", dataflash(["IMU", "GPS", "GPA", "BARO", "MAG", "XKF1", "ORGN", "SIM"], decimated))
