#!/usr/bin/env python3
"""Flies a mission on a MAVLink vehicle with pymavlink as the ground station.

  sitl_mission.py --listen PORT --plan FILE.waypoints [--key HEX64] [--timeout S]

Waits for the vehicle's heartbeat on udpin PORT, reads the full parameter list (PARAM_REQUEST_LIST,
missing indices re-read by index), uploads the QGC WPL 110 plan (row 0 is home, as QGC and
ArduPilot write it; the rows after it are the mission items 0…) with the mission protocol
(MISSION_COUNT / MISSION_REQUEST_INT / MISSION_ITEM_INT / MISSION_ACK), downloads it back and
compares; then reads items 1… back with MISSION_REQUEST_PARTIAL_LIST and replaces item 2 (5 m
higher) with MISSION_WRITE_PARTIAL_LIST, checking the vehicle's copy. With --key: installs the key with SETUP_SIGNING, checks the vehicle signs and that an
unsigned COMMAND_LONG arm gets no COMMAND_ACK and leaves it disarmed, then signs everything it
sends. Arms, sends MAV_CMD_MISSION_START, follows MISSION_ITEM_REACHED to the last item and waits
for the vehicle to land and disarm. Prints one JSON summary line; exits 1 on failure.
"""
import argparse
import json
import sys
import time
from pymavlink import mavutil

M = mavutil.mavlink


def load_wpl(path):
    lines = open(path).read().strip().splitlines()
    if not lines or not lines[0].startswith("QGC WPL 110"):
        raise SystemExit(f"{path}: not a QGC WPL 110 file")
    items = []
    for line in lines[2:]:  # row 0 (lines[1]) is home, not a mission item
        f = line.split("\t")
        items.append(dict(seq=int(f[0]) - 1, current=int(f[1]), frame=int(f[2]), command=int(f[3]),
                          params=[float(x) for x in f[4:8]], x=float(f[8]), y=float(f[9]), z=float(f[10]),
                          autocontinue=int(f[11])))
        if items[-1]["command"] == M.MAV_CMD_DO_JUMP:
            items[-1]["params"][0] -= 1  # files count home as 0, the vehicle the first item
    return items


def param_list(conn, deadline):
    """Every parameter by PARAM_REQUEST_LIST; indices that did not arrive are read by index."""
    conn.mav.param_request_list_send(conn.target_system, conn.target_component)
    values, count, quiet_since = {}, None, time.time()
    while time.time() < deadline:
        v = conn.recv_match(type="PARAM_VALUE", blocking=True, timeout=0.2)
        if v is not None:
            count = v.param_count
            values[v.param_index] = (v.param_id, v.param_value)
            quiet_since = time.time()
        if count is not None and len(values) == count:
            break
        if count is not None and time.time() - quiet_since > 1:
            for i in sorted(set(range(count)) - set(values))[:10]:
                conn.mav.param_request_read_send(conn.target_system, conn.target_component, b"", i)
            quiet_since = time.time()
    if count is None or len(values) != count or set(values) != set(range(count)):
        raise SystemExit(f"parameter list incomplete: {len(values)} of {count}")
    if len({name for name, _ in values.values()}) != count:
        raise SystemExit("parameter names repeat in the list")
    return count


def install_signing(conn, key, deadline):
    """SETUP_SIGNING with `key`; the vehicle must sign and refuse an unsigned arm; then sign outgoing."""
    conn.setup_signing(key, sign_outgoing=False, allow_unsigned_callback=lambda mav, msg_id: True, link_id=1)
    stamp = int((time.time() - 1420070400) * 1e5)
    conn.mav.setup_signing_send(conn.target_system, conn.target_component, key, stamp)
    while True:
        m = conn.recv_match(type="HEARTBEAT", blocking=True, timeout=1)
        if m is not None and m.get_srcSystem() == conn.target_system and m.get_signed():
            break
        if time.time() > deadline:
            raise SystemExit("the vehicle does not sign after SETUP_SIGNING")
    conn.mav.command_long_send(conn.target_system, conn.target_component, M.MAV_CMD_COMPONENT_ARM_DISARM, 0,
                               1, 0, 0, 0, 0, 0, 0)
    end, armed = time.time() + 3, False
    while time.time() < end:
        m = conn.recv_match(type=["COMMAND_ACK", "HEARTBEAT"], blocking=True, timeout=0.2)
        if m is None:
            continue
        if m.get_type() == "COMMAND_ACK" and m.command == M.MAV_CMD_COMPONENT_ARM_DISARM:
            raise SystemExit(f"unsigned arm acknowledged with signing on: {m}")
        if m.get_type() == "HEARTBEAT" and m.get_srcSystem() == conn.target_system:
            armed = bool(m.base_mode & M.MAV_MODE_FLAG_SAFETY_ARMED)
    if armed:
        raise SystemExit("unsigned arm obeyed with signing on")
    conn.mav.signing.sign_outgoing = True


