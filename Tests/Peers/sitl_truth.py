#!/usr/bin/env python3
"""Compares a simulated vehicle's ground truth with its own estimate, with pymavlink.

  sitl_truth.py --listen PORT [--timeout S]

Waits for the vehicle's heartbeat on udpin PORT, arms, takes off to 10 m (MAV_CMD_NAV_TAKEOFF)
and, once hovering, collects for 10 s of the vehicle's time: SIM_STATE, HIL_STATE_QUATERNION,
GLOBAL_POSITION_INT and ATTITUDE. Reports the truth rates in simulated time (from
HIL_STATE_QUATERNION.time_usec and ATTITUDE.time_boot_ms) and the largest differences between
truth and estimate matched by time. Then sets SIM_STATE to 20 Hz and HIL_STATE_QUATERNION off
with MAV_CMD_SET_MESSAGE_INTERVAL and measures again. Prints one JSON line; exits 1 on failure.
"""
import argparse
import json
import math
import sys
import time
from pymavlink import mavutil

M = mavutil.mavlink


def wait_ack(conn, command, deadline):
    while time.time() < deadline:
        m = conn.recv_match(type="COMMAND_ACK", blocking=True, timeout=1)
        if m and m.command == command:
            return m.result
    raise SystemExit(f"no COMMAND_ACK for {command}")


def command(conn, cmd, *params, deadline):
    p = list(params) + [0] * (7 - len(params))
    for _ in range(5):
        conn.mav.command_long_send(conn.target_system, conn.target_component, cmd, 0, *p)
        try:
            return wait_ack(conn, cmd, min(deadline, time.time() + 2))
        except SystemExit:
            continue
    raise SystemExit(f"command {cmd} not acknowledged")


def collect(conn, sim_seconds, deadline):
    """Messages over `sim_seconds` of the vehicle's time (ATTITUDE.time_boot_ms)."""
    got = {"SIM_STATE": [], "HIL_STATE_QUATERNION": [], "GLOBAL_POSITION_INT": [], "ATTITUDE": [], "ESTIMATOR_STATUS": []}
    start = None
    while time.time() < deadline:
        m = conn.recv_match(type=list(got), blocking=True, timeout=1)
        if m is None:
            continue
        if m.get_type() == "ATTITUDE":
            start = m.time_boot_ms if start is None else start
            if m.time_boot_ms - start >= sim_seconds * 1000:
                return got
        if start is not None:
            got[m.get_type()].append(m)
    raise SystemExit("timed out collecting")


def horizontal(lat1, lon1, lat2, lon2):
    n = math.radians(lat2 - lat1) * 6371000
    e = math.radians(lon2 - lon1) * 6371000 * math.cos(math.radians(lat1))
    return math.hypot(n, e)


