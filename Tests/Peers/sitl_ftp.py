#!/usr/bin/env python3
"""Writes to a MAVLink vehicle's file system over FTP, with pymavlink's mavftp (MAVProxy's ftp
module's engine) as the ground station.

  sitl_ftp.py --listen PORT --file LOCAL [--timeout S]

mkdir /fs/microsd/up, put LOCAL there as data.bin, list the folder, get it back into
LOCAL.back, ask its CRC32, rename it to kept.bin, put LOCAL again as gone.bin and remove it; then
tries what must be refused: a put and a mkdir into the log tree, a put and a mkdir escaping the
root, removing a missing file, rmdir of a folder that is not empty. (mavftp streams its writes
without waiting for the CreateFile answer, so a refused put reports the writes' InvalidSession, not
the CreateFile's code.) Leaves /fs/microsd/up/kept.bin for the caller to check on
disk. Prints one JSON object (each step's mavftp error code, 0 = success); exits 1 when the link
fails. FTP_DEBUG=1 prints mavftp's trace on stderr.
"""
import argparse
import json
import logging
import os
import sys
import time

from pymavlink import mavftp

from sitl_logs import CrcCapture, Link


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    link = Link(a.listen, time.time() + a.timeout)
    c = link.conn
    capture = CrcCapture()
    logging.getLogger().addHandler(capture)
    logging.getLogger().setLevel(logging.INFO)
    client = mavftp.MAVFTP(c, c.target_system, c.target_component)
    client.ftp_settings.debug = int(os.environ.get("FTP_DEBUG", "0"))
    if client.ftp_settings.debug:
        logging.getLogger().addHandler(logging.StreamHandler())
    out = {}

    def put(local, remote):
        r = client.cmd_put([local, remote])
        if r.error_code == 0:
            r = client.process_ftp_reply("put", timeout=60)
        return r.error_code

    def ls(path):
        r = client.cmd_list([path])
        return r.error_code, sorted(e.name + ("/" if e.is_dir else f" {e.size_b}")
                                for e in client.list_result if e.name not in (".", ".."))

    out["mkdir"] = client.cmd_mkdir(["/fs/microsd/up"]).error_code
    out["put"] = put(a.file, "/fs/microsd/up/data.bin")
    out["list_code"], out["listing"] = ls("/fs/microsd/up")
    back = a.file + ".back"
    client.cmd_get(["/fs/microsd/up/data.bin", back])
    out["get"] = client.process_ftp_reply("OpenFileRO", timeout=60).error_code
    out["got"] = back
    out["crc_code"] = client.cmd_crc(["/fs/microsd/up/data.bin"]).error_code
    out["crc32"] = capture.crcs.get("/fs/microsd/up/data.bin")
    out["rename"] = client.cmd_rename(["/fs/microsd/up/data.bin", "/fs/microsd/up/kept.bin"]).error_code
    out["put_again"] = put(a.file, "/fs/microsd/up/gone.bin")
    out["rm"] = client.cmd_rm(["/fs/microsd/up/gone.bin"]).error_code
    out["list_after_code"], out["listing_after"] = ls("/fs/microsd/up")
    out["refused"] = {
        "put_into_log": put(a.file, "/fs/microsd/log/fake.ulg"),
        "mkdir_in_log": client.cmd_mkdir(["/fs/microsd/log/2026-01-01"]).error_code,
        "put_escaping": put(a.file, "/fs/microsd/../escape.bin"),
        "mkdir_escaping": client.cmd_mkdir(["/fs/microsd/../outside"]).error_code,
        "rm_missing": client.cmd_rm(["/fs/microsd/up/gone.bin"]).error_code,
        "rmdir_not_empty": client.cmd_rmdir(["/fs/microsd/up"]).error_code,
    }
    print(json.dumps(out))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
