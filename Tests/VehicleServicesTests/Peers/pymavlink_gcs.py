#!/usr/bin/env python3
"""pymavlink as a scripted ground station for Swiftlet's VehicleLink, in lockstep over pipes.

Each turn the Swift test writes one chunk to stdin (u32 little-endian length, then the vehicle's
frames); this script parses them and answers with one chunk on stdout (its frames, maybe none).
When the script is done it writes the length 0xFFFFFFFF and one JSON line with what it saw.
"""
import json
import struct
import sys

from pymavlink.dialects.v20 import common as mavlink

out = sys.stdout.buffer
inp = sys.stdin.buffer


class Pipe:
    def __init__(self):
        self.pending = bytearray()

    def write(self, data):
        self.pending += data


pipe = Pipe()
mav = mavlink.MAVLink(pipe, srcSystem=255, srcComponent=190)
mav.robust_parsing = True


def turn():
    """Sends what is pending, reads the vehicle's next chunk, returns its messages."""
    out.write(struct.pack("<I", len(pipe.pending)) + bytes(pipe.pending))
    out.flush()
    pipe.pending = bytearray()
    n = struct.unpack("<I", inp.read(4))[0]
    data = inp.read(n)
    msgs = mav.parse_buffer(data) or []
    return [m for m in msgs if m.get_type() != "BAD_DATA"]


def wait(kind, turns=300, where=lambda m: True):
    for _ in range(turns):
        for m in turn():
            if m.get_type() == kind and where(m):
                return m
    return None


result = {}
mav.heartbeat_send(mavlink.MAV_TYPE_GCS, mavlink.MAV_AUTOPILOT_INVALID, 0, 0, 0)
hb = wait("HEARTBEAT")
result["autopilot"] = hb.autopilot if hb else None
result["custom_mode"] = hb.custom_mode if hb else None

# Full parameter list.
mav.param_request_list_send(1, 1)
values, count = {}, None
for _ in range(2000):
    for m in turn():
        if m.get_type() == "PARAM_VALUE":
            values[m.param_index] = (m.param_id, m.param_value)
            count = m.param_count
    if count is not None and len(values) == count:
        break
result["param_count"] = count
result["params_received"] = len(values)

# Refused and accepted PARAM_SET.
mav.param_set_send(1, 1, b"MC_ROLL_P", 500.0, mavlink.MAV_PARAM_TYPE_REAL32)
refused = wait("PARAM_VALUE")
result["refused_echo"] = refused.param_value if refused else None
mav.param_set_send(1, 1, b"MC_ROLL_P", 6.5, mavlink.MAV_PARAM_TYPE_REAL32)
accepted = wait("PARAM_VALUE")
result["accepted_echo"] = accepted.param_value if accepted else None

# Mission upload.
items = [(473977420 + 1000 * i, 85455940 + 500 * i, 10.0 + i) for i in range(4)]
mav.mission_count_send(1, 1, len(items), mavlink.MAV_MISSION_TYPE_MISSION)
ack = None
for _ in range(500):
    for m in turn():
        if m.get_type() == "MISSION_REQUEST_INT":
            lat, lon, alt = items[m.seq]
            mav.mission_item_int_send(1, 1, m.seq, mavlink.MAV_FRAME_GLOBAL_RELATIVE_ALT_INT, mavlink.MAV_CMD_NAV_WAYPOINT,
                                      0, 1, 0, 0, 0, float("nan"), lat, lon, alt, mavlink.MAV_MISSION_TYPE_MISSION)
        elif m.get_type() == "MISSION_ACK":
            ack = m
    if ack:
        break
result["upload_result"] = ack.type if ack else None

# Mission download and compare.
mav.mission_request_list_send(1, 1, mavlink.MAV_MISSION_TYPE_MISSION)
count_msg = wait("MISSION_COUNT")
downloaded = []
if count_msg:
    for seq in range(count_msg.count):
        mav.mission_request_int_send(1, 1, seq, mavlink.MAV_MISSION_TYPE_MISSION)
        item = wait("MISSION_ITEM_INT", where=lambda m, s=seq: m.seq == s)
        downloaded.append((item.x, item.y, round(item.z, 3)) if item else None)
    mav.mission_ack_send(1, 1, mavlink.MAV_MISSION_ACCEPTED, mavlink.MAV_MISSION_TYPE_MISSION)
result["mission_matches"] = downloaded == [(la, lo, round(al, 3)) for la, lo, al in items]

# Signing: install a key, then an unsigned COMMAND_LONG must be ignored and a signed one answered.
key = bytes(range(7, 39))
mav.setup_signing_send(1, 1, key, 0)
turn()
mav.signing.secret_key = key
mav.signing.link_id = 1
mav.signing.sign_outgoing = True
import time
mav.signing.timestamp = int((time.time() - 1420070400) * 100000)
mav.signing.sign_outgoing = False
mav.command_long_send(1, 1, mavlink.MAV_CMD_COMPONENT_ARM_DISARM, 0, 1, 0, 0, 0, 0, 0, 0)
result["unsigned_ack"] = wait("COMMAND_ACK", turns=50) is not None
mav.signing.sign_outgoing = True
mav.command_long_send(1, 1, mavlink.MAV_CMD_COMPONENT_ARM_DISARM, 0, 1, 0, 0, 0, 0, 0, 0)
signed = wait("COMMAND_ACK", turns=50)
result["signed_ack_result"] = signed.result if signed else None

out.write(struct.pack("<I", 0xFFFFFFFF))
out.write((json.dumps(result) + "\n").encode())
out.flush()
