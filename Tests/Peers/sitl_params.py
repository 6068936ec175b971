#!/usr/bin/env python3
"""The parameter protocol against a MAVLink vehicle, with pymavlink as the ground station.

  sitl_params.py --listen PORT set NAME=VALUE...   PARAM_SET each, wait for the PARAM_VALUE echo
  sitl_params.py --listen PORT list                PARAM_REQUEST_LIST: every value, indices checked
  sitl_params.py --listen PORT burst NAME=V1,V2,... [NAME=...]
                                                   reads the current values, prints them as one
                                                   JSON line {"before": {...}}, then PARAM_SETs the
                                                   listed values round-robin until killed (prints
                                                   "bursting" once the first echo came back)
  sitl_params.py --listen PORT watch NAME=VALUE... prints "watching" once the vehicle is heard,
                                                   then, asking for nothing, waits for the
                                                   vehicle to announce each NAME with VALUE in a
                                                   PARAM_VALUE (a change made on another link)

`set`, `list` and `watch` print one JSON object {NAME: value}; integers are printed as integers. Waits up to
--timeout seconds for the vehicle's heartbeat on udpin PORT; exits 1 on failure.
"""
import argparse
import json
import sys
import time

from pymavlink import mavutil

M = mavutil.mavlink


def connect(port, timeout):
    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{port}", source_system=255, source_component=190)
    if conn.wait_heartbeat(timeout=timeout) is None:
        raise SystemExit("no heartbeat")
    conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
    return conn


def number(v):
    return int(v.param_value) if v.param_type == M.MAV_PARAM_TYPE_INT32 else v.param_value


def read(conn, name, timeout=5):
    deadline = time.time() + timeout
    while time.time() < deadline:
        conn.mav.param_request_read_send(conn.target_system, conn.target_component, name.encode(), -1)
        end = time.time() + 0.5
        while time.time() < end:
            v = conn.recv_match(type="PARAM_VALUE", blocking=True, timeout=0.2)
            if v is not None and v.param_id == name:
                return v
    raise SystemExit(f"no PARAM_VALUE for {name}")


def set_param(conn, name, value, timeout=5):
    deadline = time.time() + timeout
    kind = M.MAV_PARAM_TYPE_INT32 if isinstance(value, int) else M.MAV_PARAM_TYPE_REAL32
    while time.time() < deadline:
        conn.mav.param_set_send(conn.target_system, conn.target_component, name.encode(), float(value), kind)
        end = time.time() + 0.5
        while time.time() < end:
            v = conn.recv_match(type="PARAM_VALUE", blocking=True, timeout=0.2)
            if v is not None and v.param_id == name:
                if abs(v.param_value - float(value)) > 1e-6:
                    raise SystemExit(f"{name} refused: still {v.param_value}")
                return v
    raise SystemExit(f"no echo for {name}")


def fetch_all(conn, timeout):
    conn.mav.param_request_list_send(conn.target_system, conn.target_component)
    got, count, deadline = {}, None, time.time() + timeout
    while time.time() < deadline and (count is None or len(got) < count):
        v = conn.recv_match(type="PARAM_VALUE", blocking=True, timeout=0.5)
        if v is None:
            continue
        count = v.param_count
        got[v.param_index] = v
    if count is None or len(got) != count:
        raise SystemExit(f"list incomplete: {len(got)} of {count}")
    if sorted(got) != list(range(count)):
        raise SystemExit("list indices are not 0..count-1")
    return {v.param_id: number(v) for v in got.values()}


def parse_value(text):
    return int(text) if text.lstrip("-").isdigit() else float(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("action", choices=["set", "list", "burst", "watch"])
    ap.add_argument("pairs", nargs="*")
    a = ap.parse_args()
    conn = connect(a.listen, a.timeout)
    if a.action == "set":
        out = {}
        for pair in a.pairs:
            name, value = pair.split("=")
            out[name] = number(set_param(conn, name, parse_value(value)))
        print(json.dumps(out))
    elif a.action == "watch":
        want = {name: parse_value(value) for name, value in (p.split("=") for p in a.pairs)}
        print("watching", flush=True)
        seen, deadline = {}, time.time() + a.timeout
        while time.time() < deadline and set(seen) != set(want):
            v = conn.recv_match(type="PARAM_VALUE", blocking=True, timeout=0.5)
            if v is not None and v.param_id in want and abs(v.param_value - float(want[v.param_id])) < 1e-6:
                seen[v.param_id] = number(v)
        if set(seen) != set(want):
            raise SystemExit(f"not announced: {sorted(set(want) - set(seen))}")
        print(json.dumps(seen))
    elif a.action == "list":
        print(json.dumps(fetch_all(conn, a.timeout)))
    else:
        plan = [(name, [parse_value(x) for x in values.split(",")]) for name, values in (p.split("=") for p in a.pairs)]
        print(json.dumps({"before": {name: number(read(conn, name)) for name, _ in plan}}), flush=True)
        set_param(conn, plan[0][0], plan[0][1][0])
        print("bursting", flush=True)
        i, last_hb = 0, time.time()
        while True:
            for name, values in plan:
                value = values[i % len(values)]
                kind = M.MAV_PARAM_TYPE_INT32 if isinstance(value, int) else M.MAV_PARAM_TYPE_REAL32
                conn.mav.param_set_send(conn.target_system, conn.target_component, name.encode(), float(value), kind)
            i += 1
            if time.time() - last_hb > 0.5:
                conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
                last_hb = time.time()
            while conn.recv_match(blocking=False) is not None:
                pass
            time.sleep(0.002)


if __name__ == "__main__":
    sys.exit(main())
