#!/usr/bin/env python3
"""An ArduPilot-like pymavlink vehicle that offers its logs only through LOG_REQUEST_* (no FTP).

It serves the files NNNNNNNN.BIN of --logs DIR the way ArduPilot does: log ids are the numbers in
the file names, LOG_ENTRY carries num_logs and last_log_num, LOG_REQUEST_DATA streams 90-byte LOG_DATA
from the offset (a new request replaces the running one; the last chunk of the file is short, and an
offset past the end gets a LOG_DATA with count 0), LOG_REQUEST_END stops the transfer. It answers
MAV_CMD_REQUEST_MESSAGE for AUTOPILOT_VERSION without the FTP capability bit and ignores
FILE_TRANSFER_PROTOCOL. --loss drops that share of what it sends and receives (seeded), except
that every LOG_REQUEST_END that reaches the socket is counted before the loss is drawn, so a test can
check the client sends one per download;
--die-after N goes silent for good after N bytes of log data (a lost link). It binds
127.0.0.1:PORT (0 picks one), prints "PORT n", answers the first peer that writes, sends a heartbeat
each second, and exits when stdin closes, after reading what is still queued on its socket, printing
what it saw as JSON.
"""
import argparse
import json
import os
import random
import select
import sys
import time

os.environ["MAVLINK20"] = "1"
from pymavlink import mavutil  # noqa: E402
from pymavlink.dialects.v20 import ardupilotmega as mav  # noqa: E402

CAPABILITIES = (mav.MAV_PROTOCOL_CAPABILITY_PARAM_FLOAT | mav.MAV_PROTOCOL_CAPABILITY_MISSION_INT
                | mav.MAV_PROTOCOL_CAPABILITY_COMMAND_INT | mav.MAV_PROTOCOL_CAPABILITY_MAVLINK2)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--logs", required=True)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--loss", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--die-after", type=int, default=-1)
    ap.add_argument("--time-base", type=int, default=1764410400, help="time_utc of the first log")
    args = ap.parse_args()

    logs = {}
    for name in sorted(os.listdir(args.logs)):
        stem, ext = os.path.splitext(name)
        if ext.upper() == ".BIN" and stem.isdigit():
            with open(os.path.join(args.logs, name), "rb") as f:
                logs[int(stem)] = f.read()
    ids = sorted(logs)

    conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{args.port}", source_system=1, source_component=1)
    print(f"PORT {conn.port.getsockname()[1]}", flush=True)
    rng = random.Random(args.seed)
    stats = {"list_requests": 0, "data_requests": 0, "end_requests": 0, "ftp_requests": 0, "data_bytes": 0}
    transfer = None  # [id, offset, end]
    sent_bytes = 0
    dead = False
    heard = False
    last_hb = 0.0

    def send(msg):
        if dead or not heard or rng.random() < args.loss:
            return
        conn.mav.send(msg)

    closing = False
    while not closing:
        r, _, _ = select.select([sys.stdin], [], [], 0)
        # On stdin's end, one more pass reads what the client sent just before it exited.
        closing = bool(r) and not sys.stdin.read(1)
        now = time.time()
        if now - last_hb >= 1:
            last_hb = now
            send(mav.MAVLink_heartbeat_message(mav.MAV_TYPE_QUADROTOR, mav.MAV_AUTOPILOT_ARDUPILOTMEGA,
                                               mav.MAV_MODE_FLAG_CUSTOM_MODE_ENABLED, 0, mav.MAV_STATE_STANDBY, 3))
        while True:
            m = conn.recv_match(blocking=False)
            if m is None:
                break
            heard = True
            t = m.get_type()
            if t == "LOG_REQUEST_END":
                stats["end_requests"] += 1
            if dead or rng.random() < args.loss:
                continue
            if t == "COMMAND_LONG" and m.command == mav.MAV_CMD_REQUEST_MESSAGE and int(m.param1) == 148:
                send(mav.MAVLink_command_ack_message(m.command, mav.MAV_RESULT_ACCEPTED))
                send(mav.MAVLink_autopilot_version_message(CAPABILITIES, 0x04050600, 0, 0, 0, [0] * 8, [0] * 8,
                                                           [0] * 8, 0, 0, 0))
            elif t == "LOG_REQUEST_LIST":
                stats["list_requests"] += 1
                if not ids:
                    send(mav.MAVLink_log_entry_message(0, 0, 0, 0, 0))
                    continue
                for i in ids:
                    if m.start <= i <= m.end:
                        send(mav.MAVLink_log_entry_message(i, len(ids), ids[-1], args.time_base + 3600 * (i - ids[0]),
                                                           len(logs[i])))
            elif t == "LOG_REQUEST_DATA":
                stats["data_requests"] += 1
                if m.id in logs:
                    size = len(logs[m.id])
                    end = size if m.count == 0xFFFFFFFF else min(size, m.ofs + m.count)
                    transfer = [m.id, m.ofs, end]
            elif t == "LOG_REQUEST_END":
                transfer = None
            elif t == "FILE_TRANSFER_PROTOCOL":
                stats["ftp_requests"] += 1
        if transfer is not None and not dead:
            for _ in range(20):
                lid, ofs, end = transfer
                data = logs[lid][ofs:min(ofs + 90, end)]
                if args.die_after >= 0 and sent_bytes + len(data) > args.die_after:
                    dead = True
                    break
                send(mav.MAVLink_log_data_message(lid, ofs, len(data), data.ljust(90, b"\0")))
                sent_bytes += len(data)
                stats["data_bytes"] += len(data)
                if len(data) == 0 or ofs + len(data) >= end:
                    transfer = None
                    break
                transfer[1] = ofs + len(data)
        time.sleep(0.002)
    print(json.dumps(stats), flush=True)


if __name__ == "__main__":
    main()