def angle(a, b):
    d = (a - b + math.pi) % (2 * math.pi) - math.pi
    return abs(d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    deadline = time.time() + a.timeout
    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{a.listen}", source_system=255, source_component=190)
    conn.wait_heartbeat(timeout=30)
    conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
    # Wait for a position estimate, then arm and take off to 10 m above home (PX4 reads the
    # takeoff altitude as AMSL).
    while time.time() < deadline:
        g = conn.recv_match(type="GLOBAL_POSITION_INT", blocking=True, timeout=1)
        if g and g.lat != 0:
            home_amsl = (g.alt - g.relative_alt) / 1000
            break
    time.sleep(1)
    if command(conn, M.MAV_CMD_COMPONENT_ARM_DISARM, 1, deadline=deadline) != 0:
        raise SystemExit("arming refused")
    if command(conn, M.MAV_CMD_NAV_TAKEOFF, 0, 0, 0, float("nan"), float("nan"), float("nan"), home_amsl + 10, deadline=deadline) != 0:
        raise SystemExit("takeoff refused")
    while time.time() < deadline:
        g = conn.recv_match(type="GLOBAL_POSITION_INT", blocking=True, timeout=1)
        if g and g.relative_alt > 9500 and abs(g.vz) < 20:
            break
        conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
    got = collect(conn, 10, deadline)
    hsq, sim, gpi, att = got["HIL_STATE_QUATERNION"], got["SIM_STATE"], got["GLOBAL_POSITION_INT"], got["ATTITUDE"]
    span_s = (hsq[-1].time_usec - hsq[0].time_usec) / 1e6 if len(hsq) > 1 else 0
    att_span = (att[-1].time_boot_ms - att[0].time_boot_ms) / 1e3
    out = {"hil_state_quaternion_hz": (len(hsq) - 1) / span_s if span_s else 0,
           "sim_state_hz": len(sim) / att_span * (len(att) - 1) / len(att) if att_span else 0,
           "attitude_hz": (len(att) - 1) / att_span if att_span else 0}
    # Truth against estimate: each GLOBAL_POSITION_INT with the HIL_STATE_QUATERNION nearest in time.
    worst_h = worst_v = 0.0
    for g in gpi:
        t = g.time_boot_ms * 1000
        h = min(hsq, key=lambda x: abs(x.time_usec - t))
        worst_h = max(worst_h, horizontal(h.lat / 1e7, h.lon / 1e7, g.lat / 1e7, g.lon / 1e7))
        worst_v = max(worst_v, abs(h.alt - g.alt) / 1000)
    # SIM_STATE's float and integer positions agree with HIL_STATE_QUATERNION's.
    worst_sim_h = max(horizontal(s.lat_int / 1e7, s.lon_int / 1e7, g.lat / 1e7, g.lon / 1e7) for s, g in zip(sim, gpi))
    float_vs_int = max(horizontal(s.lat, s.lon, s.lat_int / 1e7, s.lon_int / 1e7) for s in sim)
    worst_tilt = worst_yaw = 0.0
    for x in att:
        t = x.time_boot_ms * 1000
        h = min(hsq, key=lambda y: abs(y.time_usec - t))
        w, qx, qy, qz = h.attitude_quaternion
        roll = math.atan2(2 * (w * qx + qy * qz), 1 - 2 * (qx * qx + qy * qy))
        pitch = math.asin(max(-1, min(1, 2 * (w * qy - qz * qx))))
        yaw = math.atan2(2 * (w * qz + qx * qy), 1 - 2 * (qy * qy + qz * qz))
        worst_tilt = max(worst_tilt, angle(roll, x.roll), angle(pitch, x.pitch))
        worst_yaw = max(worst_yaw, angle(yaw, x.yaw))
    sim_tilt = max(max(angle(s.roll, x.roll), angle(s.pitch, x.pitch)) for s, x in zip(sim, att))
    sim_yaw = max(angle(s.yaw, x.yaw) for s, x in zip(sim, att))
    est = got["ESTIMATOR_STATUS"]
    out.update(horizontal_m=worst_h, vertical_m=worst_v, sim_state_horizontal_m=worst_sim_h, sim_state_float_vs_int_m=float_vs_int,
               tilt_deg=math.degrees(worst_tilt), yaw_deg=math.degrees(worst_yaw),
               sim_state_tilt_deg=math.degrees(sim_tilt), sim_state_yaw_deg=math.degrees(sim_yaw),
               estimator_horizontal_accuracy_m=max(e.pos_horiz_accuracy for e in est) if est else None,
               estimator_vertical_accuracy_m=max(e.pos_vert_accuracy for e in est) if est else None)
    # MAV_CMD_SET_MESSAGE_INTERVAL: SIM_STATE at 20 Hz (50 000 µs), HIL_STATE_QUATERNION off (-1).
    out["set_sim_state"] = command(conn, M.MAV_CMD_SET_MESSAGE_INTERVAL, 108, 50000, deadline=deadline)
    out["set_hil_state"] = command(conn, M.MAV_CMD_SET_MESSAGE_INTERVAL, 115, -1, deadline=deadline)
    collect(conn, 0.5, deadline)  # let the change take effect
    got = collect(conn, 5, deadline)
    att = got["ATTITUDE"]
    att_span = (att[-1].time_boot_ms - att[0].time_boot_ms) / 1e3
    out["sim_state_hz_after"] = len(got["SIM_STATE"]) / att_span * (len(att) - 1) / len(att)
    out["hil_state_quaternion_after"] = len(got["HIL_STATE_QUATERNION"])
    print(json.dumps(out))


if __name__ == "__main__":
    main()