def item_msg(conn, it, seq):
    return conn.mav.mission_item_int_encode(conn.target_system, conn.target_component, seq, it["frame"], it["command"],
                                            0, it["autocontinue"], *it["params"], int(round(it["x"] * 1e7)),
                                            int(round(it["y"] * 1e7)), it["z"], M.MAV_MISSION_TYPE_MISSION)


def serve_items(conn, items, deadline, what, seqs):
    """Answers the vehicle's item requests (only sequence numbers in `seqs`) until its MISSION_ACK."""
    while time.time() < deadline:
        m = conn.recv_match(type=["MISSION_REQUEST_INT", "MISSION_REQUEST", "MISSION_ACK"], blocking=True, timeout=1)
        if m is None:
            continue
        if m.get_type() == "MISSION_ACK":
            if m.type != M.MAV_MISSION_ACCEPTED:
                raise SystemExit(f"{what} refused: MAV_MISSION_RESULT {m.type}")
            return
        if m.seq not in seqs:
            raise SystemExit(f"{what}: item {m.seq} requested")
        conn.mav.send(item_msg(conn, items[m.seq], m.seq))
    raise SystemExit(f"{what} timed out")


def upload(conn, items, deadline):
    conn.mav.mission_count_send(conn.target_system, conn.target_component, len(items), M.MAV_MISSION_TYPE_MISSION)
    serve_items(conn, items, deadline, "upload", range(len(items)))


def download(conn, deadline):
    conn.mav.mission_request_list_send(conn.target_system, conn.target_component, M.MAV_MISSION_TYPE_MISSION)
    m = conn.recv_match(type="MISSION_COUNT", blocking=True, timeout=5)
    if m is None:
        raise SystemExit("no MISSION_COUNT")
    got = []
    for seq in range(m.count):
        for _ in range(5):
            conn.mav.mission_request_int_send(conn.target_system, conn.target_component, seq, M.MAV_MISSION_TYPE_MISSION)
            r = conn.recv_match(type="MISSION_ITEM_INT", blocking=True, timeout=1)
            if r is not None and r.seq == seq:
                got.append(r)
                break
        else:
            raise SystemExit(f"item {seq} not downloaded")
    conn.mav.mission_ack_send(conn.target_system, conn.target_component, M.MAV_MISSION_ACCEPTED, M.MAV_MISSION_TYPE_MISSION)
    return got


def partial_download(conn, start, end):
    """MISSION_REQUEST_PARTIAL_LIST: the vehicle streams items start..end."""
    conn.mav.mission_request_partial_list_send(conn.target_system, conn.target_component, start, end,
                                               M.MAV_MISSION_TYPE_MISSION)
    got, stop = {}, time.time() + 5
    while time.time() < stop and len(got) < end - start + 1:
        r = conn.recv_match(type="MISSION_ITEM_INT", blocking=True, timeout=0.5)
        if r is not None:
            got[r.seq] = r
    if sorted(got) != list(range(start, end + 1)):
        raise SystemExit(f"partial download {start}..{end} gave {sorted(got)}")
    return [got[i] for i in range(start, end + 1)]


def partial_upload(conn, items, start, end, deadline):
    """MISSION_WRITE_PARTIAL_LIST: the vehicle requests items start..end and accepts the whole plan."""
    conn.mav.mission_write_partial_list_send(conn.target_system, conn.target_component, start, end,
                                             M.MAV_MISSION_TYPE_MISSION)
    serve_items(conn, items, deadline, f"partial upload {start}..{end}", range(start, end + 1))


