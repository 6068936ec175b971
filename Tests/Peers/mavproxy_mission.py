#!/usr/bin/env python3
"""Flies a QGC WPL 110 mission through MAVProxy, driven by commands on its standard input.

  mavproxy_mission.py --listen PORT --plan FILE.waypoints [--timeout S]

Starts MAVProxy on udpin PORT with the wp, mode, arm, cmdlong and param modules, then reacts to
what it prints: `wp load` the plan, `param set` a parameter, `arm throttle`, `long MISSION_START`,
and waits for the vehicle's "Mission finished" and "Disarmed" status texts. Exits 1 on failure.
"""
import argparse
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen", type=int, required=True)
    ap.add_argument("--plan", required=True)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    state = tempfile.mkdtemp(prefix="mavproxy-")
    mavproxy = os.path.join(os.path.dirname(sys.executable), "mavproxy.py")
    p = subprocess.Popen([sys.executable, mavproxy, f"--master=udpin:127.0.0.1:{a.listen}", "--target-system=1",
                          "--target-component=1", "--default-modules=wp,mode,arm,cmdlong,param",
                          f"--state-basedir={state}", "--nowait"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in p.stdout], daemon=True).start()
    seen = []
    deadline = time.time() + a.timeout

    def send(cmd):
        p.stdin.write(cmd + "\n")
        p.stdin.flush()

    def wait_for(*needles, resend=None, every=2.0):
        last = 0.0
        while time.time() < deadline:
            if resend and time.time() - last > every:
                send(resend)
                last = time.time()
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            seen.append(line.rstrip())
            if any(n in line for n in needles):
                return line
        raise SystemExit("timed out waiting for %s; last output:\n%s" % (needles, "\n".join(seen[-30:])))

    try:
        wait_for("Detected vehicle", "online system 1", "HEARTBEAT")
        wait_for("MISSION_ACK: TYPE_MISSION: ACCEPTED", resend=f"wp load {a.plan}", every=8)
        send("param set MPC_XY_CRUISE 6")
        wait_for("MPC_XY_CRUISE", resend="param fetch MPC_XY_CRUISE", every=3)
        wait_for("ARMED", "Armed", resend="arm throttle", every=1)
        send("long MISSION_START 0 0")
        wait_for("Mission finished")
        wait_for("Disarmed")
        print("ok: mission flown through MAVProxy")
    finally:
        p.kill()


if __name__ == "__main__":
    main()
