#!/usr/bin/env python3
"""Flies a QGC WPL 110 mission through MAVProxy, driven by commands on its standard input.

  mavproxy_mission.py --listen PORT --plan FILE.waypoints --fence FENCE.waypoints [--timeout S]

Starts MAVProxy on udpin PORT with the wp, fence, mode, arm, cmdlong and param modules, then reacts
to what it prints: `wp load` the plan, `fence load` the fence (a QGC WPL 110 file of fence items,
uploaded with the mission protocol as MAV_MISSION_TYPE_FENCE over MAVLink 2), `fence list` to read
it back from the vehicle and compare, `param set` a parameter, `arm throttle`,
`long MISSION_START`, and waits for the vehicle's "Mission finished" and "Disarmed" status texts.
Exits 1 on failure.
"""
import argparse
import re

from mavproxy_driver import MAVProxy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--plan", required=True)
    ap.add_argument("--fence", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    mp = MAVProxy(a.listen, "wp,fence,mode,arm,cmdlong,param", a.timeout)
    send, wait_for = mp.send, mp.wait_for

    try:
        wait_for("Detected vehicle", "online system 1", "HEARTBEAT")
        wait_for("MISSION_ACK: TYPE_MISSION: ACCEPTED", resend=f"wp load {a.plan}", every=8)
        wait_for("MISSION_ACK: TYPE_FENCE: ACCEPTED", resend=f"fence load {a.fence}", every=8)
        check_fence(a.fence, wait_for, send)
        # `param set` needs MAVProxy's copy of the parameter list (it says "Unable to find parameter"
        # until the list has arrived), so it is repeated with a `param fetch`, which prints
        # "NAME = VALUE" from the vehicle's PARAM_VALUE, until the new value shows.
        wait_for("MPC_XY_CRUISE = 6.0", resend="param set MPC_XY_CRUISE 6", every=3,
                 also="param fetch MPC_XY_CRUISE")
        wait_for("ARMED", "Armed", resend="arm throttle", every=1)
        send("long MISSION_START 0 0")
        wait_for("Mission finished")
        wait_for("Disarmed")
        print("ok: mission flown through MAVProxy")
    finally:
        mp.kill()


def fence_vertices(path):
    """(command, latitude, longitude) of every item of a QGC WPL 110 fence file."""
    rows = [line.split("\t") for line in open(path).read().strip().splitlines()[1:]]
    return [(int(r[3]), float(r[8]), float(r[9])) for r in rows]


def check_fence(path, wait_for, send):
    """`fence list` downloads the vehicle's fence; MAVProxy prints one line per item."""
    want = fence_vertices(path)
    item = re.compile(r"\b(50\d\d) \d+ (-?[\d.]+) (-?[\d.]+) -?[\d.]+ p1=")
    got = []
    send("fence list")
    while len(got) < len(want):
        m = item.search(wait_for(*[f"{c} " for c in sorted({w[0] for w in want})]))
        if m:
            got.append((int(m.group(1)), float(m.group(2)), float(m.group(3))))
    for (c, lat, lon), (gc, glat, glon) in zip(want, got):
        if c != gc or abs(lat - glat) > 1e-6 or abs(lon - glon) > 1e-6:
            raise SystemExit(f"fence on the vehicle differs: sent {want}, read back {got}")
    print(f"ok: fence of {len(got)} items on the vehicle")


if __name__ == "__main__":
    main()