def same(r, it):
    return r.command == it["command"] and abs(r.x - round(it["x"] * 1e7)) <= 1 and abs(r.z - it["z"]) <= 1e-3


def command(conn, cmd, *params, deadline):
    p = list(params) + [0] * (7 - len(params))
    conn.mav.command_long_send(conn.target_system, conn.target_component, cmd, 0, *p)
    while time.time() < deadline:
        a = conn.recv_match(type="COMMAND_ACK", blocking=True, timeout=1)
        if a is not None and a.command == cmd:
            return a.result
    raise SystemExit(f"no COMMAND_ACK for {cmd}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--plan", required=True)
    ap.add_argument("--key", help="signing key, 64 hex digits: install it and fly signed")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    deadline = time.time() + a.timeout
    items = load_wpl(a.plan)
    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{a.listen}", source_system=255, source_component=190)
    hb = conn.wait_heartbeat(timeout=20)
    if hb is None:
        raise SystemExit("no heartbeat")
    summary = {"autopilot": hb.autopilot, "type": hb.type}
    # Keep the vehicle's ground-station link alive.
    last_hb = 0.0

    def gcs_heartbeat():
        nonlocal last_hb
        if time.time() - last_hb > 0.5:
            conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
            last_hb = time.time()

    gcs_heartbeat()
    summary["params"] = param_list(conn, deadline)
    upload(conn, items, deadline)
    back = download(conn, deadline)
    summary["downloaded"] = len(back)
    for it, r in zip(items, back):
        if not same(r, it):
            raise SystemExit(f"item {r.seq} differs after download: {r}")
    if len(items) >= 3:
        # Partial transfers: read items 1..last back, then raise item 2 by 5 m and read it again.
        for r in partial_download(conn, 1, len(items) - 1):
            if not same(r, items[r.seq]):
                raise SystemExit(f"item {r.seq} differs in the partial download: {r}")
        items[2]["z"] += 5
        partial_upload(conn, items, 2, 2, deadline)
        if not same(partial_download(conn, 2, 2)[0], items[2]) or len(download(conn, deadline)) != len(items):
            raise SystemExit("the partial upload did not replace exactly item 2")
        summary["partial"] = "ok"
    if a.key:
        install_signing(conn, bytes.fromhex(a.key), deadline)
        summary["unsigned_arm"] = "refused"
    # Wait for a good position before arming (the estimator needs GNSS).
    while time.time() < deadline:
        gcs_heartbeat()
        res = command(conn, M.MAV_CMD_COMPONENT_ARM_DISARM, 1, deadline=deadline)
        if res == M.MAV_RESULT_ACCEPTED:
            break
        time.sleep(0.2)
    else:
        raise SystemExit("could not arm")
    summary["start"] = command(conn, M.MAV_CMD_MISSION_START, 0, 0, deadline=deadline)
    reached, landed, armed = [], False, True
    while time.time() < deadline:
        gcs_heartbeat()
        m = conn.recv_match(type=["MISSION_ITEM_REACHED", "HEARTBEAT", "EXTENDED_SYS_STATE", "STATUSTEXT"], blocking=True, timeout=1)
        if m is None:
            continue
        t = m.get_type()
        if t == "MISSION_ITEM_REACHED" and (not reached or reached[-1] != m.seq):
            reached.append(m.seq)
        elif t == "HEARTBEAT" and m.get_srcSystem() == conn.target_system:
            armed = bool(m.base_mode & M.MAV_MODE_FLAG_SAFETY_ARMED)
        elif t == "EXTENDED_SYS_STATE":
            landed = m.landed_state == M.MAV_LANDED_STATE_ON_GROUND
        if reached and reached[-1] == len(items) - 1 and landed and not armed:
            break
    summary.update(reached=reached, landed=landed, armed=armed)
    print(json.dumps(summary))
    sys.exit(0 if reached == list(range(len(items))) and landed and not armed else 1)


if __name__ == "__main__":
    main()
