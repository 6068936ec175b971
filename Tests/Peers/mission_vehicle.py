#!/usr/bin/env python3
"""A pymavlink vehicle that speaks the vehicle side of the MAVLink mission protocol over UDP.

It behaves like ArduPilot (home stored at mission sequence 0 and overwritten by its own home;
heartbeat autopilot 3) or PX4 (no home item; autopilot 12), for mission, fence and rally plans.
It binds 127.0.0.1:PORT (0 picks a free port) and prints "PORT n" on the first line of stdout,
then answers the first peer that writes to it. With --loss, each incoming and each outgoing
message is dropped with that probability (random.Random(seed)). It exits after --idle seconds
without traffic, or when stdin closes. With --dump, it prints the stored plans as JSON on exit.
"""
import argparse
import json
import math
import os
import random
import select
import sys
import time

os.environ["MAVLINK20"] = "1"
from pymavlink import mavutil  # noqa: E402
from pymavlink.dialects.v20 import common as mav  # noqa: E402

HOME = {"ardupilot": (-35.363261, 149.165230, 584.0), "px4": (47.397742, 8.545594, 488.0)}


def item_tuple(m):
    return [m.command, m.frame, m.autocontinue, m.param1, m.param2, m.param3, m.param4, m.x, m.y, m.z]


class Vehicle:
    def __init__(self, autopilot, conn, rng, loss):
        self.autopilot = autopilot
        self.conn = conn
        self.rng = rng
        self.loss = loss
        lat, lon, alt = HOME[autopilot]
        self.home = [16, 0, 1, 0.0, 0.0, 0.0, 0.0, int(round(lat * 1e7)), int(round(lon * 1e7)), alt]
        self.stored = {0: [self.home] if autopilot == "ardupilot" else [], 1: [], 2: []}
        self.receiving = None  # (type, count, items)
        self.last_request = 0.0
        self.current = 0
        self.verbose = False

    def send(self, msg):
        if self.rng.random() < self.loss:
            return
        if self.verbose:
            print(f"{time.monotonic():.3f} -> {msg}", file=sys.stderr, flush=True)
        self.conn.mav.send(msg)

    def request(self, mtype, seq):
        self.last_request = time.monotonic()
        self.send(mav.MAVLink_mission_request_int_message(255, 190, seq, mtype))

    def ack(self, mtype, result=0):
        self.send(mav.MAVLink_mission_ack_message(255, 190, result, mtype))

    def handle(self, m):
        t = m.get_type()
        mtype = getattr(m, "mission_type", 0)
        if t == "MISSION_COUNT":
            self.receiving = (mtype, m.count, [])
            if m.count == 0:
                self.commit()
            else:
                self.request(mtype, 0)
        elif t == "MISSION_ITEM_INT":
            r = self.receiving
            if r and r[0] == mtype:
                if m.seq != len(r[2]):
                    return
                r[2].append(item_tuple(m))
                if len(r[2]) == r[1]:
                    self.commit()
                else:
                    self.request(mtype, len(r[2]))
            elif m.seq + 1 == len(self.stored[mtype]):
                self.ack(mtype)  # our ACK was lost; the client resent the last item
        elif t == "MISSION_REQUEST_LIST":
            self.send(mav.MAVLink_mission_count_message(255, 190, len(self.stored[mtype]), mtype))
        elif t in ("MISSION_REQUEST_INT", "MISSION_REQUEST"):
            items = self.stored[mtype]
            if m.seq < len(items):
                c, f, a, p1, p2, p3, p4, x, y, z = items[m.seq]
                self.send(mav.MAVLink_mission_item_int_message(255, 190, m.seq, f, c, 0, a, p1, p2, p3, p4, x, y, z, mtype))
        elif t == "MISSION_CLEAR_ALL":
            self.stored[mtype] = [self.home] if (mtype == 0 and self.autopilot == "ardupilot") else []
            self.ack(mtype)
        elif t == "MISSION_SET_CURRENT":
            self.current = m.seq
            self.send(mav.MAVLink_mission_current_message(m.seq))

    def commit(self):
        mtype, _, items = self.receiving
        if mtype == 0 and self.autopilot == "ardupilot" and items:
            items[0] = self.home
        self.stored[mtype] = items
        self.receiving = None
        self.ack(mtype)

    def tick(self):
        if self.receiving and time.monotonic() - self.last_request > 0.4:
            self.request(self.receiving[0], len(self.receiving[2]))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--autopilot", choices=["ardupilot", "px4"], required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--loss", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--idle", type=float, default=30.0)
    ap.add_argument("--dump", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="log received messages on stderr")
    args = ap.parse_args()

    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{args.port}", source_system=1, source_component=1)
    print(f"PORT {conn.port.getsockname()[1]}", flush=True)
    rng = random.Random(args.seed)
    v = Vehicle(args.autopilot, conn, rng, args.loss)
    v.verbose = args.verbose
    autopilot_id = mav.MAV_AUTOPILOT_ARDUPILOTMEGA if args.autopilot == "ardupilot" else mav.MAV_AUTOPILOT_PX4
    last_heartbeat = 0.0
    last_traffic = time.monotonic()
    while time.monotonic() - last_traffic < args.idle:
        now = time.monotonic()
        if now - last_heartbeat >= 1.0 and (getattr(conn, "clients", None) or getattr(conn, "last_address", None)):
            conn.mav.send(mav.MAVLink_heartbeat_message(mav.MAV_TYPE_QUADROTOR, autopilot_id, 0, 0, mav.MAV_STATE_STANDBY, 3))
            last_heartbeat = now
        readable, _, _ = select.select([conn.port, sys.stdin], [], [], 0.02)
        if sys.stdin in readable and not sys.stdin.readline():
            break
        while True:
            m = conn.recv_match(blocking=False)
            if m is None:
                break
            last_traffic = time.monotonic()
            if m.get_type() == "BAD_DATA" or rng.random() < args.loss:
                continue
            if args.verbose:
                print(f"{time.monotonic():.3f} <- {m}", file=sys.stderr, flush=True)
            v.handle(m)
        v.tick()
    if args.dump:
        def clean(x):
            return None if isinstance(x, float) and math.isnan(x) else x
        print(json.dumps({str(k): [[clean(x) for x in it] for it in items] for k, items in v.stored.items()}), flush=True)


if __name__ == "__main__":
    main()
