#!/usr/bin/env python3
"""Flight logs of a MAVLink vehicle, with pymavlink as the ground station.

  sitl_logs.py --listen PORT fly        arm, take off (NaN altitude: the vehicle's default), wait
                                        until above 2 m, land, wait for the disarm
  sitl_logs.py --listen PORT takeoff    arm, take off, exit once above 2 m (the vehicle flies on)
  sitl_logs.py --listen PORT --out DIR download
                                        LOG_REQUEST_LIST, then LOG_REQUEST_DATA of every log into
                                        DIR/request-<id>.ulg; FTP (pymavlink's mavftp, as MAVProxy's
                                        ftp module) lists /fs/microsd/log and each day folder, gets
                                        every .ulg into DIR/ftp-<day>_<name> and asks its CRC32

Prints one JSON object; exits 1 on failure. Waits up to --timeout seconds in all. FTP_DEBUG=1 (or 2)
in the environment prints mavftp's trace on stderr.
"""
import argparse
import json
import logging
import os
import re
import socket
import sys
import time

from pymavlink import mavftp, mavutil

M = mavutil.mavlink


class Link:
    def __init__(self, port, deadline):
        self.deadline = deadline
        self.conn = mavutil.mavlink_connection(f"udpin:127.0.0.1:{port}", source_system=255, source_component=190)
        self.conn.port.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4 << 20)  # bursts at SITL speed-up
        if self.conn.wait_heartbeat(timeout=20) is None:
            raise SystemExit("no heartbeat")
        self.last_hb = 0.0
        self.beat()

    def beat(self):
        if time.time() - self.last_hb > 0.5:
            self.conn.mav.heartbeat_send(M.MAV_TYPE_GCS, M.MAV_AUTOPILOT_INVALID, 0, 0, 0)
            self.last_hb = time.time()

    def left(self):
        if time.time() > self.deadline:
            raise SystemExit("timed out")
        return True

    def command(self, cmd, *params):
        p = list(params) + [0] * (7 - len(params))
        c = self.conn
        c.mav.command_long_send(c.target_system, c.target_component, cmd, 0, *p)
        end = time.time() + 3
        while time.time() < end:
            a = c.recv_match(type="COMMAND_ACK", blocking=True, timeout=0.5)
            if a is not None and a.command == cmd:
                return a.result
        return None

    def wait(self, predicate, types):
        while self.left():
            self.beat()
            m = self.conn.recv_match(type=types, blocking=True, timeout=0.5)
            if m is not None and predicate(m):
                return m


def take_off(link):
    while link.left():
        link.beat()
        if link.command(M.MAV_CMD_COMPONENT_ARM_DISARM, 1) == M.MAV_RESULT_ACCEPTED:
            break
        time.sleep(0.2)
    if link.command(M.MAV_CMD_NAV_TAKEOFF, 0, 0, 0, float("nan"), float("nan"), float("nan"), float("nan")) != M.MAV_RESULT_ACCEPTED:
        raise SystemExit("takeoff refused")
    link.wait(lambda m: m.relative_alt > 2000, ["GLOBAL_POSITION_INT"])


def fly(link):
    take_off(link)
    if link.command(M.MAV_CMD_NAV_LAND) != M.MAV_RESULT_ACCEPTED:
        raise SystemExit("land refused")
    link.wait(lambda m: m.get_srcSystem() == link.conn.target_system and not m.base_mode & M.MAV_MODE_FLAG_SAFETY_ARMED,
              ["HEARTBEAT"])
    return {"flown": True}


