#!/usr/bin/env python3
"""A pymavlink vehicle that speaks the vehicle side of the MAVLink parameter protocol over UDP.

It holds a small table of typed parameters with ranges and refuses values outside them the way
ArduPilot and PX4 do: by answering PARAM_SET with a PARAM_VALUE carrying the value it kept. Integer
parameters are packed as ArduPilot does (--autopilot ardupilot: the number as a float) or as PX4
does (--autopilot px4: the integer's bytes in the float). It binds 127.0.0.1:PORT (0 picks one),
prints "PORT n", answers the first peer that writes, sends a heartbeat each second, and exits when
stdin closes, printing the final table as JSON ({name: value}).
"""
import argparse
import json
import os
import random
import select
import struct
import sys
import time

os.environ["MAVLINK20"] = "1"
from pymavlink import mavutil  # noqa: E402
from pymavlink.dialects.v20 import common as mav  # noqa: E402

INT32, REAL32 = mav.MAV_PARAM_TYPE_INT32, mav.MAV_PARAM_TYPE_REAL32
# name: (type, value, min, max)
TABLE = {
    "ATC_RAT_RLL_P": (REAL32, 0.135, 0.0, 1.0),
    "ATC_RAT_PIT_P": (REAL32, 0.135, 0.0, 1.0),
    "WPNAV_SPEED": (REAL32, 500.0, 20.0, 2000.0),
    "RTL_ALT": (INT32, 1500, 200, 8000),
    "FENCE_ENABLE": (INT32, 0, 0, 1),
    "FENCE_ALT_MAX": (REAL32, 100.0, 10.0, 1000.0),
    "BATT_CAPACITY": (INT32, 3300, 0, 100000),
    "SYSID_THISMAV": (INT32, 1, 1, 255),
}


def encode(value, ptype, autopilot):
    if ptype == INT32 and autopilot == "px4":
        return struct.unpack("<f", struct.pack("<i", int(value)))[0]
    return float(value)


def decode(wire, ptype, autopilot):
    if ptype == INT32:
        if autopilot == "px4":
            return struct.unpack("<i", struct.pack("<f", wire))[0]
        return int(round(wire))
    return wire


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--autopilot", choices=["ardupilot", "px4"], default="ardupilot")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--loss", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{args.port}", source_system=1, source_component=1)
    print(f"PORT {conn.port.getsockname()[1]}", flush=True)
    rng = random.Random(args.seed)
    names = list(TABLE)
    values = {n: TABLE[n][1] for n in names}
    autopilot_id = mav.MAV_AUTOPILOT_ARDUPILOTMEGA if args.autopilot == "ardupilot" else mav.MAV_AUTOPILOT_PX4
    caps = mav.MAV_PROTOCOL_CAPABILITY_MAVLINK2 | (
        mav.MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_C_CAST if args.autopilot == "ardupilot" else mav.MAV_PROTOCOL_CAPABILITY_PARAM_ENCODE_BYTEWISE)

    def send(msg):
        if rng.random() >= args.loss:
            conn.mav.send(msg)

    def value_msg(name):
        ptype = TABLE[name][0]
        return conn.mav.param_value_encode(name.encode(), encode(values[name], ptype, args.autopilot), ptype,
                                           len(names), names.index(name))

    heard = False
    last_hb = 0.0
    while True:
        ready, _, _ = select.select([conn.port, sys.stdin], [], [], 0.05)
        if sys.stdin in ready and not sys.stdin.readline():
            break
        now = time.monotonic()
        if heard and now - last_hb >= 1.0:
            last_hb = now
            send(conn.mav.heartbeat_encode(mav.MAV_TYPE_QUADROTOR, autopilot_id, mav.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, 0,
                                           mav.MAV_STATE_STANDBY))
        if conn.port not in ready:
            continue
        m = conn.recv_match(blocking=False)
        while m is not None:
            heard = True
            if rng.random() < args.loss:
                m = conn.recv_match(blocking=False)
                continue
            t = m.get_type()
            if t == "PARAM_REQUEST_LIST":
                for n in names:
                    send(value_msg(n))
            elif t == "PARAM_REQUEST_READ":
                name = m.param_id if m.param_index < 0 else (names[m.param_index] if m.param_index < len(names) else None)
                if name in values:
                    send(value_msg(name))
            elif t == "PARAM_SET":
                if m.param_id in values:
                    ptype, _, lo, hi = TABLE[m.param_id]
                    v = decode(m.param_value, ptype, args.autopilot)
                    if lo <= v <= hi:
                        values[m.param_id] = v
                    send(value_msg(m.param_id))
            elif t == "COMMAND_LONG" and m.command == mav.MAV_CMD_REQUEST_MESSAGE and int(m.param1) == 148:
                send(conn.mav.autopilot_version_encode(caps, 0, 0, 0, 0, [0] * 8, [0] * 8, [0] * 8, 0, 0, 0))
            m = conn.recv_match(blocking=False)
    print(json.dumps(values), flush=True)


if __name__ == "__main__":
    main()
