#!/usr/bin/env python3
"""Mission, fence and rally plans of a MAVLink vehicle, with pymavlink as the ground station.

  sitl_plans.py --listen PORT download
      MISSION_REQUEST_LIST and MISSION_REQUEST_INT for each plan kind; prints one JSON object
      {"mission": {"opaque_id": N, "items": [...]}, "fence": ..., "rally": ...,
       "current": {"mission_id": N, "fence_id": N, "rally_points_id": N, "total": N, "seq": N}}
      where each item is every field of MISSION_ITEM_INT as received; the float fields as the hex of
      their IEEE-754 single bits, so NaNs compare and equal means bit for bit.
  sitl_plans.py --listen PORT id
      the mission's item count and opaque_id (MISSION_COUNT) and MISSION_CURRENT's mission_id:
      {"count": N, "opaque_id": N, "mission_id": N}
  sitl_plans.py --listen PORT upload --count N --seed S
      uploads N seeded waypoints near Zurich as the mission; prints {"plan_id": N} first (the
      opaque_id the vehicle will report for it: zlib CRC-32 over each item's command, frame,
      params, x, y, z, autocontinue as little-endian 32-bit words, 0 mapped to 1), "last" just
      before sending the final item and {"acked": TYPE, "opaque_id": N} once the MISSION_ACK arrives.

pymavlink's message definitions predate the `opaque_id` and `mission_id` extension fields, so
they are read from the received payload bytes (MAVLink 2 trims trailing zeros; they are put back).
Waits up to --timeout seconds for the vehicle's heartbeat on udpin PORT; exits 1 on failure.
"""
import argparse
import json
import os
import random
import struct
import zlib
import sys
import time

os.environ["MAVLINK20"] = "1"
from pymavlink import mavutil  # noqa: E402

M = mavutil.mavlink
FIELDS = ["seq", "frame", "command", "current", "autocontinue", "param1", "param2", "param3", "param4", "x", "y", "z",
          "mission_type"]


def connect(port, timeout):
    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{port}", source_system=255, source_component=190)
    if conn.wait_heartbeat(timeout=timeout) is None:
        raise SystemExit("no heartbeat")
    conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
    return conn


def extension(m, offset, fmt):
    """A field at `offset` of the MAVLink 2 payload of `m`, decoded with struct `fmt`."""
    buf = bytes(m.get_msgbuf())
    if buf[0] != 0xFD:
        return 0
    payload = buf[10:10 + buf[1]] + bytes(64)
    return struct.unpack_from("<" + fmt, payload, offset)[0]


def opaque_id(m):
    """MISSION_COUNT and MISSION_ACK: opaque_id follows the 5 or 4 bytes before it."""
    return extension(m, 5 if m.get_type() == "MISSION_COUNT" else 4, "I")


def bits(value):
    return struct.pack("<f", value).hex()