def log_request(link, out):
    c = link.conn
    entries = {}
    total = None
    while link.left() and (total is None or len(entries) < total):
        c.mav.log_request_list_send(c.target_system, c.target_component, 0, 0xFFFF)
        end = time.time() + 2
        while time.time() < end and (total is None or len(entries) < total):
            e = c.recv_match(type="LOG_ENTRY", blocking=True, timeout=0.5)
            if e is None:
                continue
            total = e.num_logs
            if e.id:
                entries[e.id] = {"id": e.id, "size": e.size, "time_utc": e.time_utc, "last": e.last_log_num}
    files = {}
    for lid, e in sorted(entries.items()):
        data = bytearray(e["size"])
        have = set()
        while link.left() and len(have) * 90 < e["size"]:
            missing = [o for o in range(0, e["size"], 90) if o not in have]
            first = missing[0]
            c.mav.log_request_data_send(c.target_system, c.target_component, lid, first, e["size"] - first)
            quiet = time.time() + 2
            while time.time() < quiet:
                link.beat()
                d = c.recv_match(type="LOG_DATA", blocking=True, timeout=0.5)
                if d is None or d.id != lid:
                    continue
                quiet = time.time() + 2
                if d.count == 0:
                    break
                data[d.ofs:d.ofs + d.count] = bytes(d.data[:d.count])
                have.add(d.ofs)
                if len(have) * 90 >= e["size"]:
                    break
        c.mav.log_request_end_send(c.target_system, c.target_component)
        path = os.path.join(out, f"request-{lid}.ulg")
        with open(path, "wb") as f:
            f.write(data)
        files[lid] = path
    return {"entries": [entries[k] for k in sorted(entries)], "request_files": {str(k): v for k, v in files.items()}}


class CrcCapture(logging.Handler):
    def __init__(self):
        super().__init__()
        self.crcs = {}

    def emit(self, record):
        m = re.match(r"crc: (\S+) 0x([0-9a-f]{8})", record.getMessage())
        if m:
            self.crcs[m.group(1)] = int(m.group(2), 16)


def ftp(link, out):
    c = link.conn
    capture = CrcCapture()
    logging.getLogger().addHandler(capture)
    logging.getLogger().setLevel(logging.INFO)
    client = mavftp.MAVFTP(c, c.target_system, c.target_component)
    client.ftp_settings.burst_read_size = 239   # full chunks: a third of the packets of the default 80
    client.ftp_settings.debug = int(os.environ.get("FTP_DEBUG", "0"))
    if client.ftp_settings.debug:
        logging.getLogger().addHandler(logging.StreamHandler())
    listing = {}

    def ls(path):
        r = client.cmd_list([path])
        if r.error_code != 0:
            raise SystemExit(f"ftp list {path} failed: {r.error_code}")
        return [(e.name, e.is_dir, e.size_b) for e in client.list_result if e.name not in (".", "..")]

    root = ls("/fs/microsd")
    flat = ls("/logs")
    days = ls("/fs/microsd/log")
    got = {}
    for day, is_dir, _ in days:
        if not is_dir:
            continue
        for name, d, size in ls(f"/fs/microsd/log/{day}"):
            if d or not name.endswith(".ulg"):
                continue
            remote = f"/fs/microsd/log/{day}/{name}"
            local = os.path.join(out, f"ftp-{day}_{name}")
            # A burst at SITL speed-up can overrun this process's socket buffer; when the burst's
            # tail is lost, pymavlink gives up the transfer (RemoteReplyTimeout) instead of asking
            # for the rest, so a ground station retries the get, as MAVProxy's user would.
            for attempt in range(3):
                client.cmd_get([remote, local])
                r = client.process_ftp_reply("OpenFileRO", timeout=60)
                if r.error_code == 0:
                    break
            else:
                raise SystemExit(f"ftp get {remote} failed: {r.error_code}")
            client.cmd_crc([remote])
            got[f"{day}/{name}"] = {"path": local, "listed_size": size, "crc32": capture.crcs.get(remote)}
    listing["root"] = sorted(n for n, _, _ in root)
    return {"ftp_root": listing["root"], "ftp_files": got, "ftp_flat": [n for n, _, _ in flat]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--out")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("action", choices=["fly", "takeoff", "download"])
    a = ap.parse_args()
    link = Link(a.listen, time.time() + a.timeout)
    if a.action == "fly":
        result = fly(link)
    elif a.action == "takeoff":
        take_off(link)
        result = {"airborne": True}
    else:
        result = log_request(link, a.out)
        result.update(ftp(link, a.out))
    print(json.dumps(result))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
