#!/usr/bin/env python3
"""MAVProxy's ftp module (its own FTP client, not pymavlink's mavftp) against a vehicle's file
system, driven through MAVProxy's standard input.

  mavproxy_ftp.py --listen PORT --file LOCAL [--timeout S]

`ftp mkdir /fs/microsd/mp` and at once `ftp put LOCAL /fs/microsd/mp/NAME`, `ftp get` it back
into LOCAL.mp, and `ftp crccmp LOCAL /fs/microsd/mp`, which compares the vehicle's CalcFileCRC32 with
MAVProxy's own CRC of the local file (ArduPilot's convention: the MAVLink CRC32). Prints one JSON
object; exits 1 on a timeout.
"""
import argparse
import json
import os
import re

from mavproxy_driver import MAVProxy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    mp = MAVProxy(a.listen, "ftp", a.timeout)
    name = os.path.basename(a.file)
    try:
        mp.wait_for("Detected vehicle", "online system 1", "HEARTBEAT")
        # MAVProxy runs the mkdir and the put side by side, each in its own session, and closes
        # the mkdir's session while the upload's is open.
        mp.send("ftp mkdir /fs/microsd/mp")
        mp.send(f"ftp put {a.file} /fs/microsd/mp/{name}")
        sent = mp.wait_for("Sent file of length", "failed", "Failed")
        mp.send(f"ftp get /fs/microsd/mp/{name} {a.file}.mp")
        got = mp.wait_for("Wrote ", "failed", "Failed")
        mp.send(f"ftp crccmp {a.file} /fs/microsd/mp")
        summary = mp.wait_for("crccmp: ", "failed")
        while "match," not in summary:
            summary = mp.wait_for("crccmp: ")
        counts = dict((k, int(v)) for v, k in re.findall(r"(\d+) (match|differ|missing|errors)", summary))
        print(json.dumps({"put": sent.strip(), "get": got.strip(), "got": a.file + ".mp", "crccmp": counts}))
    finally:
        mp.kill()


if __name__ == "__main__":
    main()