def ask(conn, send, want, accept, timeout=10):
    """Sends with `send()` until a `want` message passing `accept` arrives (re-sent every 0.5 s)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        send()
        end = time.time() + 0.5
        while time.time() < end:
            m = conn.recv_match(type=want, blocking=True, timeout=0.1)
            if m is not None and accept(m):
                return m
    raise SystemExit(f"no {want}")


def download(conn, kind):
    ts, tc = conn.target_system, conn.target_component
    count = ask(conn, lambda: conn.mav.mission_request_list_send(ts, tc, kind), "MISSION_COUNT",
                lambda m: m.mission_type == kind)
    items = []
    for seq in range(count.count):
        m = ask(conn, lambda: conn.mav.mission_request_int_send(ts, tc, seq, kind), "MISSION_ITEM_INT",
                lambda m: m.seq == seq and m.mission_type == kind)
        items.append({f: bits(getattr(m, f)) if isinstance(getattr(m, f), float) else getattr(m, f) for f in FIELDS})
    conn.mav.mission_ack_send(ts, tc, M.MAV_MISSION_ACCEPTED, kind)
    return {"opaque_id": opaque_id(count), "items": items}


def upload(conn, count, seed):
    ts, tc = conn.target_system, conn.target_component
    rng = random.Random(seed)
    items = [(M.MAV_FRAME_GLOBAL_RELATIVE_ALT_INT, M.MAV_CMD_NAV_TAKEOFF, 0, 0, 0, float("nan"),
              473977420, 85455940, 10.0)]
    for _ in range(count - 1):
        items.append((M.MAV_FRAME_GLOBAL_RELATIVE_ALT_INT, M.MAV_CMD_NAV_WAYPOINT, rng.choice([0.0, 1.5]), 2.0, 0.0,
                      float("nan"), 473977420 + rng.randint(-20000, 20000), 85455940 + rng.randint(-20000, 20000),
                      round(rng.uniform(5, 60), 3)))
    crc = 0
    for frame, command, p1, p2, p3, p4, x, y, z in items:
        crc = zlib.crc32(struct.pack("<II4fiifI", command, frame, p1, p2, p3, p4, x, y, z, 1), crc)
    print(json.dumps({"plan_id": crc or 1}), flush=True)
    conn.mav.mission_count_send(ts, tc, count, M.MAV_MISSION_TYPE_MISSION)
    deadline = time.time() + 120
    while time.time() < deadline:
        m = conn.recv_match(type=["MISSION_REQUEST_INT", "MISSION_REQUEST", "MISSION_ACK"], blocking=True, timeout=1)
        if m is None or m.get_srcSystem() != ts:
            continue
        if m.get_type() == "MISSION_ACK":
            if m.mission_type == M.MAV_MISSION_TYPE_MISSION:
                print(json.dumps({"acked": m.type, "opaque_id": opaque_id(m)}), flush=True)
                return m.type == M.MAV_MISSION_ACCEPTED
            continue
        if m.mission_type != M.MAV_MISSION_TYPE_MISSION:
            continue
        if m.seq == count - 1:
            print("last", flush=True)
        frame, command, p1, p2, p3, p4, x, y, z = items[m.seq]
        conn.mav.mission_item_int_send(ts, tc, m.seq, frame, command, 0, 1, p1, p2, p3, p4, x, y, z,
                                       M.MAV_MISSION_TYPE_MISSION)
    raise SystemExit("upload timed out")


def current(conn):
    return ask(conn, lambda: conn.mav.command_long_send(conn.target_system, conn.target_component,
                                                        M.MAV_CMD_REQUEST_MESSAGE, 0, M.MAVLINK_MSG_ID_MISSION_CURRENT,
                                                        0, 0, 0, 0, 0, 0),
               "MISSION_CURRENT", lambda m: True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--timeout", type=float, default=30)
    sub = ap.add_subparsers(dest="action", required=True)
    sub.add_parser("download")
    sub.add_parser("id")
    up = sub.add_parser("upload")
    up.add_argument("--count", type=int, required=True)
    up.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    conn = connect(args.listen, args.timeout)
    if args.action == "upload":
        sys.exit(0 if upload(conn, args.count, args.seed) else 1)
    if args.action == "id":
        ts, tc = conn.target_system, conn.target_component
        count = ask(conn, lambda: conn.mav.mission_request_list_send(ts, tc, M.MAV_MISSION_TYPE_MISSION),
                    "MISSION_COUNT", lambda m: m.mission_type == M.MAV_MISSION_TYPE_MISSION)
        conn.mav.mission_ack_send(ts, tc, M.MAV_MISSION_ACCEPTED, M.MAV_MISSION_TYPE_MISSION)
        print(json.dumps({"count": count.count, "opaque_id": opaque_id(count),
                          "mission_id": extension(current(conn), 6, "I")}))
        return
    out = {name: download(conn, kind) for name, kind in
           [("mission", M.MAV_MISSION_TYPE_MISSION), ("fence", M.MAV_MISSION_TYPE_FENCE),
            ("rally", M.MAV_MISSION_TYPE_RALLY)]}
    cur = current(conn)
    out["current"] = {"seq": cur.seq, "total": extension(cur, 2, "H"), "mission_id": extension(cur, 6, "I"),
                      "fence_id": extension(cur, 10, "I"), "rally_points_id": extension(cur, 14, "I")}
    print(json.dumps(out, sort_keys=True))


if __name__ == "__main__":
    main()
