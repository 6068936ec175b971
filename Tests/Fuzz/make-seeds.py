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
